// The words of the frame every page shares: skip link, header, footer, breadcrumbs, the language
// switcher, the disclaimer and the 404 page.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main',
  navigation: { topics: 'Topics', faq: 'FAQ', selfCheck: 'Self-check', contact: 'Contact' },
  footerTopics: 'Topics',
  faqLink: 'Frequently asked questions',
  selfCheckLink: 'Am I a candidate? Self-check',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  /** The switcher's name for screen readers; the link itself is in the other language. */
  languages: 'Language',
  disclaimer:
    'This website gives general information to help you prepare for a consultation. It is not medical advice, it cannot diagnose you, and it cannot promise a result. Speak to your practitioner or a doctor about your own situation.',
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page. Here is how to get back to the information you need.',
    explanation:
      'We could not find that page. If you typed the address, check it is correct. If you followed a link, it may be out of date.',
    homeLink: 'Go to the home page',
    orTopics: ', or try one of these topics:',
  },
}

export type LayoutWords = typeof en

const hi: LayoutWords = {
  skipToContent: 'मुख्य जानकारी पर जाएँ',
  mainNavigation: 'मुख्य',
  navigation: { topics: 'विषय', faq: 'सवाल-जवाब', selfCheck: 'सेल्फ़-चेक', contact: 'संपर्क' },
  footerTopics: 'विषय',
  faqLink: 'अक्सर पूछे जाने वाले सवाल',
  selfCheckLink: 'क्या SMP मेरे लिए है? सेल्फ़-चेक',
  breadcrumb: 'आप यहाँ हैं',
  home: 'होम',
  languages: 'भाषा',
  disclaimer:
    'यह वेबसाइट आम जानकारी देती है, ताकि आप कंसल्टेशन की तैयारी कर सकें। यह डॉक्टरी सलाह नहीं है। यह आपकी बीमारी की पहचान नहीं कर सकती, और किसी नतीजे का वादा नहीं कर सकती। अपनी स्थिति के बारे में अपने प्रैक्टिशनर या डॉक्टर से बात करें।',
  notFound: {
    title: 'पेज नहीं मिला',
    description: 'हमें वह पेज नहीं मिला। यहाँ से आप अपनी ज़रूरत की जानकारी तक वापस पहुँच सकते हैं।',
    explanation:
      'हमें वह पेज नहीं मिला। अगर आपने पता ख़ुद लिखा था, तो देख लें कि वह सही है। अगर आप किसी लिंक से आए हैं, तो हो सकता है कि वह पुराना हो।',
    homeLink: 'होम पेज पर जाएँ',
    orTopics: ', या इनमें से कोई विषय देखें:',
  },
}

export const layoutWords: Readonly<Record<Locale, LayoutWords>> = { en, hi }

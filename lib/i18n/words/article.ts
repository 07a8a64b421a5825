// What an article page adds around the editor's text (components/article/*, components/glossary/*,
// components/faq/RelatedQuestions.tsx, the article route): headings, review dates, sources, the pager.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  /** The first breadcrumb. */
  home: 'Home',
  draft: 'Draft: this page is not published.',
  sharePage: 'Share this page',
  onThisPage: 'On this page',
  // "Reviewed" only beside a named reviewer; without one, the page says what was done and what was not.
  review: {
    lastReviewed: 'Page last reviewed:',
    lastChecked: 'Last checked against its sources:',
    notSignedOff: 'No clinician has signed this page off yet.',
    nextReviewDue: 'Next review due:',
    reviewedBy: 'Reviewed by:',
  },
  sources: {
    heading: 'Sources',
    backTo: 'Back to source {number} in the text',
    backToUse: 'Back to use {use} of source {number} in the text',
  },
  pager: { label: 'Previous and next topics', previous: 'Previous topic', next: 'Next topic' },
  glossary: { heading: 'Words from A to Z', linkTo: 'Link to “{term}”' },
  /** Announced by enhance/heading-anchors.ts, from the data attributes of HeadingAnchorCopy. */
  anchors: {
    copied: 'Link to “{title}” copied',
    inAddressBar: 'The link to “{title}” is now in the address bar',
    untitled: 'this section',
  },
  related: { heading: 'Questions people ask', all: 'All frequently asked questions' },
  nextSteps: {
    heading: 'Next steps',
    selfCheck: '{link} to see what to ask about at a consultation.',
    selfCheckLink: 'Take the self-check',
    contact: 'Call us on {phone}, {whatsapp} or {email}.',
    contactNoWhatsapp: 'Call us on {phone} or {email}.',
    whatsapp: 'message us on WhatsApp',
    email: 'email us',
  },
}

export type ArticleWords = typeof en

const hi: ArticleWords = {
  home: 'होम',
  draft: 'ड्राफ़्ट: यह पेज अभी प्रकाशित नहीं हुआ है।',
  sharePage: 'यह पेज शेयर करें',
  onThisPage: 'इस पेज पर',
  // The clinical review is of the English page: the Hindi says so and never claims a review of its own.
  review: {
    lastReviewed: 'अंग्रेज़ी पेज की पिछली जाँच:',
    lastChecked: 'अंग्रेज़ी पेज को उसके स्रोतों से आख़िरी बार मिलाया गया:',
    notSignedOff: 'अभी तक किसी डॉक्टर या स्वास्थ्य विशेषज्ञ ने अंग्रेज़ी पेज को जाँचकर मंज़ूरी नहीं दी है।',
    nextReviewDue: 'अंग्रेज़ी पेज की अगली जाँच:',
    reviewedBy: 'अंग्रेज़ी पेज की जाँच करने वाले:',
  },
  sources: {
    heading: 'स्रोत',
    backTo: 'टेक्स्ट में स्रोत {number} पर वापस जाएँ',
    backToUse: 'टेक्स्ट में स्रोत {number} के इस्तेमाल {use} पर वापस जाएँ',
  },
  pager: { label: 'पिछला और अगला विषय', previous: 'पिछला विषय', next: 'अगला विषय' },
  // The Hindi glossary keeps the order of content/hi/glossary.yaml (not A to Z), so the heading does not promise one.
  glossary: { heading: 'शब्दों की सूची', linkTo: '“{term}” का लिंक' },
  anchors: {
    copied: '“{title}” का लिंक कॉपी हो गया',
    inAddressBar: '“{title}” का लिंक अब एड्रेस बार में है',
    untitled: 'यह सेक्शन',
  },
  related: { heading: 'लोग ये सवाल पूछते हैं', all: 'अक्सर पूछे जाने वाले सभी सवाल' },
  nextSteps: {
    heading: 'आगे क्या करें',
    selfCheck: '{link}, ताकि पता चले कि कंसल्टेशन में किन बातों के बारे में पूछना है।',
    selfCheckLink: 'सेल्फ़-चेक करें',
    contact: 'हमें {phone} पर कॉल करें, {whatsapp}, या {email}।',
    contactNoWhatsapp: 'हमें {phone} पर कॉल करें, या {email}।',
    whatsapp: 'WhatsApp पर मैसेज करें',
    email: 'ईमेल करें',
  },
}

export const articleWords: Readonly<Record<Locale, ArticleWords>> = { en, hi }

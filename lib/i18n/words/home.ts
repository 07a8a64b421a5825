// The home page's own words (pages/index.tsx, pages/hi/index.tsx); its title and description are pages.ts.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  heading: 'Scalp micropigmentation, explained clearly',
  intro:
    'Scalp micropigmentation (SMP) uses tiny dots of pigment to look like short hair. These pages explain what it is, who it may suit, what happens, and how to look after your scalp, so you can decide and prepare with confidence.',
  selfCheck: 'Am I a candidate? Take the self-check',
  faq: 'Read the questions people ask',
  topics: 'Topics',
  getInTouch: 'Ask a question or book a consultation',
  contact: 'Call {phone}, {whatsapp} or email {email}.',
  contactNoWhatsapp: 'Call {phone} or email {email}.',
  whatsapp: 'message us on WhatsApp',
  booking: 'You can also {book}.',
  book: 'book online',
  addressAndHours: 'Our address and opening hours',
}

export type HomeWords = typeof en

const hi: HomeWords = {
  heading: 'स्कैल्प माइक्रोपिगमेंटेशन, आसान शब्दों में',
  intro:
    'स्कैल्प माइक्रोपिगमेंटेशन (SMP) में पिगमेंट के छोटे-छोटे बिंदु लगाए जाते हैं, जो छोटे बालों जैसे दिखते हैं। ये पेज बताते हैं कि यह क्या है, यह किसे सूट कर सकता है, क्या होता है, और स्कैल्प की देखभाल कैसे करें। इससे आप भरोसे के साथ फ़ैसला और तैयारी कर सकते हैं।',
  selfCheck: 'क्या SMP मेरे लिए है? सेल्फ़-चेक करें',
  faq: 'लोगों के पूछे गए सवाल पढ़ें',
  topics: 'विषय',
  getInTouch: 'सवाल पूछें या कंसल्टेशन बुक करें',
  contact: '{phone} पर कॉल करें, {whatsapp}, या {email} पर ईमेल करें।',
  contactNoWhatsapp: '{phone} पर कॉल करें, या {email} पर ईमेल करें।',
  whatsapp: 'WhatsApp पर मैसेज करें',
  booking: 'आप {book} भी कर सकते हैं।',
  book: 'ऑनलाइन बुकिंग',
  addressAndHours: 'हमारा पता और खुलने का समय',
}

export const homeWords: Readonly<Record<Locale, HomeWords>> = { en, hi }

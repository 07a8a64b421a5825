// The words on the preview images (the small line above the title) and their alt text, in each language.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  eyebrow: {
    home: 'Patient information',
    faq: 'Patient information',
    search: 'Patient information',
    selfCheck: 'Private self-check',
    planner: 'Private aftercare plan',
    contact: 'Get in touch',
    privacy: 'Your privacy',
    article: 'Scalp micropigmentation',
  },
  alt: '{clinic}: patient information about scalp micropigmentation',
}

export type OgWords = typeof en

const hi: OgWords = {
  eyebrow: {
    home: 'मरीज़ों के लिए जानकारी',
    faq: 'मरीज़ों के लिए जानकारी',
    search: 'मरीज़ों के लिए जानकारी',
    selfCheck: 'निजी सेल्फ़-चेक',
    planner: 'निजी आफ़्टरकेयर प्लान',
    contact: 'संपर्क करें',
    privacy: 'आपकी प्राइवेसी',
    article: 'स्कैल्प माइक्रोपिगमेंटेशन',
  },
  alt: '{clinic}: स्कैल्प माइक्रोपिगमेंटेशन के बारे में मरीज़ों के लिए जानकारी',
}

export const ogWords: Readonly<Record<Locale, OgWords>> = { en, hi }

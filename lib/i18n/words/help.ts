// Help and contact blocks on every document (components/help/UrgentHelp.tsx, components/contact/ContactDetails.tsx,
// components/print/PrintFooter.tsx). The country's numbers and names come from the region (content/regions.yaml).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  urgent: {
    heading: 'If you need help urgently',
    emergency: '{callNow} if your face, lips or tongue swell, or you have trouble breathing.',
    callNow: 'Call {number} now',
    sameDay:
      'Contact your {familyDoctor} the same day if pain, heat or swelling gets worse instead of better, if there is pus or spreading redness (on brown or black skin it can be harder to see), or if you have a high temperature or feel hot and shivery.',
    urgentAdvice: 'You can also call {name} on {number} {purpose}.',
    dontWait: 'Do not wait for the clinic to open: these services can help when we are closed.',
    whatToDo: 'What to do if something goes wrong',
  },
  contact: {
    heading: 'Contact {name}',
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    whatsappLink: 'Message us on WhatsApp',
    email: 'Email',
    address: 'Address',
    openingHours: 'Opening hours',
    bookOnline: 'Book a consultation online',
  },
  print: {
    thisPage: 'This page:',
    lastReviewed: 'Last reviewed {date}',
    lastChecked: 'Last checked against its sources {date}. No clinician has signed this page off yet.',
    phone: 'Phone: {phone}',
    email: 'Email: {email}',
  },
}

export type HelpWords = typeof en

const hi: HelpWords = {
  urgent: {
    heading: 'अगर आपको तुरंत मदद चाहिए',
    emergency: 'अगर आपके चेहरे, होंठों या जीभ में सूजन है, या साँस लेने में तकलीफ़ है, तो {callNow}।',
    callNow: 'अभी {number} पर कॉल करें',
    sameDay:
      'अगर दर्द, गर्माहट या सूजन कम होने के बजाय बढ़ती जाए, तो उसी दिन अपने {familyDoctor} से संपर्क करें। मवाद (pus) निकले, लाली फैले (भूरी या काली त्वचा पर इसे देखना मुश्किल हो सकता है), बुख़ार हो, या शरीर गर्म लगे और कँपकँपी हो, तब भी ऐसा ही करें।',
    urgentAdvice: 'आप {name} को {number} पर भी कॉल कर सकते हैं ({purpose})।',
    dontWait: 'क्लिनिक खुलने का इंतज़ार न करें: जब हम बंद हों, तब ये सेवाएँ मदद कर सकती हैं।',
    whatToDo: 'अगर कुछ गड़बड़ हो जाए तो क्या करें',
  },
  contact: {
    heading: '{name} से संपर्क करें',
    phone: 'फ़ोन',
    whatsapp: 'WhatsApp',
    whatsappLink: 'WhatsApp पर मैसेज करें',
    email: 'ईमेल',
    address: 'पता',
    openingHours: 'खुलने का समय',
    bookOnline: 'ऑनलाइन कंसल्टेशन बुक करें',
  },
  print: {
    thisPage: 'यह पेज:',
    lastReviewed: 'अंग्रेज़ी पेज की पिछली जाँच: {date}',
    lastChecked:
      'अंग्रेज़ी पेज को उसके स्रोतों से आख़िरी बार {date} को मिलाया गया। अभी तक किसी डॉक्टर या स्वास्थ्य विशेषज्ञ ने इसे जाँचकर मंज़ूरी नहीं दी है।',
    phone: 'फ़ोन: {phone}',
    email: 'ईमेल: {email}',
  },
}

export const helpWords: Readonly<Record<Locale, HelpWords>> = { en, hi }

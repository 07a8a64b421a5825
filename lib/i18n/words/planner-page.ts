// The words around the planner that the server renders: the planner's page, the pointer to it on the
// documents (PlannerCallout) and the signs of infection beside the days after a session. Server HTML only,
// so these may hold every language (the island's own words are in ./planner.ts).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  breadcrumbHome: 'Home',
  // A short label keeps the trail on one line on a phone, with room around each link.
  breadcrumbAftercare: 'Aftercare',
  heading: 'Your aftercare plan',
  intro:
    "What to do and avoid before and after your SMP session, day by day. Your practitioner's advice always comes first: follow it where it is different from this plan.",
  callout: {
    heading: 'Your aftercare, day by day',
    text: 'Enter the date of your session to see what to do on each day, when things like swimming are usually OK again, and add the dates to your calendar or print them.',
    link: 'Open the aftercare planner',
  },
  infection: {
    heading: 'While your scalp heals: signs of infection',
    text: 'Contact your {familyDoctor} the same day if pain, heat or swelling gets worse instead of better, if there is pus or spreading redness (on brown or black skin it can be harder to see), or if you feel hot and shivery.',
    urgentAdvice: ' You can also call {name} on {number}.',
    /** {emergency} is the emergency number, as a link that dials it. */
    emergency: ' If your face, lips or tongue swell, or you have trouble breathing, call {emergency}.',
    readMore: 'Read more: signs of infection',
  },
}

export type PlannerPageWords = typeof en

// Machine translation, not yet checked by a Hindi-speaking clinician; the wording of the infection warning
// follows content/hi/articles/if-something-goes-wrong.md. The English warning's one long sentence is three
// here, to keep every sentence under 25 words.
const hi: PlannerPageWords = {
  breadcrumbHome: 'होम',
  breadcrumbAftercare: 'आफ़्टरकेयर',
  heading: 'आपका आफ़्टरकेयर प्लान',
  intro:
    'अपने SMP सेशन से पहले और बाद में दिन-ब-दिन क्या करें, और किन चीज़ों से बचें। आपके प्रैक्टिशनर की सलाह हमेशा सबसे पहले है: जहाँ वह इस प्लान से अलग हो, वहाँ उनकी सलाह मानें।',
  callout: {
    heading: 'आपकी आफ़्टरकेयर, दिन-ब-दिन',
    text: 'अपने सेशन की तारीख़ डालें। आप देखेंगे कि हर दिन क्या करना है, और तैराकी जैसी चीज़ें आमतौर पर कब से फिर कर सकते हैं। तारीख़ें अपने कैलेंडर में जोड़ें या उन्हें प्रिंट करें।',
    link: 'आफ़्टरकेयर प्लानर खोलें',
  },
  infection: {
    heading: 'स्कैल्प ठीक होते समय: इन्फ़ेक्शन के लक्षण',
    text: 'अगर दर्द, गर्माहट या सूजन कम होने के बजाय बढ़ती जाए, तो उसी दिन अपने {familyDoctor} से संपर्क करें। मवाद निकले, लाली फैले, या बुख़ार हो (शरीर गर्म लगे और कँपकँपी हो), तब भी उसी दिन संपर्क करें। भूरी या काली त्वचा पर लाली देखना मुश्किल हो सकता है।',
    urgentAdvice: ' आप {name} को {number} पर कॉल भी कर सकते हैं।',
    emergency: ' अगर चेहरे, होंठों या जीभ में सूजन हो, या साँस लेने में तकलीफ़ हो, तो {emergency} पर कॉल करें।',
    readMore: 'और पढ़ें: इन्फ़ेक्शन के लक्षण',
  },
}

export const plannerPageWords: Readonly<Record<Locale, PlannerPageWords>> = { en, hi }

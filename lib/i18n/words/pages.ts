// The titles and descriptions of the pages that are not articles, in each language (their routes, the
// sitemap, preview images and /links read them through lib/pages/directory.ts).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  home: {
    title: 'Scalp micropigmentation explained',
    description:
      'Clear, calm answers about scalp micropigmentation (SMP): what it is, who it may suit, what happens and how to look after your scalp.',
  },
  faq: {
    title: 'Frequently asked questions',
    description: 'Short, plain answers to the questions people ask most about scalp micropigmentation.',
  },
  search: {
    title: 'Search',
    description: 'Search every page, section and question on this site, or look through them all A to Z.',
  },
  selfCheck: {
    title: 'Am I a candidate? Self-check',
    description:
      'Answer a few short questions to see whether SMP may suit you, or what to wait for or talk through first.',
  },
  planner: {
    title: 'Aftercare planner',
    description:
      'Enter the date of your SMP session to see your aftercare day by day, when things are usually OK again, and add the dates to your calendar.',
  },
  contact: {
    title: 'Contact us',
    description:
      'Where to find the clinic and when it is open, how to ask a question or book a consultation, and what happens next.',
  },
  privacy: {
    title: 'Privacy notice',
    description:
      'What this website collects (nothing), what happens to a message you send the clinic, and your rights.',
  },
}

export type FixedPageWords = typeof en

const hi: FixedPageWords = {
  home: {
    title: 'स्कैल्प माइक्रोपिगमेंटेशन की जानकारी',
    description:
      'स्कैल्प माइक्रोपिगमेंटेशन (SMP) के बारे में साफ़ और शांत जवाब: यह क्या है, यह किसे सूट कर सकता है, क्या होता है, और स्कैल्प की देखभाल कैसे करें।',
  },
  faq: {
    title: 'अक्सर पूछे जाने वाले सवाल',
    description: 'स्कैल्प माइक्रोपिगमेंटेशन के बारे में लोगों के सबसे ज़्यादा पूछे जाने वाले सवालों के छोटे, आसान जवाब।',
  },
  search: {
    title: 'खोजें',
    description: 'इस साइट के हर पेज, हिस्से और सवाल में खोजें, या सबको वर्णमाला के क्रम में देखें।',
  },
  selfCheck: {
    title: 'क्या SMP मेरे लिए है? सेल्फ़-चेक',
    description:
      'कुछ छोटे सवालों के जवाब दें। इससे पता चलेगा कि SMP आपको सूट कर सकता है या नहीं, या पहले किस बात का इंतज़ार करना है या किस पर बात करनी है।',
  },
  planner: {
    title: 'आफ़्टरकेयर प्लानर',
    description:
      'अपने SMP सेशन की तारीख़ डालें। आपको दिन-ब-दिन आफ़्टरकेयर दिखेगी, और यह भी कि चीज़ें आमतौर पर कब फिर से ठीक होती हैं। तारीख़ें अपने कैलेंडर में जोड़ें।',
  },
  contact: {
    title: 'हमसे संपर्क करें',
    description: 'क्लिनिक कहाँ है और कब खुला रहता है, सवाल कैसे पूछें या कंसल्टेशन कैसे बुक करें, और आगे क्या होता है।',
  },
  privacy: {
    title: 'प्राइवेसी सूचना',
    description: 'यह वेबसाइट क्या जानकारी लेती है (कुछ नहीं), क्लिनिक को भेजे गए आपके मैसेज का क्या होता है, और आपके हक़।',
  },
}

export const fixedPageWords: Readonly<Record<Locale, FixedPageWords>> = { en, hi }

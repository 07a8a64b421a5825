// The planner's two languages for tests, and a small Hindi schedule shaped like the English fixture
// (tests/fixtures/aftercare.ts: the same days, kinds and links), worded like content/hi/aftercare-schedule.yaml.
// Used until getContent('hi') has the Hindi schedule, and after: tests should not depend on the content.
import type { PlannerLanguage } from '@/lib/aftercare/language'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { plannerWords } from '@/lib/i18n/words/planner'
import { context, schedule } from '@/tests/fixtures/aftercare'

export const english: PlannerLanguage = { words: plannerWords.en, locale: 'en', digits: 'latin' }
export const hindi: PlannerLanguage = { words: plannerWords.hi, locale: 'hi', digits: 'latin' }
export const hindiDevanagari: PlannerLanguage = { ...hindi, digits: 'devanagari' }

const hindiText: Record<string, { title: string; explanation: string; allowedAgain?: string }> = {
  'Alcohol and caffeine': {
    title: 'शराब और कैफ़ीन',
    explanation: 'सेशन से 3 दिन पहले से इनसे बचें, जब तक आपके प्रैक्टिशनर कुछ और न कहें।',
  },
  'Eat before you go': { title: 'जाने से पहले खाएं', explanation: 'अपॉइंटमेंट से पहले खाना खाएं।' },
  'Your session': { title: 'आपका सेशन', explanation: 'शुरू में बिंदु ज़्यादा गहरे दिखते हैं। यह सामान्य है।' },
  'Swimming, saunas and steam rooms': {
    title: 'तैराकी, सॉना और स्टीम रूम',
    explanation: 'इस प्लान में 10 दिन रखे गए हैं, जब तक आपके प्रैक्टिशनर कुछ और न कहें।',
    allowedAgain: 'तैराकी, सॉना और स्टीम रूम',
  },
  'Getting your scalp wet': {
    title: 'स्कैल्प को गीला करना',
    explanation: 'एक क्लिनिक कहता है कि 4 दिन तक स्कैल्प गीला न करें।',
    allowedAgain: 'धीरे से धोना',
  },
  'First gentle wash': {
    title: 'पहली बार धीरे से धोना',
    explanation: 'ठंडे पानी और हल्के साबुन से धोएं। रगड़ें नहीं।',
  },
  'Scratching and picking': { title: 'खुजाना और नोचना', explanation: 'छिलकों को अपने आप गिरने दें।' },
  'Keep your scalp healthy': { title: 'स्कैल्प को स्वस्थ रखें', explanation: 'स्कैल्प को नम रखें।' },
  'The dots settle': { title: 'बिंदु स्थिर होते हैं', explanation: 'आपका अगला सेशन इन्हीं पर बनता है।' },
  'Your final look settles': {
    title: 'आपका आख़िरी लुक स्थिर होता है',
    explanation: 'जब बिंदु फीके पड़ते दिखें, तो टच-अप बुक करें।',
  },
}

export const hindiSchedule: AftercareSchedule = {
  nextSession: {
    ...schedule.nextSession,
    afterSession1: { title: 'आपका दूसरा सेशन', explanation: 'आमतौर पर इसके लगभग 4 हफ़्ते बाद।' },
    afterSession2: { title: 'आपका तीसरा सेशन, अगर ज़रूरत हो', explanation: 'आपके प्रैक्टिशनर आपको बताएंगे।' },
  },
  items: schedule.items.map((item) => {
    const text = hindiText[item.title]
    if (!text) throw new Error(`no Hindi for the fixture item "${item.title}"`)
    return { ...item, ...text }
  }),
}

/** The fixture clinic, with the Hindi planner's address. */
export const hindiContext = { ...context, pageUrl: 'https://www.northfield-smp.example/hi/aftercare/planner' }

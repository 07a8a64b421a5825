// The self-check's own words (everything but the questions and rules): the start page, each step, the
// result, the copied summary, tab titles, notices, the no-JavaScript checklist and the rules list of the
// candidacy article. Strings with {placeholders}, filled with lib/i18n/fill.ts, so a server page can pass
// them to the island as plain props. Server-only; the Hindi is a machine translation nobody has checked yet.
import type { Locale } from '@/lib/i18n/locales'
import type { Advice, ResultKind } from '@/lib/self-check/outcome-text'
import type { Notice } from '@/lib/self-check/storage'

const en = {
  /** The page around the island: its share control and the breadcrumb search engines read. */
  page: { share: 'Share this self-check', home: 'Home' },
  start: {
    heading: 'Am I a candidate for SMP?',
    intro:
      'Answer up to {count} short questions about your hair and your health. The result says whether scalp micropigmentation (SMP) may suit you, or what to wait for or talk through first, and why.',
    time: 'It takes about 3 minutes.',
    notDiagnosis: 'This is not a diagnosis. A practitioner will always check at a consultation.',
    staysHere: 'Your answers stay on this device. Nothing you choose is sent to us or anyone else.',
    startNow: 'Start now',
  },
  back: 'Back',
  question: {
    progress: 'Question {number} of {total}',
    errorSingle: 'Select an answer',
    errorMultiple: 'Select all that apply, or “None of these”',
    errorPrefix: 'Error: ',
    or: 'or',
    readMore: 'Read more about why we ask this',
    kept: '(your answers so far are kept)',
    continue: 'Continue',
  },
  errorSummaryTitle: 'There is a problem',
  check: {
    heading: 'Check your answers',
    change: 'Change',
    changeHidden: ' your answer to: {question}',
    seeResult: 'See your result',
  },
  result: {
    findingsHeading: 'What your answers mean',
    readMore: 'Read more',
    readMoreHidden: ' about: {title}',
    beforeYouBook: 'Before you book',
    takeList:
      'Take this list to your consultation, and tell your practitioner about everything on it. Never stop a prescribed medicine without asking the doctor who prescribed it.',
    whatNext: 'What to do next',
    talkTo: 'Talk to {clinic} about your answers, or to book a consultation:',
    phone: 'Phone:',
    whatsapp: 'Message us on WhatsApp',
    email: 'Email:',
    emailSubject: 'My SMP self-check',
    book: 'Book a consultation online',
    copy: 'Copy a summary',
    copied: 'Summary copied. You can paste it into a message to the clinic if you wish.',
    copyManually: 'Your summary (select it and copy)',
    print: 'Print this page',
    restart: 'Start again',
    disclaimer:
      'This self-check is not a diagnosis and does not replace a consultation. Your answers stayed on this device: nothing was sent to us.',
  },
  /** The result's heading and summary, by the most pressing kind of advice (lib/self-check/outcome-text.ts). */
  results: {
    'likely-suitable': {
      heading: 'SMP may suit you',
      summary:
        'Nothing you told us is a reason to wait or to see a doctor first. A practitioner will still check your scalp and talk through what you hope for at a consultation.',
    },
    practitioner: {
      heading: 'Talk these through with a practitioner before you book',
      summary:
        'SMP may still be possible for you. Some of your answers are things to talk through at a consultation, so that SMP is safe and right for you.',
    },
    doctor: {
      heading: 'Talk to a doctor before you book SMP',
      summary:
        'SMP may still be possible for you. Some of your answers are things a doctor should look at first. Tell your practitioner about them too.',
    },
    wait: {
      heading: 'It is best to wait before having SMP',
      summary: 'Some of your answers are reasons to wait for now. This is usually for a while, not for ever.',
    },
    'not-offered': {
      heading: 'SMP is not usually offered to under-18s',
      summary: 'Based on your answers, SMP is not usually offered to you now. The reasons are below.',
    },
  } satisfies Record<ResultKind, { heading: string; summary: string }>,
  /** `label` goes before one finding ("See a doctor first: ..."); `group` heads a list of them. */
  advice: {
    'not-offered': { label: 'Not usually offered', group: 'Not usually offered' },
    wait: { label: 'Best to wait', group: 'It is best to wait, because:' },
    doctor: { label: 'See a doctor first', group: 'See a doctor first, because:' },
    practitioner: { label: 'Talk it through with a practitioner', group: 'Talk these through with a practitioner:' },
  } satisfies Record<Advice, { label: string; group: string }>,
  /** The plain-text summary a patient may copy. */
  summary: {
    title: 'My SMP self-check answers',
    answer: '{question} {answers}',
    answerSeparator: ', ',
    result: 'Result: {heading}',
    finding: '- {title} ({advice})',
    notDiagnosis: 'This self-check is not a diagnosis.',
  },
  /** The browser tab's title of each step. */
  titles: {
    start: 'Am I a candidate? Self-check',
    question: '{question} – Self-check',
    check: 'Check your answers – Self-check',
    result: 'Your result – Self-check',
  },
  /** Shown after reading saved progress back (lib/self-check/storage.ts says which). */
  notices: {
    stale: 'We could not use the answers saved earlier, so the check has started again.',
    missingAnswer: 'We kept the answers you saved earlier, but this question still needs an answer.',
  } satisfies Record<Notice, string>,
  checklist: {
    heading: 'All the questions, and what each answer means',
    intro: 'Read them yourself if you prefer. An answer with no note below it raises nothing to talk about first.',
    askedOnlyFor: 'Asked only if, in question {number}, you chose any of: {labels}.',
    quoted: '“{label}”',
    listSeparator: ', ',
    readMore: 'Read more',
    readMoreHidden: ' about: {question}',
  },
  /** The rules list on the candidacy article: {link} is the link to the self-check. */
  rulesSummary: {
    heading: 'What the self-check looks at',
    intro:
      'The {link} uses these rules. They are reasons to wait or to talk first, not a diagnosis. Answering “I’m not sure” counts as a reason to ask first.',
    link: 'self-check',
  },
}

export type SelfCheckWords = typeof en

const hi: SelfCheckWords = {
  page: { share: 'यह सेल्फ़-चेक शेयर करें', home: 'होम' },
  start: {
    heading: 'क्या SMP मेरे लिए सही है?',
    intro:
      'अपने बालों और अपनी सेहत के बारे में ज़्यादा से ज़्यादा {count} छोटे सवालों के जवाब दें। नतीजा बताएगा कि स्कैल्प माइक्रोपिगमेंटेशन (SMP) आपके लिए सही हो सकता है या नहीं। या यह कि पहले किस बात का इंतज़ार करना है या किस पर बात करनी है, और क्यों।',
    time: 'इसमें लगभग 3 मिनट लगते हैं।',
    notDiagnosis: 'यह डायग्नोसिस (बीमारी की पहचान) नहीं है। कंसल्टेशन में प्रैक्टिशनर हमेशा जांच करेंगे।',
    staysHere: 'आपके जवाब इसी डिवाइस पर रहते हैं। आप जो भी चुनते हैं, वह हमें या किसी और को नहीं भेजा जाता।',
    startNow: 'अभी शुरू करें',
  },
  back: 'पीछे',
  question: {
    progress: '{total} में से सवाल {number}',
    errorSingle: 'एक जवाब चुनें',
    errorMultiple: 'जो भी लागू हों, वे सब चुनें, या “इनमें से कोई नहीं” चुनें',
    errorPrefix: 'गलती: ',
    or: 'या',
    readMore: 'हम यह क्यों पूछते हैं, इसके बारे में और पढ़ें',
    kept: '(अब तक के आपके जवाब रखे रहेंगे)',
    continue: 'आगे बढ़ें',
  },
  errorSummaryTitle: 'एक समस्या है',
  check: {
    heading: 'अपने जवाब जांचें',
    change: 'बदलें',
    changeHidden: ', इस सवाल का जवाब: {question}',
    seeResult: 'अपना नतीजा देखें',
  },
  result: {
    findingsHeading: 'आपके जवाबों का मतलब',
    readMore: 'और पढ़ें',
    readMoreHidden: ', इसके बारे में: {title}',
    beforeYouBook: 'बुक करने से पहले',
    takeList:
      'यह सूची अपने कंसल्टेशन में ले जाएं, और अपने प्रैक्टिशनर को इसकी हर बात बताएं। डॉक्टर की लिखी दवा, उसे लिखने वाले डॉक्टर से पूछे बिना कभी बंद न करें।',
    whatNext: 'आगे क्या करें',
    talkTo: 'अपने जवाबों के बारे में {clinic} से बात करें, या कंसल्टेशन बुक करें:',
    phone: 'फ़ोन:',
    whatsapp: 'व्हाट्सऐप पर हमें मैसेज करें',
    email: 'ईमेल:',
    emailSubject: 'मेरा SMP सेल्फ़-चेक',
    book: 'ऑनलाइन कंसल्टेशन बुक करें',
    copy: 'सारांश कॉपी करें',
    copied: 'सारांश कॉपी हो गया। आप चाहें तो इसे क्लिनिक को भेजे जाने वाले मैसेज में पेस्ट कर सकते हैं।',
    copyManually: 'आपका सारांश (इसे चुनकर कॉपी करें)',
    print: 'यह पेज प्रिंट करें',
    restart: 'फिर से शुरू करें',
    disclaimer: 'यह सेल्फ़-चेक डायग्नोसिस नहीं है, और कंसल्टेशन की जगह नहीं लेता। आपके जवाब इसी डिवाइस पर रहे: हमें कुछ नहीं भेजा गया।',
  },
  results: {
    'likely-suitable': {
      heading: 'SMP आपके लिए सही हो सकता है',
      summary:
        'आपने जो बताया, उसमें रुकने या पहले डॉक्टर को दिखाने की कोई वजह नहीं है। फिर भी कंसल्टेशन में प्रैक्टिशनर आपके स्कैल्प की जांच करेंगे, और आपकी उम्मीदों पर बात करेंगे।',
    },
    practitioner: {
      heading: 'बुक करने से पहले इन बातों पर प्रैक्टिशनर से बात करें',
      summary:
        'हो सकता है SMP फिर भी आपके लिए मुमकिन हो। आपके कुछ जवाब ऐसी बातें हैं, जिन पर कंसल्टेशन में बात करनी चाहिए, ताकि SMP आपके लिए सुरक्षित और सही हो।',
    },
    doctor: {
      heading: 'SMP बुक करने से पहले डॉक्टर से बात करें',
      summary:
        'हो सकता है SMP फिर भी आपके लिए मुमकिन हो। आपके कुछ जवाब ऐसी बातें हैं, जिन्हें पहले डॉक्टर को देखना चाहिए। अपने प्रैक्टिशनर को भी इनके बारे में बताएं।',
    },
    wait: {
      heading: 'SMP करवाने से पहले रुकना बेहतर है',
      summary: 'आपके कुछ जवाब अभी रुकने की वजहें हैं। आमतौर पर यह कुछ समय के लिए होता है, हमेशा के लिए नहीं।',
    },
    'not-offered': {
      heading: '18 साल से कम उम्र के लोगों को आमतौर पर SMP नहीं किया जाता',
      summary: 'आपके जवाबों के हिसाब से, अभी आमतौर पर आपको SMP नहीं किया जाता। वजहें नीचे दी गई हैं।',
    },
  },
  advice: {
    'not-offered': { label: 'आमतौर पर नहीं किया जाता', group: 'आमतौर पर नहीं किया जाता' },
    wait: { label: 'रुकना बेहतर है', group: 'रुकना बेहतर है, क्योंकि:' },
    doctor: { label: 'पहले डॉक्टर को दिखाएं', group: 'पहले डॉक्टर को दिखाएं, क्योंकि:' },
    practitioner: { label: 'प्रैक्टिशनर से बात करें', group: 'इन बातों पर प्रैक्टिशनर से बात करें:' },
  },
  summary: {
    title: 'मेरे SMP सेल्फ़-चेक के जवाब',
    answer: '{question} {answers}',
    answerSeparator: ', ',
    result: 'नतीजा: {heading}',
    finding: '- {title} ({advice})',
    notDiagnosis: 'यह सेल्फ़-चेक डायग्नोसिस नहीं है।',
  },
  titles: {
    start: 'क्या SMP मेरे लिए है? सेल्फ़-चेक',
    question: '{question} – सेल्फ़-चेक',
    check: 'अपने जवाब जांचें – सेल्फ़-चेक',
    result: 'आपका नतीजा – सेल्फ़-चेक',
  },
  notices: {
    stale: 'पहले सेव किए गए जवाब इस्तेमाल नहीं हो सके, इसलिए चेक फिर से शुरू हुआ है।',
    missingAnswer: 'पहले सेव किए गए आपके जवाब हमने रखे हैं, लेकिन इस सवाल का जवाब अभी बाकी है।',
  },
  checklist: {
    heading: 'सारे सवाल, और हर जवाब का मतलब',
    intro: 'आप चाहें तो इन्हें खुद पढ़ें। जिस जवाब के नीचे कोई नोट नहीं है, उसमें पहले बात करने लायक कुछ नहीं है।',
    askedOnlyFor: 'यह सिर्फ़ तब पूछा जाता है, जब आपने सवाल {number} में इनमें से कुछ चुना हो: {labels}।',
    quoted: '“{label}”',
    listSeparator: ', ',
    readMore: 'और पढ़ें',
    readMoreHidden: ', इसके बारे में: {question}',
  },
  rulesSummary: {
    heading: 'सेल्फ़-चेक किन बातों को देखता है',
    intro:
      '{link} इन नियमों का इस्तेमाल करता है। ये रुकने या पहले बात करने की वजहें हैं, डायग्नोसिस नहीं। “मुझे पक्का नहीं पता” जवाब को भी पहले पूछने की वजह माना जाता है।',
    link: 'सेल्फ़-चेक',
  },
}

export const selfCheckWords: Readonly<Record<Locale, SelfCheckWords>> = { en, hi }

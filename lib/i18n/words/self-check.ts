// The self-check's own words (everything but the questions and rules): the start page, each step, the
// result, the copied summary, tab titles, notices, the no-JavaScript checklist and the rules list of the
// candidacy article. Strings with {placeholders}, filled with lib/i18n/fill.ts, so a server page can pass
// them to the island as plain props. Server-only; the Hindi is a machine translation nobody has checked yet.
import type { Locale } from '@/lib/i18n/locales'
import type { Advice, FirstStepsKind, ResultKind } from '@/lib/self-check/outcome-text'
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
    /** The box that lists what to do first, by the kind of result (an under-18 result has none). */
    firstSteps: {
      practitioner: {
        heading: 'Before you book',
        takeList: 'Take this list to your consultation, and tell your practitioner about everything on it.',
      },
      doctor: {
        heading: 'Before you go any further',
        takeList:
          'Take this list to the doctor, and later tell your practitioner about everything on it. Never stop a prescribed medicine without asking the doctor who prescribed it.',
      },
      wait: {
        heading: 'Before you go any further',
        takeList:
          'Take this list with you when you see a doctor or a practitioner. Never stop a prescribed medicine without asking the doctor who prescribed it.',
      },
    } satisfies Record<FirstStepsKind, { heading: string; takeList: string }>,
    whatNext: 'What to do next',
    /**
     * Who to talk to next, by the kind of result. Only a result with nothing to see a doctor about or wait
     * for invites booking (lib/self-check/outcome-text.ts); the others say who to talk to instead.
     */
    next: {
      'likely-suitable': 'Talk to {clinic} about your answers, or to book a consultation:',
      practitioner: 'Talk to {clinic} about your answers, or to book a consultation:',
      doctor:
        'See a doctor first: the notes above say which one. Take this page with you. You can still ask {clinic} questions about SMP:',
      wait: 'For now, it is best to wait. If a note above says to see a doctor, do that first. You can still ask {clinic} questions about SMP:',
      'not-offered':
        'Talk to a doctor about your hair, for example your family doctor. They can help you find out why it is changing, and what you can do now.',
    } satisfies Record<ResultKind, string>,
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
        'Your answers raised none of the things this check looks for. It asks only a few questions and cannot see your scalp, so it cannot say that SMP is right for you. At a consultation, a practitioner will ask about your health, check your scalp and talk through what you hope for.',
    },
    practitioner: {
      heading: 'Talk these through with a practitioner before you book',
      summary:
        'SMP may still be possible for you. Some of your answers are things to talk through at a consultation, so that SMP is safe and right for you.',
    },
    doctor: {
      heading: 'See a doctor first',
      summary:
        'Some of your answers are things a doctor should look at before SMP. SMP may still be possible for you later. Tell your practitioner what the doctor said.',
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
      'अपने बालों और अपनी सेहत के बारे में ज़्यादा से ज़्यादा {count} छोटे सवालों के जवाब दें। नतीजे में आप जानेंगे कि स्कैल्प माइक्रोपिगमेंटेशन (SMP) आपके लिए ठीक हो सकता है या नहीं। अगर पहले रुकना है या किसी से बात करनी है, तो नतीजा यह भी बताएगा, और उसकी वजह भी।',
    time: 'इसमें लगभग 3 मिनट लगते हैं।',
    notDiagnosis: 'यह बीमारी की जाँच (डायग्नोसिस) नहीं है। कंसल्टेशन में प्रैक्टिशनर हमेशा ख़ुद देखेंगे।',
    staysHere: 'आपके जवाब इसी डिवाइस पर रहते हैं। आप जो भी चुनें, वह हमें या किसी और को नहीं भेजा जाता।',
    startNow: 'अभी शुरू करें',
  },
  back: 'पीछे',
  question: {
    progress: '{total} में से सवाल {number}',
    errorSingle: 'एक जवाब चुनें',
    errorMultiple: 'जो भी लागू हों, सब चुनें, या “इनमें से कोई नहीं” चुनें',
    errorPrefix: 'ग़लती: ',
    or: 'या',
    readMore: 'हम यह क्यों पूछते हैं, यह पढ़ें',
    kept: '(अब तक के आपके जवाब सेव रहेंगे)',
    continue: 'आगे बढ़ें',
  },
  errorSummaryTitle: 'कुछ ठीक नहीं है',
  check: {
    heading: 'अपने जवाब जाँचें',
    change: 'बदलें',
    changeHidden: ', इस सवाल का जवाब: {question}',
    seeResult: 'अपना नतीजा देखें',
  },
  result: {
    findingsHeading: 'आपके जवाबों का मतलब',
    readMore: 'और पढ़ें',
    readMoreHidden: ', इसके बारे में: {title}',
    firstSteps: {
      practitioner: {
        heading: 'बुक करने से पहले',
        takeList: 'यह सूची अपने कंसल्टेशन में ले जाएँ, और अपने प्रैक्टिशनर को इसकी हर बात बताएँ।',
      },
      doctor: {
        heading: 'आगे बढ़ने से पहले',
        takeList:
          'यह सूची डॉक्टर के पास ले जाएँ, और बाद में अपने प्रैक्टिशनर को इसकी हर बात बताएँ। डॉक्टर की लिखी दवा, उसे लिखने वाले डॉक्टर से पूछे बिना कभी बंद न करें।',
      },
      wait: {
        heading: 'आगे बढ़ने से पहले',
        takeList:
          'डॉक्टर या प्रैक्टिशनर से मिलें, तो यह सूची साथ ले जाएँ। डॉक्टर की लिखी दवा, उसे लिखने वाले डॉक्टर से पूछे बिना कभी बंद न करें।',
      },
    },
    whatNext: 'आगे क्या करें',
    next: {
      'likely-suitable': 'अपने जवाबों के बारे में {clinic} से बात करें, या कंसल्टेशन बुक करें:',
      practitioner: 'अपने जवाबों के बारे में {clinic} से बात करें, या कंसल्टेशन बुक करें:',
      doctor:
        'पहले डॉक्टर को दिखाएँ: ऊपर के नोट बताते हैं कि किस डॉक्टर को। यह पेज साथ ले जाएँ। SMP के बारे में कोई सवाल हो, तो आप {clinic} से फिर भी पूछ सकते हैं:',
      wait: 'अभी रुकना बेहतर है। अगर ऊपर किसी नोट में डॉक्टर को दिखाने की बात है, तो पहले वह करें। SMP के बारे में कोई सवाल हो, तो आप {clinic} से फिर भी पूछ सकते हैं:',
      'not-offered':
        'अपने बालों के बारे में किसी डॉक्टर से बात करें, जैसे अपने फ़ैमिली डॉक्टर से। वे यह पता करने में मदद कर सकते हैं कि आपके बाल क्यों बदल रहे हैं, और अभी आप क्या कर सकते हैं।',
    },
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
    disclaimer:
      'यह सेल्फ़-चेक बीमारी की जाँच (डायग्नोसिस) नहीं है, और कंसल्टेशन की जगह नहीं लेता। आपके जवाब इसी डिवाइस पर रहे: हमें कुछ नहीं भेजा गया।',
  },
  results: {
    'likely-suitable': {
      heading: 'SMP आपके लिए ठीक हो सकता है',
      summary:
        'यह चेक जिन बातों को देखता है, उनमें से कोई बात आपके जवाबों में नहीं आई। यह सिर्फ़ कुछ सवाल पूछता है और आपका स्कैल्प नहीं देख सकता, इसलिए यह नहीं कह सकता कि SMP आपके लिए सही है। कंसल्टेशन में प्रैक्टिशनर आपकी सेहत के बारे में पूछेंगे, आपका स्कैल्प देखेंगे, और आपकी उम्मीदों पर बात करेंगे।',
    },
    practitioner: {
      heading: 'बुक करने से पहले इन बातों पर प्रैक्टिशनर से बात करें',
      summary:
        'हो सकता है SMP आपके लिए ठीक हो। आपके कुछ जवाबों पर कंसल्टेशन में बात करनी चाहिए, ताकि SMP आपके लिए सुरक्षित और सही रहे।',
    },
    doctor: {
      heading: 'पहले डॉक्टर को दिखाएँ',
      summary:
        'आपके कुछ जवाब ऐसी बातें हैं, जिन्हें SMP से पहले डॉक्टर को देखना चाहिए। हो सकता है बाद में SMP आपके लिए ठीक हो। डॉक्टर ने जो कहा, वह अपने प्रैक्टिशनर को बताएँ।',
    },
    wait: {
      heading: 'SMP से पहले रुकना बेहतर है',
      summary: 'आपके कुछ जवाबों की वजह से अभी रुकना बेहतर है। आमतौर पर यह कुछ समय के लिए होता है, हमेशा के लिए नहीं।',
    },
    'not-offered': {
      heading: '18 साल से कम उम्र के लोगों को आमतौर पर SMP नहीं दिया जाता',
      summary: 'आपके जवाबों के हिसाब से, अभी आमतौर पर आपको SMP नहीं दिया जाता। वजहें नीचे हैं।',
    },
  },
  advice: {
    'not-offered': { label: 'आमतौर पर नहीं दिया जाता', group: 'आमतौर पर नहीं दिया जाता' },
    wait: { label: 'रुकना बेहतर है', group: 'रुकना बेहतर है, क्योंकि:' },
    doctor: { label: 'पहले डॉक्टर को दिखाएँ', group: 'पहले डॉक्टर को दिखाएँ, क्योंकि:' },
    practitioner: { label: 'प्रैक्टिशनर से बात करें', group: 'इन बातों पर प्रैक्टिशनर से बात करें:' },
  },
  summary: {
    title: 'मेरे SMP सेल्फ़-चेक के जवाब',
    answer: '{question} {answers}',
    answerSeparator: ', ',
    result: 'नतीजा: {heading}',
    finding: '- {title} ({advice})',
    notDiagnosis: 'यह सेल्फ़-चेक बीमारी की जाँच (डायग्नोसिस) नहीं है।',
  },
  titles: {
    start: 'क्या SMP मेरे लिए है? सेल्फ़-चेक',
    question: '{question} – सेल्फ़-चेक',
    check: 'अपने जवाब जाँचें – सेल्फ़-चेक',
    result: 'आपका नतीजा – सेल्फ़-चेक',
  },
  notices: {
    stale: 'पहले सेव किए गए जवाब काम नहीं आ सके, इसलिए सेल्फ़-चेक फिर से शुरू हुआ है।',
    missingAnswer: 'पहले सेव किए गए आपके जवाब हमने रखे हैं, लेकिन इस सवाल का जवाब अभी बाक़ी है।',
  },
  checklist: {
    heading: 'सारे सवाल, और हर जवाब का मतलब',
    intro: 'आप चाहें तो इन्हें ख़ुद पढ़ लें। जिस जवाब के नीचे कोई नोट नहीं है, उस पर पहले से बात करने की ज़रूरत नहीं है।',
    askedOnlyFor: 'यह सिर्फ़ तब पूछा जाता है, जब आपने सवाल {number} में इनमें से कुछ चुना हो: {labels}।',
    quoted: '“{label}”',
    listSeparator: ', ',
    readMore: 'और पढ़ें',
    readMoreHidden: ', इसके बारे में: {question}',
  },
  rulesSummary: {
    heading: 'सेल्फ़-चेक किन बातों को देखता है',
    intro:
      '{link} इन नियमों से चलता है। ये रुकने या पहले बात करने की वजहें हैं, बीमारी की जाँच नहीं। “मुझे पक्का नहीं पता” जवाब को भी पहले पूछने की वजह माना जाता है।',
    link: 'सेल्फ़-चेक',
  },
}

export const selfCheckWords: Readonly<Record<Locale, SelfCheckWords>> = { en, hi }

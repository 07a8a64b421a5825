// The aftercare planner's own words, in each language: the form, the plan, the day counts, the calendar
// file and its announcements. The planner is a client island, so it never imports this module (that would
// put every language's words into the page's JavaScript): the server page picks one language's words here
// and passes them to the island as a plain-string prop. Blanks in braces are filled with lib/i18n/fill.ts.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  // The form
  formLabel: 'Your session',
  dateLabel: 'Date of your session',
  dateHint: 'The day you had, or will have, this session.',
  errorPrefix: 'Error: ',
  missingDate: 'Enter the full date of your session: day, month and year.',
  sessionQuestion: 'Which session is it?',
  /** The radio buttons and the calendar's "First session, Monday 1 December 2025." */
  sessionLabels: { '1': 'First session', '2': 'Second session', '3': 'Third session', 'touch-up': 'Touch-up session' },
  /** In running text: "Your plan for {session} on …", "After {session} on …". */
  sessionPhrases: {
    '1': 'your first session',
    '2': 'your second session',
    '3': 'your third session',
    'touch-up': 'your touch-up session',
  },
  /** "Only after your {sessions} session", with the names joined by listComma and listOr. */
  onlyAfter: 'Only after your {sessions} session',
  sessionShortNames: { '1': 'first', '2': 'second', '3': 'third', 'touch-up': 'touch-up' },
  listComma: ', ',
  listOr: ' or ',

  // Days counted from the session, before a date is chosen
  dayZero: 'Day 0 is the day of your session.',
  noScript: 'Turn on JavaScript to see the plan with your own dates and add them to your calendar.',
  day: 'Day {day}',
  dayBefore: 'The day before',
  daysBefore: '{days} days before',
  dayRange: 'Days {first} to {last}',
  /** Two days or dates, each kept on one line: "3 days before to day 0", "Mon 1 Dec to Fri 5 Dec". */
  range: '{from} to {to}',
  /** Before the session, where the articles give no number of days ("for a few days before"). */
  inDaysBefore: 'In the days before',
  /** "In the days before, up to Wed 3 Dec". */
  upTo: '{from}, up to {to}',
  /** Care that lasts while the scalp heals: "From day 0", "From Thu 4 Dec". */
  fromDay: 'From day {day}',
  fromDate: 'From {date}',
  /** Under each piece of ongoing care, on every day of the plan, and in its calendar reminder. */
  ongoingText: 'In the weeks after your session, until your practitioner says your scalp has healed.',

  // The dated plan
  planFor: 'Your plan for {session} on {date}',
  sessionInDays: 'Your session is in {days} days.',
  sessionTomorrow: 'Your session is tomorrow.',
  sessionToday: 'Today is your session day.',
  todayDayOne: 'Today is day 1, the day after your session.',
  todayDay: 'Today is day {day} after your session.',
  todayPlanDone: 'Today is day {day} after your session: everything in this plan is done.',
  printPlan: 'Print this plan',
  storageNote:
    'The date you choose is kept only in this browser, on this device, so your plan is here when you come back. Nothing you enter is sent to us or anyone else.',
  forgetDate: 'Forget my date',
  dateForgotten: 'Your date is no longer saved on this device.',

  // The schedule
  stageTitles: { before: 'Before your session', 'session-day': 'On the day', after: 'After your session' },
  kindTags: { do: 'Do', avoid: 'Avoid', milestone: 'Milestone' },
  statusToday: 'Today',
  statusDone: 'Done',
  statusOngoing: 'Ongoing',
  readMore: 'Read more',
  readMoreAbout: 'Read more: {title}',

  // What is allowed again
  allowedAgainHeading: 'When things are usually OK again',
  allowedAgainNote: 'Unless your practitioner advises otherwise.',
  allowedFrom: 'from {date}',
  allowedAlready: ' (already)',
  allowedFromToday: ' (from today)',

  // The calendar button
  addToCalendar: 'Add to calendar',
  calendarHint:
    'Downloads a file with {count} all-day reminders: the milestones, the care that goes on while your scalp heals, and the dates things are usually OK again. It opens in Google Calendar, Apple Calendar and Outlook.',
  calendarDownloaded: 'Downloaded {file}. Open it to add the {count} dates to your calendar.',
  calendarEmpty: 'There are no dates to add to a calendar.',
  calendarFailed: 'Sorry, the calendar file could not be made.',
  printInstead: 'You can print the plan instead.',

  // The calendar file's events
  calendarFileName: 'smp-aftercare-plan.ics',
  eventTitlePrefix: 'SMP aftercare: ',
  okAgainTitle: 'usually OK again – {label}',
  /** The reminder for ongoing care, on its first day. */
  ongoingTitle: '{title} (ongoing)',
  okAgainText: 'From today: {label}, unless your practitioner advises otherwise.',
  /** The first milestone, on the session day: "First session, Monday 1 December 2025." */
  sessionOn: '{session}, {date}.',
  afterSession: 'After {session} on {date}.',
  eventReadMore: 'Read more: {url}',
  eventPlan: 'Your aftercare plan: {url}',
  eventQuestions: 'Questions? {clinic}: {phone}',
}

export type PlannerWords = typeof en

// Machine translation, not yet checked by a Hindi-speaking clinician. The vocabulary follows content/hi/
// (सेशन, प्रैक्टिशनर, स्कैल्प, "जब तक आपके प्रैक्टिशनर कुछ और न कहें"). Session phrases are in the oblique
// case ("आपके पहले सेशन"), as every sentence they fill puts a postposition after them (के लिए, के बाद).
const hi: PlannerWords = {
  formLabel: 'आपका सेशन',
  dateLabel: 'आपके सेशन की तारीख़',
  dateHint: 'वह दिन जब आपका यह सेशन हुआ, या होगा।',
  errorPrefix: 'ग़लती: ',
  missingDate: 'अपने सेशन की पूरी तारीख़ डालें: दिन, महीना और साल।',
  sessionQuestion: 'यह कौन-सा सेशन है?',
  sessionLabels: { '1': 'पहला सेशन', '2': 'दूसरा सेशन', '3': 'तीसरा सेशन', 'touch-up': 'टच-अप सेशन' },
  sessionPhrases: {
    '1': 'आपके पहले सेशन',
    '2': 'आपके दूसरे सेशन',
    '3': 'आपके तीसरे सेशन',
    'touch-up': 'आपके टच-अप सेशन',
  },
  onlyAfter: 'सिर्फ़ आपके {sessions} सेशन के बाद',
  sessionShortNames: { '1': 'पहले', '2': 'दूसरे', '3': 'तीसरे', 'touch-up': 'टच-अप' },
  listComma: ', ',
  listOr: ' या ',

  dayZero: 'दिन 0 आपके सेशन का दिन है।',
  noScript: 'अपनी तारीख़ों वाला प्लान देखने और उन्हें अपने कैलेंडर में जोड़ने के लिए जावास्क्रिप्ट (JavaScript) चालू करें।',
  day: 'दिन {day}',
  dayBefore: 'एक दिन पहले',
  daysBefore: '{days} दिन पहले',
  dayRange: 'दिन {first} से {last} तक',
  range: '{from} से {to} तक',
  inDaysBefore: 'पहले के दिनों में',
  upTo: '{from}, {to} तक',
  fromDay: 'दिन {day} से',
  fromDate: '{date} से',
  ongoingText: 'सेशन के बाद के हफ़्तों में, जब तक आपके प्रैक्टिशनर न कहें कि आपका स्कैल्प ठीक हो गया है।',

  planFor: '{date} को {session} के लिए आपका प्लान',
  sessionInDays: 'आपका सेशन {days} दिन बाद है।',
  sessionTomorrow: 'आपका सेशन कल है।',
  sessionToday: 'आज आपके सेशन का दिन है।',
  todayDayOne: 'आज दिन 1 है, यानी आपके सेशन का अगला दिन।',
  todayDay: 'आज आपके सेशन के बाद दिन {day} है।',
  todayPlanDone: 'आज आपके सेशन के बाद दिन {day} है: इस प्लान की सारी बातें पूरी हो गई हैं।',
  printPlan: 'यह प्लान प्रिंट करें',
  storageNote:
    'आप जो तारीख़ चुनते हैं, वह सिर्फ़ इसी ब्राउज़र में, इसी डिवाइस पर रखी जाती है, ताकि लौटने पर आपका प्लान यहीं मिले। आप जो भी डालते हैं, वह न हमें भेजा जाता है, न किसी और को।',
  forgetDate: 'मेरी तारीख़ हटाएं',
  dateForgotten: 'आपकी तारीख़ अब इस डिवाइस पर सेव नहीं है।',

  stageTitles: { before: 'सेशन से पहले', 'session-day': 'सेशन वाले दिन', after: 'सेशन के बाद' },
  kindTags: { do: 'करें', avoid: 'बचें', milestone: 'ख़ास दिन' },
  statusToday: 'आज',
  statusDone: 'हो गया',
  statusOngoing: 'जारी है',
  readMore: 'और पढ़ें',
  readMoreAbout: 'और पढ़ें: {title}',

  allowedAgainHeading: 'आमतौर पर कब से फिर कर सकते हैं',
  allowedAgainNote: 'जब तक आपके प्रैक्टिशनर कुछ और न कहें।',
  allowedFrom: '{date} से',
  allowedAlready: ' (अब कर सकते हैं)',
  allowedFromToday: ' (आज से)',

  addToCalendar: 'कैलेंडर में जोड़ें',
  calendarHint:
    'इससे एक फ़ाइल डाउनलोड होती है, जिसमें पूरे दिन के {count} रिमाइंडर हैं: ख़ास दिन, वह देखभाल जो स्कैल्प ठीक होने तक चलती है, और वे तारीख़ें जिनसे आमतौर पर कुछ चीज़ें फिर कर सकते हैं। यह गूगल कैलेंडर, ऐपल कैलेंडर और आउटलुक में खुलती है।',
  calendarDownloaded: '{file} डाउनलोड हो गई। {count} तारीख़ें अपने कैलेंडर में जोड़ने के लिए इसे खोलें।',
  calendarEmpty: 'कैलेंडर में जोड़ने के लिए कोई तारीख़ नहीं है।',
  calendarFailed: 'माफ़ करें, कैलेंडर फ़ाइल नहीं बन पाई।',
  printInstead: 'इसकी जगह आप प्लान प्रिंट कर सकते हैं।',

  // An ASCII name: it is safe in every download folder, mail program and chat app.
  calendarFileName: 'smp-aftercare-plan-hindi.ics',
  eventTitlePrefix: 'SMP आफ़्टरकेयर: ',
  okAgainTitle: '{label} – आमतौर पर फिर कर सकते हैं',
  ongoingTitle: '{title} (जारी है)',
  okAgainText: 'आज से: {label}, जब तक आपके प्रैक्टिशनर कुछ और न कहें।',
  sessionOn: '{session}, {date}।',
  afterSession: '{date} को हुए {session} के बाद।',
  eventReadMore: 'और पढ़ें: {url}',
  eventPlan: 'आपका आफ़्टरकेयर प्लान: {url}',
  eventQuestions: 'कोई सवाल? {clinic}: {phone}',
}

export const plannerWords: Readonly<Record<Locale, PlannerWords>> = { en, hi }

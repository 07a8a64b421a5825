// The site search's words (issue 25): the form in every page's header (components/search/SiteSearchForm.tsx) and the
// search page (components/search/SearchPage.tsx; enhance/search/ reads what it says from the page's data attributes).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  header: { label: 'Search this site', button: 'Search' },
  form: {
    label: 'Search for a word or a question',
    hint: 'For example “swimming”, “blood thinners” or “itching”.',
    button: 'Search',
  },
  results: 'Results',
  /** Announced and shown above the results: {count} is the number shown. */
  count: { none: 'No results', one: '1 result', many: '{count} results' },
  loading: 'Loading the search…',
  noMatch: 'We found nothing for “{query}”. Check the spelling, try another word, or look through {list} below.',
  failed: 'The search could not load. Look through {list} below.',
  noScript:
    'Searching needs JavaScript, which is off in this browser. Every page, section and question is listed below, A to Z.',
  aToZ: { heading: 'Every page A to Z', link: 'every page A to Z', letters: 'Letters' },
}

export type SearchWords = typeof en

const hi: SearchWords = {
  header: { label: 'इस साइट में खोजें', button: 'खोजें' },
  form: {
    label: 'कोई शब्द या सवाल खोजें',
    hint: 'जैसे “दर्द”, “तैराकी” या “खुजली”।',
    button: 'खोजें',
  },
  results: 'नतीजे',
  count: { none: 'कोई नतीजा नहीं मिला', one: '1 नतीजा मिला', many: '{count} नतीजे मिले' },
  loading: 'खोज खुल रही है…',
  noMatch: '“{query}” के लिए कुछ नहीं मिला। स्पेलिंग देखें, कोई दूसरा शब्द आज़माएँ, या नीचे {list} देखें।',
  failed: 'खोज नहीं खुल सकी। नीचे {list} देखें।',
  noScript: 'खोजने के लिए JavaScript चाहिए, जो इस ब्राउज़र में बंद है। हर पेज, हिस्सा और सवाल नीचे वर्णमाला के क्रम में दिया गया है।',
  aToZ: { heading: 'सभी पेज, वर्णमाला के क्रम में', link: 'वर्णमाला के क्रम में सभी पेज', letters: 'अक्षर' },
}

export const searchWords: Readonly<Record<Locale, SearchWords>> = { en, hi }

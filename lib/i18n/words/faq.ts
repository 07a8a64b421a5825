// The FAQ page's own words (pages/faq.tsx, components/faq/*): the introduction, the search box and what it
// announces (enhance/faq.ts reads those from the box's data attributes), the category headings, copy links.
import type { FaqCategory } from '@/lib/content/schema'
import { faqCategories } from '@/lib/content/schema'
import type { Locale } from '@/lib/i18n/locales'

const en = {
  intro:
    'Short, plain answers to the questions people ask us most about scalp micropigmentation. Select a question to read its answer. Each answer links to the topic page with more detail.',
  /** Each category's heading, in every language: a new category fails the type check until it has one. */
  categories: faqCategories as Readonly<Record<FaqCategory, string>>,
  search: {
    region: 'Questions',
    label: 'Search the questions',
    hint: 'Type a word or two, for example “pain” or “swimming”.',
    noMatch:
      'We could not find “{query}” in these answers. Try a different word, or ask us: call {phone} or email {email}.',
    clear: 'Clear the search',
  },
  /** Announced as the questions narrow: {count} is the number that match. */
  matches: { none: 'No questions match', one: '1 question matches', many: '{count} questions match' },
  /** {button} is the visible text; {context}, read by screen readers only, names the question. */
  copyLink: {
    button: 'Copy link',
    name: '{button} {context}',
    context: 'to “{question}”',
    fallback: 'Link to this answer',
  },
}

export type FaqWords = typeof en

const hi: FaqWords = {
  intro:
    'स्कैल्प माइक्रोपिगमेंटेशन के बारे में लोग हमसे सबसे ज़्यादा जो सवाल पूछते हैं, उनके छोटे और आसान जवाब। जवाब पढ़ने के लिए सवाल चुनें। हर जवाब में विषय के पेज का लिंक है, जहाँ ज़्यादा जानकारी है।',
  categories: {
    'about-smp': 'SMP के बारे में',
    procedure: 'प्रक्रिया',
    results: 'नतीजे और वे कितने समय तक रहते हैं',
    'suitability-and-safety': 'किसे सूट करता है, और सुरक्षा',
    aftercare: 'आफ़्टरकेयर (बाद की देखभाल)',
  },
  search: {
    region: 'सवाल',
    label: 'सवालों में खोजें',
    hint: 'एक-दो शब्द लिखें, जैसे “दर्द” या “तैराकी”।',
    noMatch: 'इन जवाबों में “{query}” नहीं मिला। कोई दूसरा शब्द आज़माएँ, या हमसे पूछें: {phone} पर कॉल करें या {email} पर ईमेल करें।',
    clear: 'खोज हटाएँ',
  },
  matches: { none: 'कोई सवाल नहीं मिला', one: '1 सवाल मिला', many: '{count} सवाल मिले' },
  copyLink: {
    button: 'लिंक कॉपी करें',
    name: '{context} {button}',
    context: '“{question}” का',
    fallback: 'इस जवाब का लिंक',
  },
}

export const faqWords: Readonly<Record<Locale, FaqWords>> = { en, hi }

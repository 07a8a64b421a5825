// The feedback link at the end of every document (components/feedback/PageFeedback.tsx) and the email it starts
// (lib/feedback/mail.ts): the page's title and address, and the section when the reader came from one.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  /** The line around the link: {link} is the link's own text. */
  prompt: 'Is something wrong or unclear on this page? {link}.',
  link: 'Tell us',
  subject: 'Feedback on “{title}”',
  body: {
    page: 'Page: {title}',
    address: 'Address: {url}',
    section: 'Section: {section}',
    ask: 'What is wrong or unclear?',
    noHealthDetails: 'Please do not include details about your health.',
  },
}

export type FeedbackWords = typeof en

const hi: FeedbackWords = {
  prompt: 'क्या इस पेज पर कुछ ग़लत है या समझ में नहीं आया? {link}।',
  link: 'हमें बताएँ',
  subject: '“{title}” के बारे में सुझाव',
  body: {
    page: 'पेज: {title}',
    address: 'पता: {url}',
    section: 'हिस्सा: {section}',
    ask: 'क्या ग़लत है या समझ में नहीं आया?',
    noHealthDetails: 'कृपया अपनी सेहत के बारे में जानकारी न लिखें।',
  },
}

export const feedbackWords: Readonly<Record<Locale, FeedbackWords>> = { en, hi }

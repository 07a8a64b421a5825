// The email the feedback link at the end of every document starts: to the clinic, its subject the page's title,
// its body the page's title and address (and the section, when the reader came from one), in the page's
// language. Pure and small: the server writes the link with it, and enhance/feedback.ts rewrites it in the
// browser when the reader moves to a section.
import { fill } from '@/lib/i18n/fill'
import type { FeedbackWords } from '@/lib/i18n/words/feedback'
import { mailtoHref } from '@/lib/site/contact'

export type FeedbackMailWords = Pick<FeedbackWords, 'subject' | 'body'>

/** The page the feedback is about: its title, its public address (none on the 404 page), and a section's title. */
export type FeedbackPage = { title: string; url?: string; section?: string }

/** What the link carries for the browser (data-feedback, JSON): the page's language's words only. */
export type FeedbackLinkData = { email: string; words: FeedbackMailWords; title: string; url?: string }

export function feedbackMail(words: FeedbackMailWords, page: FeedbackPage): { subject: string; body: string } {
  const lines = [
    fill(words.body.page, { title: page.title }),
    ...(page.url ? [fill(words.body.address, { url: page.url })] : []),
    ...(page.section ? [fill(words.body.section, { section: page.section })] : []),
    '',
    words.body.ask,
    '',
    '',
    words.body.noHealthDetails,
  ]
  return { subject: fill(words.subject, { title: page.title }), body: lines.join('\n') }
}

export function feedbackHref(email: string, words: FeedbackMailWords, page: FeedbackPage): string {
  const { subject, body } = feedbackMail(words, page)
  return mailtoHref(email, subject, body)
}

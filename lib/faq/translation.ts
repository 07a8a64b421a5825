// The FAQ page's one translation notice, from the status of each of its answers.
import type { Faq } from '@/lib/content/model'
import type { NoticeStatus, TranslationReviewer } from '@/lib/i18n/words/status'

const unique = (values: string[]) => [...new Set(values)].join(', ')

/**
 * What the page's notice says: nothing on the English page (no statuses) or when every answer is translated,
 * checked and current; "not translated" when no answer is; otherwise how they were translated, that they are
 * not all checked, whether the English moved on since, and whether some answers still show in English.
 */
export function faqsNotice(faqs: readonly Pick<Faq, 'translation'>[]): NoticeStatus | undefined {
  const statuses = faqs.flatMap((faq) => (faq.translation ? [faq.translation] : []))
  if (statuses.length === 0) return undefined
  const translated = statuses.flatMap((status) => (status.kind === 'translated' ? [status] : []))
  if (translated.length === 0) return { kind: 'missing' }
  const partlyMissing = translated.length < statuses.length
  const englishIsNewer = translated.some((status) => status.englishIsNewer)
  const reviewers = translated.flatMap((status) => (status.reviewedBy ? [status.reviewedBy] : []))
  const allChecked = reviewers.length === translated.length
  if (allChecked && !partlyMissing && !englishIsNewer) return undefined
  const reviewedBy: TranslationReviewer | undefined = allChecked
    ? { name: unique(reviewers.map((r) => r.name)), role: unique(reviewers.map((r) => r.role)) }
    : undefined
  return {
    kind: 'translated',
    method: translated.every((status) => status.method === 'professional') ? 'professional' : 'machine',
    ...(reviewedBy ? { reviewedBy } : {}),
    englishIsNewer,
    partlyMissing,
  }
}

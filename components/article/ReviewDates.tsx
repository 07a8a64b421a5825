import type { Article } from '@/lib/content'
import { formatCalendarDate } from '@/lib/dates'
import type { Digits } from '@/lib/i18n/digits'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import type { NoticeStatus } from '@/lib/i18n/words/status'
import { translationWords } from '@/lib/i18n/words/translation'

type Props = {
  article: Pick<Article, 'lastReviewed' | 'nextReviewDue' | 'reviewedBy'>
  locale: Locale
  digits?: Digits
  /** On a translated page: the translation's status, said after the English page's review. */
  translation?: NoticeStatus
}

/** The translation line: how it was made and who checked it, or that it is not made yet. Never a review of its own. */
function translationText(locale: Exclude<Locale, 'en'>, status: NoticeStatus): string {
  const words = translationWords[locale]
  if (status.kind === 'missing') return words.translationMissing
  if (status.reviewedBy) return fill(words.translationCheckedBy, status.reviewedBy)
  return status.method === 'machine' ? words.translationMachine : words.translationProfessional
}

/**
 * When the page was last reviewed and is due again, and by whom: on a translated page, the English page's review.
 * Without a named reviewer it says only what was done (checked against its sources) and that no clinician signed it off.
 */
export function ReviewDates({ article, locale, digits = 'latin', translation }: Props) {
  const words = articleWords[locale].review
  const date = (value: string) => formatCalendarDate(value, { locale, digits })
  // Each label and its value flow as one line of text, so a long label wraps like a sentence on a phone.
  return (
    <div className="text-sm text-muted">
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <div>
          <dt className="mr-1 inline">{article.reviewedBy ? words.lastReviewed : words.lastChecked}</dt>
          <dd className="inline">
            <time dateTime={article.lastReviewed}>{date(article.lastReviewed)}</time>
          </dd>
        </div>
        <div>
          <dt className="mr-1 inline">{words.nextReviewDue}</dt>
          <dd className="inline">
            <time dateTime={article.nextReviewDue}>{date(article.nextReviewDue)}</time>
          </dd>
        </div>
        {article.reviewedBy && (
          <div>
            <dt className="mr-1 inline">{words.reviewedBy}</dt>
            <dd className="inline">
              {article.reviewedBy.name}, {article.reviewedBy.role}
            </dd>
          </div>
        )}
        {locale !== 'en' && translation && (
          <div>
            <dt className="mr-1 inline">{translationWords[locale].translationLabel}</dt>
            <dd className="inline">{translationText(locale, translation)}</dd>
          </div>
        )}
      </dl>
      {!article.reviewedBy && <p className="mt-1">{words.notSignedOff}</p>}
    </div>
  )
}

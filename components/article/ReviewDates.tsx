import type { Article } from '@/lib/content'
import { formatCalendarDate } from '@/lib/dates'

export function ReviewDates({ article }: { article: Pick<Article, 'lastReviewed' | 'nextReviewDue' | 'reviewedBy'> }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
      <div className="flex gap-1">
        <dt>Page last reviewed:</dt>
        <dd>
          <time dateTime={article.lastReviewed}>{formatCalendarDate(article.lastReviewed)}</time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Next review due:</dt>
        <dd>
          <time dateTime={article.nextReviewDue}>{formatCalendarDate(article.nextReviewDue)}</time>
        </dd>
      </div>
      {article.reviewedBy && (
        <div className="flex gap-1">
          <dt>Reviewed by:</dt>
          <dd>
            {article.reviewedBy.name}, {article.reviewedBy.role}
          </dd>
        </div>
      )}
    </dl>
  )
}

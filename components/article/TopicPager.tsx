import { Link } from '@/components/ui/Link'
import type { Article } from '@/lib/content'
import { articlePath } from '@/lib/routes'
import { linkClass } from '@/components/ui/classes'

export function TopicPager({ previous, next }: { previous?: Article; next?: Article }) {
  if (!previous && !next) return null
  return (
    <nav
      aria-label="Previous and next topics"
      className="no-print mt-10 grid gap-4 border-t border-brand-100 pt-6 sm:grid-cols-2"
    >
      {previous && (
        <Link href={articlePath(previous.slug)} rel="prev" className="group block rounded-md p-3 hover:bg-brand-50">
          <span className="block text-sm text-muted">Previous topic</span>
          <span className={linkClass('strong')}>{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link
          href={articlePath(next.slug)}
          rel="next"
          className="group block rounded-md p-3 hover:bg-brand-50 sm:col-start-2 sm:text-right"
        >
          <span className="block text-sm text-muted">Next topic</span>
          <span className={linkClass('strong')}>{next.title}</span>
        </Link>
      )}
    </nav>
  )
}

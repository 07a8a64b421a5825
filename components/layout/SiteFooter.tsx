import { Link } from '@/components/ui/Link'
import { ContactDetails } from '@/components/contact/ContactDetails'
import type { Article } from '@/lib/content'
import { articlePath, staticRoutes } from '@/lib/routes'
import type { SiteSettings } from '@/lib/site/schema'
import { Disclaimer } from './Disclaimer'

export function SiteFooter({ site, articles }: { site: SiteSettings; articles: Pick<Article, 'slug' | 'title'>[] }) {
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto grid max-w-5xl gap-10 px-4 py-10 md:grid-cols-2">
        <ContactDetails site={site} id="contact" />
        <nav aria-labelledby="footer-topics" className="no-print">
          <h2 id="footer-topics" className="text-lg font-semibold">
            Topics
          </h2>
          <ul className="mt-3 space-y-2">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link className="underline" href={articlePath(article.slug)}>
                  {article.title}
                </Link>
              </li>
            ))}
            <li>
              <Link className="underline" href={staticRoutes.faq}>Frequently asked questions</Link>
            </li>
            <li>
              <Link className="underline" href={staticRoutes.selfCheck}>Am I a candidate? Self-check</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="mx-auto max-w-5xl border-t border-brand-100 px-4 py-6 text-sm text-muted">
        <Disclaimer />
      </div>
    </footer>
  )
}

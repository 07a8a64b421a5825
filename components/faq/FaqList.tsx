import type { Faq } from '@/lib/content'
import { categoryHeadingId, groupFaqs } from '@/lib/faq/group'
import type { Locale } from '@/lib/i18n/locales'
import type { SiteSettings } from '@/lib/site/schema'
import { FaqItem } from './FaqItem'

/** Every question under its category heading, in the order of faqCategories and then by `order`. */
export function FaqList({ faqs, site, locale }: { faqs: Faq[]; site: Pick<SiteSettings, 'url'>; locale: Locale }) {
  return (
    <div className="space-y-10">
      {groupFaqs(faqs, locale).map((group) => (
        // data-faq-category and <li>: what enhance/faq.ts hides while a search leaves them out.
        <section
          key={group.category}
          aria-labelledby={categoryHeadingId(group.category)}
          data-faq-category={group.category}
        >
          <h2 id={categoryHeadingId(group.category)} className="text-2xl font-bold">
            {group.label}
          </h2>
          <ul className="mt-3 border-t border-brand-100">
            {group.faqs.map((faq) => (
              <li key={faq.id} className="border-b border-brand-100">
                <FaqItem faq={faq} site={site} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

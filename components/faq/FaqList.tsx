import type { Faq } from '@/lib/content'
import { categoryHeadingId, groupFaqs } from '@/lib/faq/group'
import { FaqItem } from './FaqItem'
import { FilterableCategory, FilterableItem } from './FaqFilterContext'

/** Every question under its category heading, in the order of faqCategories and then by `order`. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return (
    <div className="space-y-10">
      {groupFaqs(faqs).map((group) => (
        <FilterableCategory key={group.category} category={group.category} labelledBy={categoryHeadingId(group.category)}>
          <h2 id={categoryHeadingId(group.category)} className="text-2xl font-bold">
            {group.label}
          </h2>
          <ul className="mt-3 border-t border-brand-100">
            {group.faqs.map((faq) => (
              <FilterableItem key={faq.id} id={faq.id} className="border-b border-brand-100">
                <FaqItem faq={faq} />
              </FilterableItem>
            ))}
          </ul>
        </FilterableCategory>
      ))}
    </div>
  )
}

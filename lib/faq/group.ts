import type { Faq } from '@/lib/content/model'
import { faqCategories, type FaqCategory } from '@/lib/content/schema'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { faqWords } from '@/lib/i18n/words/faq'

export type FaqGroup = { category: FaqCategory; label: string; faqs: Faq[] }

const categoryOrder = Object.keys(faqCategories) as FaqCategory[]

/** Category order (as in faqCategories), then each question's own order. */
export function sortFaqs<T extends Pick<Faq, 'category' | 'order'>>(faqs: readonly T[]): T[] {
  return [...faqs].sort(
    (a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) || a.order - b.order,
  )
}

/**
 * The questions under their category headings (labelled in `locale`), in page order; categories with no
 * questions are left out.
 */
export function groupFaqs(faqs: readonly Faq[], locale: Locale = defaultLocale): FaqGroup[] {
  const sorted = sortFaqs(faqs)
  const labels = faqWords[locale].categories
  return categoryOrder
    .map((category) => ({
      category,
      label: labels[category],
      faqs: sorted.filter((faq) => faq.category === category),
    }))
    .filter((group) => group.faqs.length > 0)
}

/** The id of a category's section heading on /faq. */
export const categoryHeadingId = (category: FaqCategory) => `topic-${category}`

/** The questions that name this article in `related`, in page order. */
export function relatedFaqs<T extends Pick<Faq, 'category' | 'order' | 'related'>>(
  faqs: readonly T[],
  slug: string,
): T[] {
  return sortFaqs(faqs.filter((faq) => faq.related.includes(slug)))
}

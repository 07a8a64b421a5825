import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { faqCategories } from '@/lib/content/schema'
import { categoryHeadingId, groupFaqs, relatedFaqs, sortFaqs } from '@/lib/faq/group'
import { faq } from '@/tests/fixtures/faq'

const faqs = [
  faq({ id: 'care-2', category: 'aftercare', order: 2, related: ['aftercare'] }),
  faq({ id: 'about-2', category: 'about-smp', order: 2, related: ['what-is-smp', 'aftercare'] }),
  faq({ id: 'care-1', category: 'aftercare', order: 1, related: ['aftercare', 'procedure'] }),
  faq({ id: 'about-1', category: 'about-smp', order: 1, related: ['what-is-smp'] }),
]
const ids = (list: { id: string }[]) => list.map((item) => item.id)

describe('sortFaqs and groupFaqs', () => {
  it('orders by category (as in faqCategories), then by order', () => {
    expect(ids(sortFaqs(faqs))).toEqual(['about-1', 'about-2', 'care-1', 'care-2'])
  })

  it('groups in category order with labels, leaving out empty categories', () => {
    const groups = groupFaqs(faqs)
    expect(groups.map((g) => g.category)).toEqual(['about-smp', 'aftercare'])
    expect(groups.map((g) => g.label)).toEqual([faqCategories['about-smp'], faqCategories.aftercare])
    expect(groups.map((g) => ids(g.faqs))).toEqual([
      ['about-1', 'about-2'],
      ['care-1', 'care-2'],
    ])
  })

  it('does not reorder its input', () => {
    const copy = [...faqs]
    sortFaqs(faqs)
    expect(faqs).toEqual(copy)
  })

  it('puts every real question in exactly one group, and every category has questions', () => {
    const { faqs: real } = getContent()
    const groups = groupFaqs(real)
    expect(groups.map((g) => g.category)).toEqual(Object.keys(faqCategories))
    expect(groups.flatMap((g) => ids(g.faqs)).sort()).toEqual(ids(real).sort())
  })

  it('gives category headings ids that no answer uses', () => {
    const answerIds = new Set(ids(getContent().faqs))
    for (const category of Object.keys(faqCategories) as (keyof typeof faqCategories)[]) {
      expect(answerIds.has(categoryHeadingId(category))).toBe(false)
    }
  })
})

describe('relatedFaqs', () => {
  it('lists the questions that name the article, in page order', () => {
    expect(ids(relatedFaqs(faqs, 'aftercare'))).toEqual(['about-2', 'care-1', 'care-2'])
    expect(ids(relatedFaqs(faqs, 'procedure'))).toEqual(['care-1'])
  })

  it('returns nothing for an article no question names', () => {
    expect(relatedFaqs(faqs, 'benefits')).toEqual([])
    expect(relatedFaqs([], 'aftercare')).toEqual([])
  })

  it('finds the real questions for every article named in the content', () => {
    const { faqs: real, articles } = getContent()
    for (const article of articles) {
      const related = relatedFaqs(real, article.slug)
      expect(ids(related).sort()).toEqual(ids(real.filter((f) => f.related.includes(article.slug))).sort())
    }
    expect(ids(relatedFaqs(real, 'procedure'))).toContain('does-it-hurt')
  })
})

import type { Faq } from '@/lib/content'

/** A question as lib/content would give it, with only what a test cares about filled in. */
export function faq(overrides: Partial<Faq> & Pick<Faq, 'id'>): Faq {
  return {
    question: `Question ${overrides.id}?`,
    category: 'about-smp',
    order: 1,
    related: ['what-is-smp'],
    lastReviewed: '2026-11-20',
    file: `content/faq/${overrides.id}.md`,
    html: '<p>An answer.</p>',
    ...overrides,
  }
}

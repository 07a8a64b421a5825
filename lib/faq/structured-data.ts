// schema.org FAQPage data for /faq, built from the same content the page shows.
import type { Faq } from '@/lib/content/model'
import { sortFaqs } from './group'
import { htmlToText } from './text'

export type FaqPageJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'FAQPage'
  mainEntity: {
    '@type': 'Question'
    name: string
    acceptedAnswer: { '@type': 'Answer'; text: string }
  }[]
}

export function buildFaqPageJsonLd(faqs: readonly Pick<Faq, 'question' | 'html' | 'category' | 'order'>[]): FaqPageJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: sortFaqs(faqs).map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: htmlToText(faq.html) },
    })),
  }
}

/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" are written as \u escapes so no
 * text can close the script tag or open a comment; the JSON still parses to the same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

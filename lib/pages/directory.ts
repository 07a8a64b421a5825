// Every public page of the site and its linkable sections, built from the content. The sitemap,
// the staff links page and the browser tests all read this one list, so a new article or FAQ
// answer appears everywhere without editing code.
import type { Content } from '@/lib/content/model'
import { groupFaqs } from '@/lib/faq/group'
import { articlePath, staticRoutes } from '@/lib/routes'

export type PageSection = { id: string; title: string }

export type SitePage = {
  path: string
  title: string
  description: string
  /** Calendar date (YYYY-MM-DD) the page's content was last reviewed, when it has one. */
  lastReviewed?: string
  /** Sections with a stable `#id` that staff can link to. */
  sections: PageSection[]
  kind: 'home' | 'article' | 'faq' | 'tool'
}

/** Titles and descriptions of the pages that are not articles: one place, read by their routes too. */
export const fixedPages = {
  home: {
    path: staticRoutes.home,
    title: 'Scalp micropigmentation explained',
    description:
      'Clear, calm answers about scalp micropigmentation (SMP): what it is, who it may suit, what happens and how to look after your scalp.',
  },
  faq: {
    path: staticRoutes.faq,
    title: 'Frequently asked questions',
    description: 'Short, plain answers to the questions people ask most about scalp micropigmentation.',
  },
  selfCheck: {
    path: staticRoutes.selfCheck,
    title: 'Am I a candidate? Self-check',
    description:
      'Answer a few short questions to see whether SMP may suit you, or what to wait for or talk through first.',
  },
  planner: {
    path: staticRoutes.planner,
    title: 'Aftercare planner',
    description:
      'Enter the date of your SMP session to see your aftercare day by day, when things are usually OK again, and add the dates to your calendar.',
  },
} as const

const latest = (dates: string[]) => [...dates].sort().at(-1)

export function listPages(content: Pick<Content, 'articles' | 'faqs' | 'glossary'>): SitePage[] {
  const articles = content.articles.filter((article) => !article.draft)
  const faqSections = groupFaqs(content.faqs).flatMap((group) =>
    group.faqs.map((faq) => ({ id: faq.id, title: faq.question })),
  )
  return [
    { ...fixedPages.home, kind: 'home', sections: [], lastReviewed: latest(articles.map((a) => a.lastReviewed)) },
    ...articles.map((article): SitePage => ({
      path: articlePath(article.slug),
      title: article.title,
      description: article.description,
      lastReviewed: article.lastReviewed,
      sections: [
        ...article.headings.filter((h) => h.level === 2).map((h) => ({ id: h.id, title: h.text })),
        // The glossary page's terms each have an address of their own, /glossary#keloid.
        ...(article.extras.includes('glossary')
          ? content.glossary.terms.map((t) => ({ id: t.id, title: t.term }))
          : []),
      ],
      kind: 'article',
    })),
    {
      ...fixedPages.faq,
      kind: 'faq',
      sections: faqSections,
      lastReviewed: latest(content.faqs.map((f) => f.lastReviewed)),
    },
    { ...fixedPages.selfCheck, kind: 'tool', sections: [] },
    { ...fixedPages.planner, kind: 'tool', sections: [] },
  ]
}

// Every public page of the site and its linkable sections, built from the content. The sitemap,
// the staff links page and the browser tests all read this one list, so a new article or FAQ
// answer appears everywhere without editing code.
import type { Content } from '@/lib/content/model'
import { groupFaqs } from '@/lib/faq/group'
import { defaultLocale, localePath, type Locale } from '@/lib/i18n/locales'
import { fixedPageWords } from '@/lib/i18n/words/pages'
import { contactWords } from '@/lib/i18n/words/contact'
import { privacyWords } from '@/lib/i18n/words/privacy'
import { articlePath, contactPageSectionIds, privacyPageSectionIds, staticRoutes } from '@/lib/routes'

export type PageSection = { id: string; title: string }

export type SitePage = {
  path: string
  title: string
  description: string
  /** Calendar date (YYYY-MM-DD) the page's content was last reviewed, when it has one. */
  lastReviewed?: string
  /** Sections with a stable `#id` that staff can link to. */
  sections: PageSection[]
  /** page: a document that is neither an article nor the FAQ (the contact page, the privacy notice). */
  kind: 'home' | 'article' | 'faq' | 'search' | 'page' | 'tool'
}

const fixedPaths = {
  home: staticRoutes.home,
  faq: staticRoutes.faq,
  search: staticRoutes.search,
  selfCheck: staticRoutes.selfCheck,
  planner: staticRoutes.planner,
  contact: staticRoutes.contact,
  privacy: staticRoutes.privacy,
} as const

export type FixedPage = { path: string; title: string; description: string }
export type FixedPageName = keyof typeof fixedPaths

/** The pages that are not articles in a language: the address (with its language prefix), title and description. */
export function fixedPagesIn(locale: Locale): Readonly<Record<FixedPageName, FixedPage>> {
  const words = fixedPageWords[locale]
  return Object.fromEntries(
    (Object.keys(fixedPaths) as FixedPageName[]).map((name) => [
      name,
      { path: localePath(locale, fixedPaths[name]), ...words[name] },
    ]),
  ) as Record<FixedPageName, FixedPage>
}

/** Titles and descriptions of the pages that are not articles, in English: one place, read by their routes too. */
export const fixedPages = fixedPagesIn(defaultLocale)

const latest = (dates: string[]) => [...dates].sort().at(-1)

/** Every public page in the content's language (English when the content does not say), with its address in that language. */
export function listPages(
  content: Pick<Content, 'articles' | 'faqs' | 'glossary' | 'site'> & { locale?: Locale },
): SitePage[] {
  const locale = content.locale ?? defaultLocale
  const contact = contactWords[locale]
  const privacy = privacyWords[locale]
  const fixed = fixedPagesIn(locale)
  const articles = content.articles.filter((article) => !article.draft)
  const faqSections = groupFaqs(content.faqs).flatMap((group) =>
    group.faqs.map((faq) => ({ id: faq.id, title: faq.question })),
  )
  return [
    { ...fixed.home, kind: 'home', sections: [], lastReviewed: latest(articles.map((a) => a.lastReviewed)) },
    ...articles.map((article): SitePage => ({
      path: localePath(locale, articlePath(article.slug)),
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
      ...fixed.faq,
      kind: 'faq',
      sections: faqSections,
      lastReviewed: latest(content.faqs.map((f) => f.lastReviewed)),
    },
    { ...fixed.search, kind: 'search', sections: [] },
    { ...fixed.selfCheck, kind: 'tool', sections: [] },
    { ...fixed.planner, kind: 'tool', sections: [] },
    {
      ...fixed.contact,
      kind: 'page',
      // Each of the clinic's places has its own address (/contact#london-clinic), to send to someone on their way.
      sections: [
        ...content.site.locations.map((location) => ({ id: location.id, title: location.name })),
        { id: contactPageSectionIds.enquire, title: contact.enquire },
        { id: contactPageSectionIds.whatHappensNext, title: contact.whatHappensNext },
      ],
    },
    {
      ...fixed.privacy,
      kind: 'page',
      sections: [
        { id: privacyPageSectionIds.thisSite, title: privacy.thisSite },
        { id: privacyPageSectionIds.messages, title: privacy.messages },
        { id: privacyPageSectionIds.rights, title: privacy.rights },
      ],
    },
  ]
}

// The one registry of the site's own addresses: every route that is not an article, and every section id
// the site adds to a page. Components, routes, the content check and the tests import these names, so an
// address or an id is written here once. No imports but the leaf module below, so any code may use it.
import { translatedLocales } from './i18n/locales'
import { requiredArticles, requiredSections } from './required-pages'

/** Site routes that are not articles. Article slugs live at the top level (/aftercare), so a slug must never take one of these names. */
export const staticRoutes = {
  home: '/',
  faq: '/faq',
  /** Site search (issue 25): a document that lists every page A to Z, and searches with JavaScript. */
  search: '/search',
  selfCheck: '/self-check',
  planner: '/aftercare/planner',
  /** The staff links page: in no menu, and asks search engines not to index it. */
  links: '/links',
  contact: '/contact',
  privacy: '/privacy',
} as const

/** Names an article slug may not use: app routes, Next's own files, and words kept for planned routes. */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'faq',
  'self-check',
  'links',
  'planner',
  'contact',
  'privacy',
  'api',
  'search',
  'sitemap.xml',
  'robots.txt',
  'manifest.webmanifest',
  'opengraph-image',
  'twitter-image',
  'icon',
  'apple-icon',
  'favicon.ico',
  '_next',
  'index',
  '404',
  '500',
  'not-found',
  // Each translated language's pages live under its code (/hi/aftercare).
  ...translatedLocales,
])

export const articlePath = (slug: string): `/${string}` => `/${slug}`

/** A place on a page: `/faq#id`, or `#id` for the page the link is on. */
export const sectionHref = (path: string, id: string) => `${path}#${id}`
export const hash = (id: string): `#${string}` => `#${id}`

/** The address of one FAQ answer. */
export const faqAnswerPath = (id: string) => sectionHref(staticRoutes.faq, id)

export { requiredArticles, requiredSections }

const contact = 'contact'

/** Sections every article page adds around the editor's text (layout, article extras, the footer). */
export const sectionIds = {
  mainContent: 'main-content',
  onThisPage: 'on-this-page',
  selfCheckRules: 'self-check-rules',
  /** Kept although no page renders it today: the old address of the sources list. */
  references: 'references',
  questionsPeopleAsk: 'questions-people-ask',
  nextSteps: 'next-steps',
  contact,
  /** ContactDetails names its heading after its section. */
  contactHeading: `${contact}-heading`,
  footerTopics: 'footer-topics',
  plannerCallout: 'aftercare-planner-callout',
  urgentHelp: 'urgent-help',
  sources: 'sources',
  glossaryTerms: 'glossary-terms',
} as const

/** Ids of the sections every article page adds; a heading may not take one. */
export const pageSectionIds: ReadonlySet<string> = new Set(Object.values(sectionIds))

/** Sections of the pages that are not articles, each page's own. */
export const homeSectionIds = {
  intro: 'intro',
  topics: 'topics',
  topicsHeading: 'topics-heading',
  getInTouch: 'get-in-touch',
} as const
export const linksPageSectionIds = {
  pages: 'pages-heading',
  message: 'message-heading',
  addresses: 'addresses-heading',
} as const
/** The planner's infection warning (components/help/InfectionWarning.tsx). */
export const infectionWarningId = 'infection-warning'
/** The contact page's own sections (each location's section is its `id` from content/site.yaml). */
export const contactPageSectionIds = {
  locations: 'locations',
  enquire: 'how-to-get-in-touch',
  whatHappensNext: 'what-happens-next',
} as const
/** The privacy page's sections. */
export const privacyPageSectionIds = {
  thisSite: 'what-this-website-collects',
  messages: 'messages-you-send-us',
  rights: 'your-rights',
} as const
/** The feedback link at the end of every document (components/feedback/PageFeedback.tsx, enhance/feedback.ts). */
export const pageFeedbackId = 'page-feedback'

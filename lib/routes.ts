// Site routes that are not articles. Article slugs live at the top level (/aftercare),
// so a slug must never take one of these names.
export const staticRoutes = {
  home: '/',
  faq: '/faq',
  selfCheck: '/self-check',
  planner: '/aftercare/planner',
} as const

/** Names an article slug may not use: app routes, Next's own files, and words kept for planned routes. */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'faq',
  'self-check',
  'links',
  'planner',
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
])

export const articlePath = (slug: string): `/${string}` => `/${slug}`

export { requiredArticles, requiredSections } from './required-pages'

/** Ids of the sections every article page adds around the editor's text; a heading may not take one. */
export const pageSectionIds: ReadonlySet<string> = new Set([
  'main-content',
  'on-this-page',
  'self-check-rules',
  'references',
  'questions-people-ask',
  'next-steps',
  'contact',
  'contact-heading',
  'footer-topics',
  'aftercare-planner-callout',
  'urgent-help',
  'sources',
  'glossary-terms',
])

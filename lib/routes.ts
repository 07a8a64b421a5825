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

/**
 * Articles the site itself links to from every page (urgent help) or from the self-check, so they
 * must exist: the content step fails naming the file when one is missing.
 */
export const requiredArticles = {
  ifSomethingGoesWrong: 'if-something-goes-wrong',
  hairLossCauses: 'hair-loss-causes',
} as const

/** Sections of those articles that code links to (checked by the content step like any link). */
export const requiredSections = {
  signsOfInfection: `${articlePath(requiredArticles.ifSomethingGoesWrong)}#signs-of-infection`,
  gettingHelpUrgently: `${articlePath(requiredArticles.ifSomethingGoesWrong)}#getting-help-urgently`,
  hairLossWarningSigns: `${articlePath(requiredArticles.hairLossCauses)}#warning-signs-to-see-a-doctor-about`,
} as const

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

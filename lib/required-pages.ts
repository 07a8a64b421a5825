// A leaf module with no imports, so client code (the self-check) can link to these pages without
// pulling in the rest of lib/routes.ts.
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
  signsOfInfection: `/${requiredArticles.ifSomethingGoesWrong}#signs-of-infection`,
  gettingHelpUrgently: `/${requiredArticles.ifSomethingGoesWrong}#getting-help-urgently`,
  hairLossWarningSigns: `/${requiredArticles.hairLossCauses}#warning-signs-to-see-a-doctor-about`,
} as const

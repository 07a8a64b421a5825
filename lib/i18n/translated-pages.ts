// Which pages exist in every language. Every document does (an untranslated page shows the English text
// under the translated address, with a notice); of the tools, the staff links page is English only.
import { staticRoutes } from '@/lib/routes'

const englishOnly = [staticRoutes.links]

/** True when the page (its address without a language prefix) has a version in every language. */
export function hasTranslation(path: string): boolean {
  const page = path.replace(/[?#].*$/, '')
  return !englishOnly.some((only) => page === only || page.startsWith(`${only}/`))
}

/** The tools that exist in every language (the documents always do). */
export const translatedToolPaths = [staticRoutes.selfCheck, staticRoutes.planner] as const

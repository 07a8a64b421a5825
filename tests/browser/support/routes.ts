import { getArticles } from '@/lib/content'
import { articlePath, staticRoutes } from '@/lib/routes'

/** Every public page of the site, from the content itself, so a new article is tested without editing tests. */
export function publicRoutes(): string[] {
  return [...Object.values(staticRoutes), ...getArticles().map((article) => articlePath(article.slug))]
}

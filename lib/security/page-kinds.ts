// Which addresses are documents (pages/: articles, home, FAQ, 404; no framework JavaScript) and which are
// tools (app/: React). The security headers differ by kind (lib/security/headers.ts), so `next start`
// (next.config.ts), deploy/ and the static server need the documents' paths: they come from the content,
// an article per file in content/articles/ (its name is its address), never from a hand-written list.
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { articlePath, staticRoutes } from '../routes'

export type PageKind = 'document' | 'tool'

/** The 404 page's file in the static export, which static hosts answer unknown addresses with. */
export const notFoundFile = '/404.html'

/** Build routes that are the 404 document: Next's two 404 entries (which it is installed into) and its own page. */
export const notFoundRoutes = ['/_not-found', '/404', '/not-found'] as const

/** Article slugs from the file names in content/articles/ (recursively), as lib/content/validate.ts names them. */
export function articleSlugsFromFiles(dir = join('content', 'articles')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => basename(file, '.md'))
    .sort()
}

/** Every document's address: the home page, the FAQ and each article. */
export function documentPaths(slugs: readonly string[] = articleSlugsFromFiles()): string[] {
  return [staticRoutes.home, staticRoutes.faq, ...slugs.map(articlePath)]
}

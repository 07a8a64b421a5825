// The one list of redirects (articles' `redirectFrom`), as the content step wrote it to .content/: the build
// reads it here for out/_redirects (`npm start`, Netlify, Cloudflare Pages), out/_redirects.map (nginx) and a
// page at each old address (any other static host).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckedContent } from './model'
import type { Redirect } from './published-links'

export type { Redirect }

/** The checked redirects; throws when the content step has not run (or failed). */
export function readRedirects(dir = join(process.cwd(), '.content')): Redirect[] {
  let checked: CheckedContent
  try {
    checked = JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8')) as CheckedContent
  } catch {
    throw new Error(`${dir}/content.json is missing: run \`npm run content\` first`)
  }
  if (!checked.content) throw new Error('The content has problems: run `npm run content` and fix them first')
  return checked.content.redirects
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The script file a moved page loads (documents allow no inline script): keeps ?query and #section. */
export const movedScriptPath = '/moved.js'
export const movedScript = `// Written by the static export (lib/content/redirects.ts): an old address moves on, keeping its #section.
var to = document.documentElement.getAttribute('data-moved-to')
if (to) location.replace(to + location.search + location.hash)
`

/**
 * The page the static export writes at an old address, for a host that does not read deploy/'s
 * redirects: it moves on at once. With JavaScript, /moved.js keeps the #section (the same id on
 * the new page); without it, the meta refresh lands at the top of the new page (a refresh cannot
 * carry the fragment), and the plain link is there for a browser that does not follow it.
 */
export function movedPage({ to }: Redirect, siteUrl: string): string {
  const target = escapeHtml(to)
  return `<!DOCTYPE html>
<html lang="en" data-moved-to="${target}">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(siteUrl + to)}">
<script src="${movedScriptPath}"></script>
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${target}">${escapeHtml(siteUrl + to)}</a>.</p>
</main>
</body>
</html>
`
}

/** Whether a built HTML file is such a page (it moves an old address on), not a page of the site. */
export const isMovedPage = (html: string) => html.includes('data-moved-to=')

/** The site's address, as the content step checked it. */
export function readSiteUrl(dir = join(process.cwd(), '.content')): string {
  const checked = JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8')) as CheckedContent
  if (!checked.content) throw new Error('The content has problems: run `npm run content` and fix them first')
  return checked.content.site.url
}

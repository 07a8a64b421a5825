// Makes the document 404 page (pages/not-found.tsx: no framework JavaScript) the one the static export answers
// unknown addresses with. With the App Router present, Next writes its own not-found page (React and its
// runtime) as out/404.html, so pages/404.tsx cannot do it: this step puts the document's prerendered HTML in
// its place. Each translated language has its own 404 document (pages/hi/not-found.tsx), written as
// out/hi/404.html (out/_redirects and deploy/nginx.conf answer /hi/… with it).
// It fails loudly when a document is missing or carries framework JavaScript (e.g. after a Next upgrade).
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { translatedLocales } from '../../lib/i18n/locales'

export const notFoundDocument = 'not-found'

function checkedDocument(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: pages/${notFoundDocument}.tsx was not prerendered`)
  const html = readFileSync(file, 'utf8')
  if (/<script\b[^>]*\bsrc="\/_next\//.test(html) || html.includes('self.__next_f')) {
    throw new Error(
      `${file} carries Next's runtime: the document 404 must have none (is unstable_runtimeJS still honoured?)`,
    )
  }
  return file
}

/** In the static export: out/404.html (and out/hi/404.html), and no page of their own. */
export function installInExport(outDir: string) {
  const source = checkedDocument(join(outDir, `${notFoundDocument}.html`))
  copyFileSync(source, join(outDir, '404.html'))
  for (const file of [`${notFoundDocument}.html`, '_not-found.html', '_not-found.txt', '_not-found'])
    rmSync(join(outDir, file), { recursive: true, force: true })
  for (const locale of translatedLocales) {
    const folder = join(outDir, locale)
    copyFileSync(checkedDocument(join(folder, `${notFoundDocument}.html`)), join(folder, '404.html'))
    rmSync(join(folder, `${notFoundDocument}.html`), { force: true })
  }
}

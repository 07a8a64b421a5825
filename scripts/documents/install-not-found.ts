// Makes the document 404 page (pages/not-found.tsx: no framework JavaScript) the one every serving path
// answers unknown addresses with. With the App Router present, Next answers them with the App Router's
// not-found page (React and its runtime), and even copies that page over pages/404.html, so pages/404.tsx
// cannot do it. This step puts the document's prerendered HTML in its place:
// - a production build (`npm run build` runs it as postbuild): the not-found HTML files `next start` serves;
// - the static export (scripts/static/build.ts calls `installInExport`): out/404.html.
// Each translated language has its own 404 document (pages/hi/not-found.tsx): `next start` answers /hi/…
// addresses with it through proxy.ts, and the export writes it as out/hi/404.html (deploy/ serves it there).
// It fails loudly when a document is missing or carries framework JavaScript (e.g. after a Next upgrade).
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { localePath, translatedLocales } from '../../lib/i18n/locales'

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

/** In a production build (`next build`): the files `next start` answers unknown addresses with. */
export function installInBuild(distDir = process.env.NEXT_DIST_DIR ?? '.next') {
  // The translated 404s stay where they are: proxy.ts answers with them.
  for (const locale of translatedLocales)
    checkedDocument(join(distDir, 'server', 'pages', `${localePath(locale, `/${notFoundDocument}`).slice(1)}.html`))
  const source = checkedDocument(join(distDir, 'server', 'pages', `${notFoundDocument}.html`))
  for (const target of [
    join(distDir, 'server', 'app', '_not-found.html'),
    join(distDir, 'server', 'pages', '404.html'),
  ]) {
    if (!existsSync(target))
      throw new Error(
        `${target} is missing: Next's build layout has changed, see scripts/documents/install-not-found.ts`,
      )
    copyFileSync(source, target)
  }
}

/** In the static export: out/404.html, and no page of its own. */
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

if (import.meta.url === `file://${process.argv[1]}`) {
  installInBuild()
  console.log("The document 404 page (pages/not-found.tsx) is the production build's 404 page.")
}

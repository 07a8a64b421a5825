// Full-page screenshots of the static build in out/ (served as `npm start` serves it) at phone and desktop widths, for a person to look at.
// Usage: npm run build && npm run screenshots [-- [--top] /path /other-path]
// --top: only the first screen of each page (full pages are too tall to read at a glance).
import { mkdirSync } from 'node:fs'
import { desktop, launchBrowser, phone } from './lib/chromium'
import { startStaticServer } from './static/lib/static-server'

const args = process.argv.slice(2)
const top = args.includes('--top')
const given = args.filter((arg) => arg !== '--top')
const paths = given.length ? given : ['/', '/aftercare', '/self-check', '/faq', '/no-such-page']
const outDir = 'screenshots'
mkdirSync(outDir, { recursive: true })

const server = await startStaticServer()
const browser = await launchBrowser()
try {
  for (const [label, options] of [
    ['390', phone],
    ['1280', desktop],
  ] as const) {
    const context = await browser.newContext({ ...options, deviceScaleFactor: 1 })
    const page = await context.newPage()
    for (const path of paths) {
      // networkidle: what a page fetches after loading (the search page's index) is in the picture too.
      await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'networkidle' })
      // Letters of any script stay in the name: /hi/search?q=दर्द is hi_search_q_दर्द.
      const name = path === '/' ? 'home' : path.replace(/^\//, '').replace(/[^\p{L}\p{M}\p{N}-]+/gu, '_')
      const file = `${outDir}/${name}-${label}.png`
      await page.screenshot({ path: file, fullPage: !top })
      console.log(file)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}

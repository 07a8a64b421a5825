// Old addresses keep working in a browser: an old page address (an article's redirectFrom) with a #section lands on
// the new page and that section, by the 301 that `npm start` and the hosts send (out/_redirects), and by the
// page the build writes at the old address for a host that reads no rule file (with and without JavaScript).
// The site has no old address of its own yet, so this serves a small site written as the build writes one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { movedPage, movedScript, movedScriptPath } from '@/lib/content/redirects'
import { renderHeadersFile, siteHeaderRules } from '@/lib/deploy/headers-file'
import { renderRedirectsFile, siteRedirectRules } from '@/lib/deploy/redirects-file'
import { startStaticServer, type StaticServer } from '@/scripts/static/lib/static-server'
import { desktop, launchBrowser } from '@/tests/support/browser/browser'

const section = 'after-your-session'
const byRule = { from: '/looking-after-your-scalp', to: '/aftercare', file: 'content/articles/aftercare.md' } as const
const byPage = { from: '/aftercare-guide', to: '/aftercare', file: 'content/articles/aftercare.md' } as const
let browser: Browser
let server: StaticServer
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moved-site-'))
  const site = 'https://www.example-smp.example'
  const files = {
    _headers: renderHeadersFile(siteHeaderRules()),
    // Only the first old address has a rule: the second is answered by its moved page, as on an object store.
    _redirects: renderRedirectsFile(siteRedirectRules([byRule])),
    '404.html': '<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>',
    'aftercare.html': `<!DOCTYPE html><title>Aftercare</title><h1>Aftercare</h1><div style="height:3000px"></div><h2 id="${section}">After your session</h2><div style="height:3000px"></div>`,
    [`${byPage.from.slice(1)}.html`]: movedPage(byPage, site),
    [movedScriptPath.slice(1)]: movedScript,
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  server = await startStaticServer({ dir })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function land(from: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ...desktop, javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}${from}#${section}`)
  await page.waitForURL((url) => url.pathname === '/aftercare')
  const url = new URL(page.url())
  const heading = await page.locator(`#${section}`).count()
  await context.close()
  return { path: url.pathname, hash: url.hash, heading }
}

describe('an old address', () => {
  test.each([true, false])('with a rule: lands on the new page and section (JavaScript: %s)', async (javaScript) => {
    await expect(land(byRule.from, javaScript)).resolves.toEqual({
      path: '/aftercare',
      hash: `#${section}`,
      heading: 1,
    })
  })

  test('with only its moved page: lands on the new page and section with JavaScript (/moved.js keeps the fragment)', async () => {
    await expect(land(byPage.from, true)).resolves.toEqual({ path: '/aftercare', hash: `#${section}`, heading: 1 })
  })

  test('with only its moved page: lands on the new page without JavaScript (a meta refresh cannot keep the fragment)', async () => {
    await expect(land(byPage.from, false)).resolves.toMatchObject({ path: '/aftercare', heading: 1 })
  })
})

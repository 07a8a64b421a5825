// Temporary: viewport screenshots and print PDFs for looking at /links and print. Deleted after use.
import { writeFileSync } from 'node:fs'
import { desktop, launchBrowser, phone } from './tests/browser/support/browser'
import { startNext } from './tests/browser/support/server'

const server = await startNext()
const browser = await launchBrowser()
try {
  for (const [label, options] of [['390', phone], ['1280', desktop]] as const) {
    const context = await browser.newContext({ ...options, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/links`, { waitUntil: 'networkidle' })
    await page.screenshot({ path: `screenshots/tmp-links-top-${label}.png` })
    await page.getByRole('checkbox', { name: 'Caring for your scalp before and after SMP' }).check().catch(() => {})
    await page.locator('input[type=checkbox]').nth(3).check()
    await page.locator('input[type=checkbox]').nth(12).check()
    await page.evaluate(() => window.scrollTo(0, 1400))
    await page.screenshot({ path: `screenshots/tmp-links-mid-${label}.png` })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `screenshots/tmp-links-ticked-${label}.png` })
    for (const path of ['/aftercare', '/faq']) {
      await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'networkidle' })
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: `screenshots/tmp-print${path.replace('/', '-')}-${label}.png`, fullPage: true })
      await page.emulateMedia({ media: 'screen' })
    }
    await context.close()
  }
  const context = await browser.newContext(desktop)
  const page = await context.newPage()
  for (const path of ['/aftercare', '/faq', '/links']) {
    await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'networkidle' })
    writeFileSync(`screenshots/tmp${path.replace('/', '-')}.pdf`, await page.pdf({ format: 'A4' }))
  }
} finally {
  await browser.close()
  await server.stop()
}

import { launchBrowser } from '../tests/browser/support/browser'
import { startNext } from '../tests/browser/support/server'
const [path, width, height, out, action] = process.argv.slice(2)
const server = await startNext()
const browser = await launchBrowser()
const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) }, permissions: [] })
const page = await context.newPage()
await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' })
if (action === 'share') await page.locator('summary', { hasText: 'Share' }).first().click()
if (action === 'anchor') { await page.locator('a.heading-anchor').nth(1).click(); await page.waitForTimeout(300) }
if (action === 'print') await page.emulateMedia({ media: 'print' })
await page.screenshot({ path: out, fullPage: action === 'print' })
await browser.close(); await server.stop()

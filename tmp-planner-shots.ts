// TEMPORARY (delete after use): close-up screenshots and a print PDF of the planner.
import { writeFileSync } from 'node:fs'
import { desktop, launchBrowser, phone } from './tests/browser/support/browser'
import { startNext } from './tests/browser/support/server'

const server = await startNext()
const browser = await launchBrowser()
try {
  for (const [label, options] of [['390', phone], ['1280', desktop]] as const) {
    const context = await browser.newContext({ ...options, deviceScaleFactor: 1, locale: 'en-GB' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2025-12-04T10:00:00Z'))
    await page.goto(`${server.baseUrl}/aftercare/planner`, { waitUntil: 'networkidle' })
    await page.getByLabel('Date of your session').fill('2025-12-01')
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    for (let y = 0, n = 0; y < height; y += 1100, n++) {
      await page.screenshot({ path: `screenshots/tmp-planner-${label}-${n}.png`, clip: { x: 0, y, width: options.viewport!.width, height: Math.min(1100, height - y) }, fullPage: true })
    }
    if (label === '1280') {
      writeFileSync('screenshots/tmp-planner.pdf', await page.pdf({ format: 'A4' }))
    }
    await context.close()
  }
  const context = await browser.newContext({ ...phone, deviceScaleFactor: 1, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}/aftercare/planner`)
  await page.screenshot({ path: 'screenshots/tmp-planner-nojs-390.png', clip: { x: 0, y: 0, width: 390, height: 1400 }, fullPage: true })
  await context.close()
} finally {
  await browser.close()
  await server.stop()
}

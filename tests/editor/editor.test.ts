// `npm run edit` end to end: the editor lists the articles and FAQ in both languages, previews in the site's look,
// refuses what the content step would refuse, and saves an article's description to the file on disk, which the
// site then shows. The file is copied first and written back afterwards.
// EDITOR_SCREENSHOTS=1 also writes screenshots/editor-*.png at 1280 px.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { desktop, launchBrowser } from '@/scripts/lib/chromium'
import { freePort } from '@/scripts/lib/free-port'
import { watchForErrors } from '@/tests/support/browser/browser'

const frontMatter = (file: string) =>
  parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, string>
const screenshots = Boolean(process.env.EDITOR_SCREENSHOTS)

let editor: ChildProcess
let baseUrl: string
let browser: Browser
let output = ''

async function waitFor(url: string, seconds: number) {
  for (let i = 0; i < seconds; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer in ${seconds} s. The editor's output:\n${output}`)
}

beforeAll(async () => {
  const port = await freePort()
  baseUrl = `http://localhost:${port}`
  editor = spawn('npm', ['run', 'edit'], { env: { ...process.env, PORT: String(port) }, detached: true })
  editor.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  editor.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor(`${baseUrl}/admin/`, 120)
  await waitFor(`${baseUrl}/`, 120)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  // The whole group (npm, the editor's server and what it started), and wait: nothing may write on afterwards.
  if (!editor?.pid || editor.exitCode !== null) return
  const exited = new Promise((resolve) => editor.once('exit', resolve))
  process.kill(-editor.pid, 'SIGTERM')
  await exited
  // The editor's server closes last, once next dev, Contentlayer and decap-server have stopped.
  for (let i = 0; i < 60; i++) {
    const open = await fetch(`${baseUrl}/admin/`).then(
      () => true,
      () => false,
    )
    if (!open) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
})

async function openEditor(hash = '') {
  const context = await browser.newContext(desktop)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}/admin/`)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.getByRole('link', { name: 'Articles (English)', exact: true }).waitFor()
  if (hash) await page.goto(`${baseUrl}/admin/#${hash}`)
  return { page, errors, context }
}

const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Publish' }).first().click()
  await page.getByText('Publish now').click()
}

describe('npm run edit', () => {
  test('/admin/ lists the articles and FAQ answers in English and Hindi (the configuration is valid for Decap)', async () => {
    const { page, errors, context } = await openEditor()
    await expect(page.getByText('Config Errors').count()).resolves.toBe(0)
    const collections = [
      ['Articles (English)', 'content/articles/what-is-smp.md', 'title'],
      ['Articles (Hindi)', 'content/hi/articles/what-is-smp.md', 'title'],
      ['FAQ (English)', 'content/faq/does-it-hurt.md', 'question'],
      ['FAQ (Hindi)', 'content/hi/faq/does-it-hurt.md', 'question'],
    ] as const
    for (const [label, file, field] of collections) {
      await page.getByRole('link', { name: label, exact: true }).click()
      // The entry's card in the list, by its title or question (waits for the list to load).
      await page.getByText(frontMatter(file)[field]!, { exact: true }).first().waitFor({ timeout: 20_000 })
      await expect(page.getByRole('heading', { name: label, exact: true }).isVisible()).resolves.toBe(true)
      if (screenshots && label === 'Articles (English)')
        await page.screenshot({ path: 'screenshots/editor-articles-1280.png', fullPage: false })
    }
    // Every file collection opens as a form (its fields generated from the schemas).
    await page.goto(`${baseUrl}/admin/#/collections/settings/entries/site`)
    await page.getByLabel('Short name').waitFor()
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([])
    await context.close()
  })

  test("an article's form previews the text in the site's look, and a Hindi page names the English page it translates", async () => {
    const { page, context } = await openEditor('/collections/articles/entries/aftercare')
    const preview = page.frameLocator('iframe').first()
    // The site's pipeline: section ids, and the site's CSS (the article body's typography).
    await preview.locator('h2#before-your-session').waitFor()
    await expect(preview.locator('.prose').count()).resolves.toBe(1)
    const size = await preview.locator('.prose').evaluate((el) => getComputedStyle(el).fontSize)
    expect(Number.parseFloat(size)).toBeGreaterThan(16)
    if (screenshots) await page.screenshot({ path: 'screenshots/editor-article-form-1280.png' })
    await context.close()
    const hindi = await openEditor('/collections/articles-hi/entries/aftercare')
    const english = frontMatter('content/articles/aftercare.md')
    await expect(
      hindi.page
        .frameLocator('iframe')
        .first()
        .locator('[data-translates]')
        .textContent({ timeout: 30_000 })
        .then((text) => text ?? ''),
    ).resolves.toContain(`last reviewed ${english.lastReviewed}`)
    await hindi.context.close()
  })

  test('a save the content step would refuse is not written, and says which field', async () => {
    const file = 'content/articles/benefits.md'
    const before = readFileSync(file, 'utf8')
    const { page, context } = await openEditor('/collections/articles/entries/benefits')
    try {
      const due = page.getByLabel('Next review due')
      await due.waitFor()
      // A real date but before lastReviewed: only the content step's schema knows this rule.
      await due.fill('2000-01-01')
      await publish(page)
      await page.locator('#editor-check', { hasText: `${file}: nextReviewDue` }).waitFor({ timeout: 20_000 })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(readFileSync(file, 'utf8')).toBe(before)
    } finally {
      writeFileSync(file, before)
      await context.close()
    }
  })

  test("changing an article's description saves the file on disk (nothing else in it changes), and the site shows it", async () => {
    const file = 'content/articles/accessibility.md'
    const before = readFileSync(file, 'utf8')
    const old = frontMatter(file).description!
    const changed = `${old.slice(0, 100)} (edited in the web editor)`
    const { page, context } = await openEditor('/collections/articles/entries/accessibility')
    try {
      const description = page.getByLabel('Description')
      await description.waitFor()
      await expect(description.inputValue()).resolves.toBe(old)
      await description.fill(changed)
      await publish(page)
      await page.locator('#editor-check', { hasText: 'Saved. The content check passed.' }).waitFor({ timeout: 40_000 })
      expect(readFileSync(file, 'utf8')).toBe(before.replace(`description: ${old}`, `description: ${changed}`))
      // next dev, through the same address, shows the new description once the content watcher has run.
      let shown = false
      for (let i = 0; i < 60 && !shown; i++) {
        shown = (await (await fetch(`${baseUrl}/accessibility`)).text()).includes(changed)
        if (!shown) await new Promise((resolve) => setTimeout(resolve, 1000))
      }
      expect(
        shown,
        `The site did not show the new description. The editor's output:\n${output
          .split('\n')
          .filter((line) => !line.includes(' GET '))
          .slice(-60)
          .join('\n')}`,
      ).toBe(true)
    } finally {
      writeFileSync(file, before)
      await context.close()
    }
  })

  test('/admin is the editor server’s own: the site under it has no admin page', async () => {
    mkdirSync('screenshots', { recursive: true })
    const page = await fetch(`${baseUrl}/admin/`)
    expect(await page.text()).toContain('/admin/decap/decap-cms.js')
    const bundle = await fetch(`${baseUrl}/admin/decap/decap-cms.js`)
    expect(bundle.ok).toBe(true)
    // Nothing outside node_modules/decap-cms/dist is served from there.
    expect((await fetch(`${baseUrl}/admin/decap/..%2F..%2F..%2Fpackage.json`)).status).toBe(404)
  })
})

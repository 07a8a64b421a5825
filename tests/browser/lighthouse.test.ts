// Lighthouse on a few kinds of page: accessibility, best practices and SEO must score 100. Those
// categories do not depend on the machine's speed; performance does, so it is printed, not gated
// (npm run bench:lighthouse measures it on every page).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getArticles } from '@/lib/content'
import { articlePath, staticRoutes } from '@/lib/routes'
import {
  launchChromeForLighthouse,
  runLighthouse,
  type LighthouseBrowser,
} from '../../scripts/bench/lib/lighthouse-run'

const baseUrl = inject('baseUrl')
let chrome: LighthouseBrowser

beforeAll(async () => {
  chrome = await launchChromeForLighthouse()
})
afterAll(async () => {
  await chrome?.close()
})

const routes = [staticRoutes.home, articlePath(getArticles()[0]!.slug), staticRoutes.faq, staticRoutes.selfCheck]

describe('Lighthouse (mobile, simulated slow 4G)', () => {
  test.each(routes)(
    '%s scores 100 for accessibility, best practices and SEO',
    async (route) => {
      const { scores, failing, lcpMs, tbtMs, cls } = await runLighthouse(`${baseUrl}${route}`, chrome.port)
      console.log(
        `${route}: performance ${scores.performance} (LCP ${Math.round(lcpMs)} ms, TBT ${Math.round(tbtMs)} ms, CLS ${cls.toFixed(3)})`,
      )
      const gated = failing.filter((audit) => !audit.startsWith('performance:'))
      expect({
        accessibility: scores.accessibility,
        'best-practices': scores['best-practices'],
        seo: scores.seo,
        failing: gated,
      }).toEqual({
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
        failing: [],
      })
    },
    180_000,
  )
})

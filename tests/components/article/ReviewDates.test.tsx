// @vitest-environment jsdom
// The review line under an article's title says only what is true: "reviewed" beside a named reviewer,
// otherwise when the page was last checked against its sources and that no clinician has signed it off.
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReviewDates } from '@/components/article/ReviewDates'
import { PrintFooter } from '@/components/print/PrintFooter'
import { formatCalendarDate } from '@/lib/dates'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { helpWords } from '@/lib/i18n/words/help'
import { serverHtml, testSite } from '@/tests/fixtures/enhance'

const dates = { lastReviewed: '2026-12-01', nextReviewDue: '2027-12-01' } as const
const reviewedBy = { name: 'Dr A. Example', role: 'Dermatologist' }

describe.each(['en', 'hi'] as const)('ReviewDates (%s)', (locale: Locale) => {
  const words = articleWords[locale].review

  it('without a reviewer: last checked against its sources on that date, and no clinician has signed it off', () => {
    const { container } = render(<ReviewDates article={dates} locale={locale} />)
    expect(container).toHaveTextContent(`${words.lastChecked}${formatCalendarDate(dates.lastReviewed, { locale })}`)
    expect(container).toHaveTextContent(words.notSignedOff)
    expect(container).not.toHaveTextContent(words.lastReviewed)
    expect(container).not.toHaveTextContent(words.reviewedBy)
  })

  it('with a named reviewer: reviewed on that date, by whom, and nothing about a missing sign-off', () => {
    const { container } = render(<ReviewDates article={{ ...dates, reviewedBy }} locale={locale} />)
    expect(container).toHaveTextContent(words.lastReviewed)
    expect(container).toHaveTextContent(`${words.reviewedBy}${reviewedBy.name}, ${reviewedBy.role}`)
    expect(container).not.toHaveTextContent(words.lastChecked)
    expect(container).not.toHaveTextContent(words.notSignedOff)
  })
})

describe('PrintFooter', () => {
  const print = helpWords.en.print
  const date = formatCalendarDate(dates.lastReviewed, { locale: 'en' })
  // The footer's QR code is an async server component: rendered as the page renders it.
  const footer = async (clinicallyReviewed: boolean) => {
    document.body.innerHTML = await serverHtml(
      <PrintFooter
        site={testSite}
        path="/aftercare"
        lastReviewed={dates.lastReviewed}
        clinicallyReviewed={clinicallyReviewed}
        locale="en"
      />,
    )
    return document.body
  }

  it('prints the same truth: checked against its sources, not signed off, unless a clinician reviewed it', async () => {
    expect(await footer(false)).toHaveTextContent(fill(print.lastChecked, { date }))
    expect(await footer(true)).toHaveTextContent(fill(print.lastReviewed, { date }))
  })
})

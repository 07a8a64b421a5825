// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AftercarePlanner } from '@/components/planner/AftercarePlanner'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { calendarEventCount, planFor } from '@/lib/aftercare/plan'
import { plannerStorageKey } from '@/lib/aftercare/storage'
import { plannerWords } from '@/lib/i18n/words/planner'
import { context, schedule } from '@/tests/fixtures/aftercare'

const titles = { '/aftercare#washing-your-scalp': 'Washing your scalp' }
const planner = (
  <AftercarePlanner
    schedule={schedule}
    readMoreTitles={titles}
    calendar={context}
    words={plannerWords.en}
    locale="en"
    digits="latin"
  />
)
const missingDateMessage = plannerWords.en.missingDate

/** The list item of the entry with this title. */
const entry = (title: string) =>
  screen.getByRole('heading', { level: 3, name: new RegExp(`${title.replace(/[()]/g, '\\$&')}$`) }).closest('li')!

beforeEach(() => {
  localStorage.clear()
  // Only Date is faked: "today" is Thursday 4 December 2025 on this device, mid-morning.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 11, 4, 10, 30))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('AftercarePlanner: the server HTML (and no JavaScript)', () => {
  it('shows the schedule in days from the session, for every session, with no dates and no controls', () => {
    const html = renderToString(planner)
    const container = document.createElement('div')
    container.innerHTML = html
    const text = container.textContent ?? ''
    expect(text).toContain('Day 0 is the day of your session.')
    expect(text).toContain('Turn on JavaScript to see the plan with your own dates')
    for (const days of [
      '3 days before to day 0',
      'In the days before',
      'Day 0',
      'Days 0 to 10',
      'Day 5',
      'Days 28 to 42',
    ])
      expect(text).toContain(days)
    expect(text).toContain('Only after your first or second session')
    expect(text).toContain('Only after your third or touch-up session')
    expect(text).toContain('Swimming, saunas and steam rooms: from day 11')
    // Ongoing care reads as ongoing without JavaScript too, and names no last day.
    const scratching = [...container.querySelectorAll('li')].find((li) => li.textContent?.includes('Scratching'))!
    expect(scratching.getAttribute('data-status')).toBe('ongoing')
    expect(scratching.textContent).toContain('From day 0')
    expect(scratching.textContent).toContain('Ongoing')
    expect(scratching.textContent).toContain(plannerWords.en.ongoingText)
    expect(text).not.toMatch(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/)
    expect(container.querySelector('input, button')).toBeNull()
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Before your session',
      'On the day',
      'After your session',
      'When things are usually OK again',
    ])
  })
})

describe('AftercarePlanner: in the browser', () => {
  it('starts from today as a first session, and says so', async () => {
    render(planner)
    const input = await screen.findByLabelText('Date of your session')
    expect(input).toHaveValue('2025-12-04')
    expect(screen.getByRole('radio', { name: 'First session' })).toBeChecked()
    expect(screen.getByText('Your plan for your first session on Thursday 4 December 2025')).toBeInTheDocument()
    expect(screen.getByText('Today is your session day.')).toBeInTheDocument()
    expect(within(entry('Your session')).getByText('Today')).toBeInTheDocument()
  })

  it('dates the plan from the chosen date, marks past items done and highlights today', async () => {
    render(planner)
    fireEvent.change(await screen.findByLabelText('Date of your session'), { target: { value: '2025-12-01' } })
    expect(screen.getByText('Your plan for your first session on Monday 1 December 2025')).toBeInTheDocument()
    expect(screen.getByText('Today is day 3 after your session.')).toBeInTheDocument()
    expect(entry('First gentle wash')).toHaveTextContent('Sat 6 Dec')
    expect(entry('First gentle wash')).toHaveTextContent('Day 5')
    expect(entry('First gentle wash')).toHaveAttribute('data-status', 'upcoming')
    expect(entry('Your session')).toHaveAttribute('data-status', 'done')
    expect(within(entry('Your session')).getByText('Done')).toBeInTheDocument()
    expect(entry('Getting your scalp wet')).toHaveAttribute('data-status', 'today')
    expect(entry('Getting your scalp wet')).toHaveTextContent('Mon 1 Dec to Fri 5 Dec')
    expect(entry('Alcohol and caffeine')).toHaveTextContent('Fri 28 Nov to Mon 1 Dec')
    // No number of days before: a span up to its last day, not one day.
    expect(entry('Keep your scalp healthy')).toHaveTextContent(/^In the days before, up to Sun 30 Nov/)
    expect(entry('Keep your scalp healthy')).toHaveAttribute('data-status', 'done')
    expect(entry('The dots settle')).toHaveTextContent('Mon 29 Dec to Mon 12 Jan 2026')
    const allowed = screen.getByRole('region', { name: 'When things are usually OK again' })
    expect(allowed).toHaveTextContent('Gentle washing: from Sat 6 Dec')
    expect(allowed).toHaveTextContent('Swimming, saunas and steam rooms: from Fri 12 Dec')
  })

  it('on day 10 after a session, shows ongoing care as ongoing, never done, while day-counted items are done', async () => {
    render(planner)
    // Today is Thu 4 December: a session on Mon 24 November was 10 days ago.
    fireEvent.change(await screen.findByLabelText('Date of your session'), { target: { value: '2025-11-24' } })
    expect(screen.getByText('Today is day 10 after your session.')).toBeInTheDocument()
    const scratching = entry('Scratching and picking')
    expect(scratching).toHaveAttribute('data-status', 'ongoing')
    expect(scratching).toHaveTextContent('From Mon 24 Nov')
    expect(within(scratching).getByText('Ongoing')).toBeInTheDocument()
    expect(within(scratching).queryByText('Done')).toBeNull()
    expect(scratching).toHaveTextContent(plannerWords.en.ongoingText)
    expect(entry('Getting your scalp wet')).toHaveAttribute('data-status', 'done')
    expect(entry('Swimming, saunas and steam rooms')).toHaveAttribute('data-status', 'today')
    expect(entry('Keep your scalp healthy')).toHaveAttribute('data-status', 'done')
  })

  it('names each "read more" link by the section it opens', async () => {
    render(planner)
    await screen.findByLabelText('Date of your session')
    const link = within(entry('First gentle wash')).getByRole('link')
    expect(link).toHaveAccessibleName('Read more: Washing your scalp')
    expect(link).toHaveAttribute('href', '/aftercare#washing-your-scalp')
  })

  it('changes the plan with the session: the next session after a first, a final look after a touch-up', async () => {
    const user = userEvent.setup()
    render(planner)
    await screen.findByLabelText('Date of your session')
    expect(entry('Your second session')).toHaveTextContent('Thu 1 Jan 2026')
    await user.click(screen.getByRole('radio', { name: 'Touch-up session' }))
    expect(screen.queryByRole('heading', { name: /Your second session/ })).toBeNull()
    expect(screen.queryByRole('heading', { name: /The dots settle/ })).toBeNull()
    expect(entry('Your final look settles')).toBeInTheDocument()
    expect(screen.getByText('Your plan for your touch-up session on Thursday 4 December 2025')).toBeInTheDocument()
  })

  it('remembers the choice on this device and restores it', async () => {
    const user = userEvent.setup()
    const { unmount } = render(planner)
    fireEvent.change(await screen.findByLabelText('Date of your session'), { target: { value: '2025-11-20' } })
    await user.click(screen.getByRole('radio', { name: 'Second session' }))
    expect(JSON.parse(localStorage.getItem(plannerStorageKey)!)).toEqual({ sessionDate: '2025-11-20', session: '2' })
    unmount()
    render(planner)
    expect(await screen.findByLabelText('Date of your session')).toHaveValue('2025-11-20')
    expect(screen.getByRole('radio', { name: 'Second session' })).toBeChecked()
  })

  it.each([
    ['an impossible date', '{"sessionDate":"2025-02-30","session":"1"}'],
    ['broken JSON', '{"sessionDate":'],
    ['an unknown session', '{"sessionDate":"2025-11-20","session":"5"}'],
  ])('ignores %s saved earlier and starts from today', async (_, raw) => {
    localStorage.setItem(plannerStorageKey, raw)
    render(planner)
    expect(await screen.findByLabelText('Date of your session')).toHaveValue('2025-12-04')
  })

  it('asks for a full date when the field is left incomplete, and keeps the last plan meanwhile', async () => {
    render(planner)
    const input = await screen.findByLabelText('Date of your session')
    fireEvent.change(input, { target: { value: '2025-12-01' } })
    fireEvent.change(input, { target: { value: '' } })
    fireEvent.blur(input)
    expect(screen.getByText(missingDateMessage)).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(expect.stringContaining(missingDateMessage))
    expect(screen.getByText('Your plan for your first session on Monday 1 December 2025')).toBeInTheDocument()
    fireEvent.change(input, { target: { value: '2025-12-02' } })
    expect(screen.queryByText(missingDateMessage)).toBeNull()
  })

  it('forgets the saved date when asked', async () => {
    const user = userEvent.setup()
    render(planner)
    fireEvent.change(await screen.findByLabelText('Date of your session'), { target: { value: '2025-11-20' } })
    expect(localStorage.getItem(plannerStorageKey)).not.toBeNull()
    await user.click(screen.getByRole('button', { name: 'Forget my date' }))
    expect(localStorage.getItem(plannerStorageKey)).toBeNull()
    expect(screen.getByLabelText('Date of your session')).toHaveValue('2025-12-04')
    expect(screen.getByText('Your date is no longer saved on this device.')).toBeInTheDocument()
  })

  it('downloads the plan as smp-aftercare-plan.ics, made only when asked', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:plan'
    })
    URL.revokeObjectURL = vi.fn()
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    render(planner)
    fireEvent.change(await screen.findByLabelText('Date of your session'), { target: { value: '2025-12-01' } })
    expect(blobs).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Add to calendar' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]?.download).toBe('smp-aftercare-plan.ics')
    expect(clicked[0]?.getAttribute('href')).toBe('blob:plan')
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8')
    const text = await blobs[0]!.text()
    expect(text).toMatch(/^BEGIN:VCALENDAR/)
    expect(text).toContain('DTSTART;VALUE=DATE:20251201')
    expect(text).toContain('SUMMARY:SMP aftercare: Your second session')
    expect(text).toContain('SUMMARY:SMP aftercare: Scratching and picking (ongoing)')
    expect(
      await screen.findByText(
        `Downloaded smp-aftercare-plan.ics. Open it to add the ${calendarEventCount(planFor(schedule, '1'))} dates to your calendar.`,
      ),
    ).toBeInTheDocument()
  })

  it("prints with the browser's print dialog", async () => {
    const user = userEvent.setup()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(planner)
    await user.click(await screen.findByRole('button', { name: 'Print this plan' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('moves "today" on when the page is shown again on a later day', async () => {
    render(planner)
    await screen.findByLabelText('Date of your session')
    expect(screen.getByText('Today is your session day.')).toBeInTheDocument()
    vi.setSystemTime(new Date(2025, 11, 5, 8, 0))
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    expect(screen.getByText('Today is day 1, the day after your session.')).toBeInTheDocument()
  })
})

describe('PlannerCallout', () => {
  it('links to the planner', () => {
    render(<PlannerCallout locale="en" />)
    expect(screen.getByRole('complementary', { name: 'Your aftercare, day by day' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open the aftercare planner' })).toHaveAttribute(
      'href',
      '/aftercare/planner',
    )
  })

  it('links to the Hindi planner in Hindi', () => {
    render(<PlannerCallout locale="hi" />)
    expect(screen.getByRole('complementary', { name: 'आपकी आफ़्टरकेयर, दिन-ब-दिन' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'आफ़्टरकेयर प्लानर खोलें' })).toHaveAttribute('href', '/hi/aftercare/planner')
  })
})

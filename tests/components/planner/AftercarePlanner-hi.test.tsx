// @vitest-environment jsdom
// The planner in Hindi: the same island with the Hindi words, a Hindi schedule (a small fixture, so the test
// does not wait on content/hi/), Hindi dates and the clinic's choice of digits.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InfectionWarning } from '@/components/help/InfectionWarning'
import { AftercarePlanner } from '@/components/planner/AftercarePlanner'
import { scheduleForPage, titlesForPage } from '@/lib/aftercare/page-schedule'
import { calendarEventCount, planFor } from '@/lib/aftercare/plan'
import type { Digits } from '@/lib/i18n/digits'
import { plannerWords } from '@/lib/i18n/words/planner'
import type { Region } from '@/lib/site/regions'
import { hindiContext, hindiSchedule } from '@/tests/unit/aftercare/languages'

const words = plannerWords.hi
const region: Region = {
  countryName: 'भारत',
  locale: 'en-IN',
  emergencyNumber: '112',
  familyDoctor: 'डॉक्टर',
  practitionerRegistration: 'भारत में टैटू के लिए कोई राष्ट्रीय क़ानून नहीं है।',
  complaints: 'आप अपने राज्य के स्वास्थ्य विभाग से शिकायत कर सकते हैं।',
  dataProtection: { rights: 'You can ask for a copy of what we hold about you.', regulator: 'the regulator' },
}
const titles = { '/aftercare#washing-your-scalp': 'स्कैल्प धोना' }
// As the page passes them (components/planner/PlannerPage.tsx).
const planner = (digits: Digits = 'latin') => (
  <AftercarePlanner
    schedule={scheduleForPage(hindiSchedule, 'hi', digits)}
    readMoreTitles={titlesForPage(titles, 'hi', digits)}
    calendar={hindiContext}
    stageNotes={{ after: <InfectionWarning region={region} locale="hi" /> }}
    words={words}
    locale="hi"
    digits={digits}
  />
)
const entry = (title: string) => screen.getByRole('heading', { level: 3, name: new RegExp(`${title}$`) }).closest('li')!

/** Every run of Latin letters in the text: English words left over. */
const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? []

beforeEach(() => {
  localStorage.clear()
  // "Today" is Thursday 4 December 2025 on this device.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 11, 4, 10, 30))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the Hindi planner: the server HTML (and no JavaScript)', () => {
  it('shows the schedule in Hindi, in days counted from the session', () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(planner())
    const text = container.textContent ?? ''
    expect(text).toContain('दिन 0 आपके सेशन का दिन है।')
    for (const days of [
      '3 दिन पहले से दिन 0 तक',
      'पहले के दिनों में',
      'दिन 0 से 10 तक',
      'दिन 5',
      'दिन 0 से',
      plannerWords.hi.ongoingText,
    ])
      expect(text).toContain(days)
    expect(text).toContain('सिर्फ़ आपके पहले या दूसरे सेशन के बाद')
    expect(text).toContain('तैराकी, सॉना और स्टीम रूम: दिन 11 से')
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'सेशन से पहले',
      'सेशन वाले दिन',
      'सेशन के बाद',
      'आमतौर पर कब से फिर कर सकते हैं',
    ])
    // The only Latin letters: "JavaScript" in the no-script hint, as content/hi/ writes it.
    expect(latinWords(text)).toEqual(['JavaScript'])
  })

  it('writes its numbers in Devanagari digits when the clinic chooses them', () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(planner('devanagari'))
    const text = container.textContent ?? ''
    expect(text).toContain('दिन ० आपके सेशन का दिन है।')
    expect(text).toContain('३ दिन पहले से दिन ० तक')
    expect(text).toContain('तैराकी, सॉना और स्टीम रूम: दिन ११ से')
  })
})

describe('the Hindi planner: in the browser', () => {
  it('labels the form in Hindi and starts from today', async () => {
    render(planner())
    const input = await screen.findByLabelText('आपके सेशन की तारीख़')
    expect(input).toHaveValue('2025-12-04')
    expect(input).toHaveAccessibleDescription('वह दिन जब आपका यह सेशन हुआ, या होगा।')
    expect(screen.getByRole('form', { name: 'आपका सेशन' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'यह कौन-सा सेशन है?' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'पहला सेशन' })).toBeChecked()
    for (const name of ['दूसरा सेशन', 'तीसरा सेशन', 'टच-अप सेशन'])
      expect(screen.getByRole('radio', { name })).not.toBeChecked()
    expect(screen.getByText('गुरुवार, 4 दिसंबर 2025 को आपके पहले सेशन के लिए आपका प्लान')).toBeInTheDocument()
    expect(screen.getByText('आज आपके सेशन का दिन है।')).toBeInTheDocument()
    expect(within(entry('आपका सेशन')).getByText('आज')).toBeInTheDocument()
  })

  it('dates the plan the Hindi way, with no English words left', async () => {
    const { container } = render(planner())
    fireEvent.change(await screen.findByLabelText('आपके सेशन की तारीख़'), { target: { value: '2025-12-01' } })
    expect(screen.getByText('सोमवार, 1 दिसंबर 2025 को आपके पहले सेशन के लिए आपका प्लान')).toBeInTheDocument()
    expect(screen.getByText('आज आपके सेशन के बाद दिन 3 है।')).toBeInTheDocument()
    expect(entry('पहली बार धीरे से धोना')).toHaveTextContent('शनि, 6 दिसंबर')
    expect(entry('पहली बार धीरे से धोना')).toHaveTextContent('दिन 5')
    expect(entry('स्कैल्प को गीला करना')).toHaveTextContent('सोम, 1 दिसंबर से शुक्र, 5 दिसंबर तक')
    expect(entry('स्कैल्प को गीला करना')).toHaveAttribute('data-status', 'today')
    expect(within(entry('आपका सेशन')).getByText('हो गया')).toBeInTheDocument()
    expect(entry('बिंदु स्थिर होते हैं')).toHaveTextContent('सोम, 29 दिसंबर से सोम, 12 जनवरी 2026 तक')
    const allowed = screen.getByRole('region', { name: 'आमतौर पर कब से फिर कर सकते हैं' })
    expect(allowed).toHaveTextContent('धीरे से धोना: शनि, 6 दिसंबर से')
    expect(allowed).toHaveTextContent('तैराकी, सॉना और स्टीम रूम: शुक्र, 12 दिसंबर से')
    expect(screen.getByRole('button', { name: 'कैलेंडर में जोड़ें' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'यह प्लान प्रिंट करें' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'मेरी तारीख़ हटाएं' })).toBeInTheDocument()
    // The signs of infection, in Hindi, beside the days after the session.
    expect(screen.getByRole('complementary', { name: 'स्कैल्प ठीक होते समय: इन्फ़ेक्शन के लक्षण' })).toHaveTextContent(
      'उसी दिन अपने डॉक्टर से संपर्क करें।',
    )
    expect(latinWords(container.textContent ?? '')).toEqual([])
    const labelled = [...container.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '')
    expect(labelled.flatMap(latinWords)).toEqual([])
  })

  it('writes the dated plan in Devanagari digits when the clinic chooses them', async () => {
    render(planner('devanagari'))
    fireEvent.change(await screen.findByLabelText('आपके सेशन की तारीख़'), { target: { value: '2025-12-01' } })
    expect(screen.getByText('सोमवार, १ दिसंबर २०२५ को आपके पहले सेशन के लिए आपका प्लान')).toBeInTheDocument()
    expect(screen.getByText('आज आपके सेशन के बाद दिन ३ है।')).toBeInTheDocument()
    expect(entry('पहली बार धीरे से धोना')).toHaveTextContent('शनि, ६ दिसंबर')
    expect(entry('पहली बार धीरे से धोना')).toHaveTextContent('दिन ५')
    // The date field keeps the form's own value: browsers read and write it in ISO digits.
    expect(screen.getByLabelText('आपके सेशन की तारीख़')).toHaveValue('2025-12-01')
  })

  it('links "read more" to the Hindi page, named by the Hindi heading', async () => {
    render(planner())
    await screen.findByLabelText('आपके सेशन की तारीख़')
    const link = within(entry('पहली बार धीरे से धोना')).getByRole('link')
    expect(link).toHaveAccessibleName('और पढ़ें: स्कैल्प धोना')
    expect(link).toHaveAttribute('href', '/hi/aftercare#washing-your-scalp')
    for (const other of screen.getAllByRole('link')) expect(other.getAttribute('href')).toMatch(/^(\/hi\/|tel:)/)
  })

  it('asks for a full date in Hindi, and says in Hindi when the date is forgotten', async () => {
    const user = userEvent.setup()
    render(planner())
    const input = await screen.findByLabelText('आपके सेशन की तारीख़')
    fireEvent.change(input, { target: { value: '' } })
    fireEvent.blur(input)
    expect(input).toHaveAccessibleDescription(expect.stringContaining(words.missingDate))
    expect(screen.getByText('ग़लती:')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'मेरी तारीख़ हटाएं' }))
    expect(screen.getByText('आपकी तारीख़ अब इस डिवाइस पर सेव नहीं है।')).toBeInTheDocument()
  })

  it('shares the saved date with the English planner: one store, the same date and session', async () => {
    localStorage.setItem('smp-aftercare-planner:v1', '{"sessionDate":"2025-11-20","session":"touch-up"}')
    render(planner())
    expect(await screen.findByLabelText('आपके सेशन की तारीख़')).toHaveValue('2025-11-20')
    expect(screen.getByRole('radio', { name: 'टच-अप सेशन' })).toBeChecked()
  })

  it('downloads a Hindi calendar file, and says so in Hindi', async () => {
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
    render(planner())
    fireEvent.change(await screen.findByLabelText('आपके सेशन की तारीख़'), { target: { value: '2025-12-01' } })
    const count = calendarEventCount(planFor(hindiSchedule, '1'))
    expect(screen.getByText(new RegExp(`पूरे दिन के ${count} रिमाइंडर`))).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'कैलेंडर में जोड़ें' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]?.download).toBe('smp-aftercare-plan-hindi.ics')
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()))
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary)
    expect(summaries).toContain('SMP आफ़्टरकेयर: आपका दूसरा सेशन')
    expect(
      await screen.findByText(
        `smp-aftercare-plan-hindi.ics डाउनलोड हो गई। ${count} तारीख़ें अपने कैलेंडर में जोड़ने के लिए इसे खोलें।`,
      ),
    ).toBeInTheDocument()
  })
})

describe('InfectionWarning in Hindi', () => {
  it('links to the Hindi page and keeps the emergency number as a link that dials it', () => {
    render(
      <InfectionWarning
        region={{ ...region, urgentAdvice: { name: 'NHS 111', number: '111', purpose: 'x'.repeat(10) } }}
        locale="hi"
      />,
    )
    const warning = screen.getByRole('complementary', { name: 'स्कैल्प ठीक होते समय: इन्फ़ेक्शन के लक्षण' })
    expect(warning).toHaveTextContent('आप NHS 111 को 111 पर कॉल भी कर सकते हैं।')
    expect(warning).toHaveTextContent('साँस लेने में तकलीफ़ हो, तो 112 पर कॉल करें।')
    expect(within(warning).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112')
    expect(within(warning).getByRole('link', { name: 'और पढ़ें: इन्फ़ेक्शन के लक्षण' })).toHaveAttribute(
      'href',
      '/hi/if-something-goes-wrong#signs-of-infection',
    )
  })
})

// @vitest-environment jsdom
// The island in Hindi, with the words app/hi/self-check/page.tsx passes it: a question step's heading,
// hint, labels, progress (in the clinic's digits), error and links; the check-your-answers page; the notice
// after unusable saved progress; and the tab title. The flow itself is the English one (SelfCheck.test.tsx).
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { optionLabel, type QuestionId } from '@/lib/candidacy'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import type { Digits } from '@/lib/i18n/digits'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { storageKey } from '@/lib/self-check/storage'

const contact = { name: 'क्लिनिक', phone: '+91 98765 43210', email: 'a@b.example' }

function renderHindi(digits: Digits = 'latin') {
  const language = selfCheckLanguage('hi', digits)
  render(<SelfCheck checklist={<p>checklist</p>} contact={contact} clinicName="क्लिनिक" language={language} />)
  return language
}

const h1 = () => screen.getByRole('heading', { level: 1 })

beforeEach(() => sessionStorage.clear())
afterEach(cleanup)

describe('the self-check in Hindi', () => {
  it('starts in Hindi', () => {
    const { words } = renderHindi()
    expect(h1()).toHaveTextContent(words.start.heading)
    expect(screen.getByRole('link', { name: /^अभी शुरू करें/ })).toHaveAttribute('href', '#all-questions')
    expect(screen.getByText(/ज़्यादा से ज़्यादा 13 छोटे सवालों/)).toBeInTheDocument()
  })

  it('shows a question step in Hindi: heading, hint, labels, progress, links and the error', async () => {
    const user = userEvent.setup()
    const { words, texts } = renderHindi()
    await user.click(screen.getByRole('link', { name: /^अभी शुरू करें/ }))
    const age = texts.questions.age
    expect(h1()).toHaveTextContent(age.text)
    expect(h1().closest('legend')).toHaveTextContent('10 में से सवाल 1')
    expect(screen.getByText(age.hint)).toBeInTheDocument()
    expect(screen.getByLabelText('18 साल से कम')).toHaveAttribute('type', 'radio')
    expect(screen.getByLabelText('18 साल या उससे ज़्यादा')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /पीछे/ })).toHaveAttribute('href', '/hi/self-check')
    expect(screen.getByRole('link', { name: words.question.readMore })).toHaveAttribute(
      'href',
      '/hi/contraindications#under-18s',
    )
    expect(document.title).toBe(`${age.text} – सेल्फ़-चेक | क्लिनिक`)

    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(words.errorSummaryTitle)
    expect(within(alert).getByRole('link', { name: 'एक जवाब चुनें' })).toHaveAttribute('href', '#age-under-18')
    expect(screen.getByRole('group')).toHaveAccessibleDescription(new RegExp(`^${age.hint} ग़लती: ?एक जवाब चुनें$`))

    await user.click(screen.getByLabelText('18 साल या उससे ज़्यादा'))
    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    expect(h1()).toHaveTextContent(texts.questions.concerns.text)
    expect(screen.getByText('10 में से सवाल 2')).toBeInTheDocument()
    expect(screen.getByText('या')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(words.question.errorMultiple)
  })

  it('writes the progress in Devanagari digits when the clinic chooses them', async () => {
    const user = userEvent.setup()
    renderHindi('devanagari')
    expect(screen.getByText(/ज़्यादा से ज़्यादा १३ छोटे सवालों/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: /^अभी शुरू करें/ }))
    expect(h1().closest('legend')).toHaveTextContent('१० में से सवाल १')
    expect(screen.getByLabelText('१८ साल से कम')).toBeInTheDocument()
  })

  it('shows check-your-answers in Hindi, with Hindi answers and Change buttons', async () => {
    const answers = {
      age: '18-or-over',
      concerns: ['scars', 'birthmarks'],
      scalpCondition: 'none',
      skinCancerHistory: 'no',
      keloidProne: 'unsure',
      bleedingRisk: 'no',
      pigmentAllergy: 'no',
      immune: 'no',
      pregnancy: 'no',
      healingCondition: 'no',
    }
    sessionStorage.setItem(storageKey, JSON.stringify({ step: { kind: 'check' }, answers, returnToCheck: false }))
    const { texts, words } = renderHindi()
    expect(h1()).toHaveTextContent('अपने जवाब जाँचें')
    const label = (id: QuestionId, value: string) => optionLabel(texts.questions, id, value)
    const concerns = screen.getByText(texts.questions.concerns.text).closest('div')!
    expect(
      within(concerns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([label('concerns', 'scars'), label('concerns', 'birthmarks')])
    expect(screen.getByText(texts.questions.keloidProne.text).closest('div')).toHaveTextContent('मुझे पक्का नहीं पता')
    expect(screen.getAllByRole('button', { name: /^बदलें/ })).toHaveLength(10)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'अपना नतीजा देखें' }))
    expect(h1()).toHaveTextContent('बुक करने से पहले इन बातों पर प्रैक्टिशनर से बात करें')
    // A practitioner's result may invite booking; the words say so in Hindi.
    expect(screen.getByText(words.result.next.practitioner.replace('{clinic}', 'क्लिनिक'))).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: texts.rules.keloid.title })).toBeInTheDocument()
  })

  it('asks the new question in Hindi, with its options, when a hair-loss concern is chosen', async () => {
    const user = userEvent.setup()
    const { texts } = renderHindi()
    await user.click(screen.getByRole('link', { name: /^अभी शुरू करें/ }))
    await user.click(screen.getByLabelText('18 साल या उससे ज़्यादा'))
    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    await user.click(screen.getByLabelText(texts.questions.concerns.options['diffuse-thinning']))
    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    await user.click(screen.getByLabelText(texts.questions.hairLossSigns.options.none))
    await user.click(screen.getByRole('button', { name: 'आगे बढ़ें' }))
    expect(h1()).toHaveTextContent('क्या किसी डॉक्टर ने आपको बताया है कि आपके बाल क्यों बदल रहे हैं?')
    expect(h1().closest('legend')).toHaveTextContent('12 में से सवाल 4')
    expect(screen.getByText(texts.questions.causeKnown.hint)).toBeInTheDocument()
    for (const label of ['हाँ', 'नहीं', 'मुझे पक्का नहीं पता']) expect(screen.getByLabelText(label)).toBeInTheDocument()
  })

  it('a doctor-first result in Hindi says who to talk to and has no booking link', async () => {
    const answers = {
      age: '18-or-over',
      concerns: ['alopecia'],
      hairLossSigns: ['none'],
      causeKnown: 'yes',
      shavedLookOk: 'yes',
      scalpCondition: 'none',
      skinCancerHistory: 'no',
      keloidProne: 'no',
      bleedingRisk: 'no',
      pigmentAllergy: 'no',
      immune: 'no',
      pregnancy: 'no',
      healingCondition: 'no',
    }
    sessionStorage.setItem(storageKey, JSON.stringify({ step: { kind: 'result' }, answers, returnToCheck: false }))
    const { words, texts } = renderHindi()
    expect(h1()).toHaveTextContent(words.results.doctor.heading)
    expect(screen.getByRole('heading', { name: texts.rules['alopecia-areata'].title })).toBeInTheDocument()
    expect(screen.getByText(words.result.next.doctor.replace('{clinic}', 'क्लिनिक'))).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: words.result.book })).toBeNull()
    expect(screen.getByRole('region', { name: words.result.firstSteps.doctor.heading })).toBeInTheDocument()
    expect(screen.queryByText(words.result.firstSteps.practitioner.heading)).toBeNull()
  })

  it('says in Hindi when saved progress could not be used', () => {
    sessionStorage.setItem(storageKey, 'not json')
    const { words } = renderHindi()
    expect(screen.getByRole('status')).toHaveTextContent(words.notices.stale)
  })
})

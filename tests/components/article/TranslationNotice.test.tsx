// @vitest-environment jsdom
// The notice near the top of every page in a translated language: each state says what is true, in Hindi, and
// links to the English page marked as English.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TranslationNotice } from '@/components/article/TranslationNotice'
import type { NoticeStatus } from '@/lib/i18n/words/status'
import { siteWordsNotice, siteWordsTranslation } from '@/lib/i18n/words/status'
import { translationWords } from '@/lib/i18n/words/translation'

const words = translationWords.hi
const reviewer = { name: 'डॉ. आशा वर्मा', role: 'त्वचा रोग विशेषज्ञ' }

function notice(status: NoticeStatus) {
  render(<TranslationNotice locale="hi" status={status} englishHref="/aftercare" />)
  return screen.getByRole('note')
}

function expectEnglishLink(note: HTMLElement) {
  const link = within(note).getByRole('link')
  expect(link).toHaveAttribute('href', '/aftercare')
  expect(link).toHaveAttribute('hreflang', 'en')
  expect(link).toHaveAttribute('lang', 'en')
  expect(link).toHaveTextContent(`${words.readEnglish} ${words.readEnglishInEnglish}`)
  // Its Hindi words are marked Hindi inside the English link.
  expect(within(link).getByText(words.readEnglish)).toHaveAttribute('lang', 'hi')
}

describe('TranslationNotice', () => {
  it('machine translation nobody has checked: says so plainly, and links to the English page', () => {
    const note = notice({ kind: 'translated', method: 'machine', englishIsNewer: false })
    expect(note).toHaveTextContent(words.byMachine)
    expect(note).toHaveTextContent(words.notChecked)
    expect(note).not.toHaveTextContent(words.englishIsNewer)
    // When in doubt, the English page or the reader's doctor: "अंग्रेज़ी पेज या अपने डॉक्टर".
    expect(note).toHaveTextContent(words.ifInDoubt)
    expect(words.ifInDoubt).toMatch(/अंग्रेज़ी पेज या अपने डॉक्टर/)
    expectEnglishLink(note)
  })

  it('professional translation nobody has checked: names how it was made, still unchecked', () => {
    const note = notice({ kind: 'translated', method: 'professional' })
    expect(note).toHaveTextContent(words.byTranslator)
    expect(note).not.toHaveTextContent(words.byMachine)
    expect(note).toHaveTextContent(words.notChecked)
  })

  it('checked by a clinician: names who checked it, and no longer says nobody has', () => {
    const note = notice({ kind: 'translated', method: 'machine', reviewedBy: reviewer })
    expect(note).toHaveTextContent(`${reviewer.name} (${reviewer.role})`)
    expect(note).not.toHaveTextContent(words.notChecked)
    expectEnglishLink(note)
  })

  it('English page newer than the translation: says so', () => {
    const note = notice({ kind: 'translated', method: 'machine', englishIsNewer: true })
    expect(note).toHaveTextContent(words.englishIsNewer)
    expect(note).toHaveTextContent(words.notChecked)
  })

  it('not translated: says the page shows in English', () => {
    const note = notice({ kind: 'missing' })
    expect(note).toHaveTextContent(words.missing)
    expect(note).not.toHaveTextContent(words.byMachine)
    expectEnglishLink(note)
  })

  it('some FAQ answers still in English: adds that', () => {
    expect(notice({ kind: 'translated', method: 'machine', partlyMissing: true })).toHaveTextContent(
      words.partlyMissing,
    )
  })

  it('the site’s own words are machine-translated and unchecked: no reviewer is invented', () => {
    expect(siteWordsTranslation.hi).toEqual({ method: 'machine' })
    const note = notice(siteWordsNotice('hi'))
    expect(note).toHaveTextContent(words.byMachine)
    expect(note).toHaveTextContent(words.notChecked)
  })
})

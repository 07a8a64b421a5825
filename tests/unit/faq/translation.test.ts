import { describe, expect, it } from 'vitest'
import type { TranslationStatus } from '@/lib/content/model'
import { faqsNotice } from '@/lib/faq/translation'

const machine: TranslationStatus = {
  kind: 'translated',
  method: 'machine',
  madeFrom: '2026-12-01',
  englishIsNewer: false,
}
const professional: TranslationStatus = { ...machine, method: 'professional' }
const checked: TranslationStatus = { ...machine, reviewedBy: { name: 'A. Doctor', role: 'Dermatologist' } }
const missing: TranslationStatus = { kind: 'missing' }
const of = (...statuses: (TranslationStatus | undefined)[]) => statuses.map((translation) => ({ translation }))

describe('faqsNotice: the FAQ page’s one notice', () => {
  it('none on the English page', () => {
    expect(faqsNotice(of(undefined, undefined))).toBeUndefined()
  })

  it('none when every answer is translated, checked and current', () => {
    expect(faqsNotice(of(checked, checked))).toBeUndefined()
  })

  it('unchecked when any answer is, machine unless all are professional', () => {
    expect(faqsNotice(of(checked, machine))).toEqual({
      kind: 'translated',
      method: 'machine',
      englishIsNewer: false,
      partlyMissing: false,
    })
    expect(faqsNotice(of(professional, professional))).toMatchObject({ method: 'professional' })
    expect(faqsNotice(of(professional, machine))).toMatchObject({ method: 'machine' })
  })

  it('says when some answers are still English, or the English moved on', () => {
    expect(faqsNotice(of(machine, missing))).toMatchObject({ partlyMissing: true })
    expect(faqsNotice(of(machine, { ...machine, englishIsNewer: true }))).toMatchObject({ englishIsNewer: true })
  })

  it('names the reviewer when all are checked but the English is newer', () => {
    expect(faqsNotice(of(checked, { ...checked, englishIsNewer: true }))).toMatchObject({
      reviewedBy: { name: 'A. Doctor', role: 'Dermatologist' },
      englishIsNewer: true,
    })
  })

  it('not translated when no answer is', () => {
    expect(faqsNotice(of(missing, missing))).toEqual({ kind: 'missing' })
  })
})

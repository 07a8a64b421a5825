// Every language has words for every question, option and rule (the types make a missing or extra one a
// compile error naming its id; these checks make sure none is left empty or still in English), and the
// island never downloads a language's words: the words modules are server-only.
import { fileURLToPath } from 'node:url'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { questions, rules, type QuestionId, type RuleId } from '@/lib/candidacy'
import type { QuestionTexts, RuleTexts } from '@/lib/candidacy/texts'
import { questionTexts } from '@/lib/i18n/words/self-check-questions'
import { ruleTexts } from '@/lib/i18n/words/self-check-rules'
import { selfCheckWords, type SelfCheckWords } from '@/lib/i18n/words/self-check'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { browserEntryFolders, browserModules } from '@/scripts/lint/browser-modules.mjs'

/** Every string of the self-check in one language, each with where it is. */
function strings(locale: 'en' | 'hi'): { where: string; text: string }[] {
  const q = questionTexts[locale]
  const r = ruleTexts[locale]
  const flat = (value: unknown, where: string): { where: string; text: string }[] =>
    typeof value === 'string'
      ? [{ where, text: value }]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => flat(item, `${where}.${key}`))
  return [
    ...questions.flatMap((question) => [
      { where: `${question.id} text`, text: q[question.id].text },
      { where: `${question.id} hint`, text: q[question.id].hint },
      ...question.options.map((o) => ({
        where: `${question.id} option ${o.value}`,
        text: (q[question.id].options as Record<string, string>)[o.value]!,
      })),
    ]),
    ...rules.flatMap((rule) => [
      { where: `rule ${rule.id} title`, text: r[rule.id].title },
      { where: `rule ${rule.id} explanation`, text: r[rule.id].explanation },
    ]),
    ...flat(selfCheckWords[locale], 'words'),
  ]
}

const english = strings('en')
const hindi = strings('hi')
// Words that are the same in both languages on purpose: templates with no words, and punctuation.
const sameOnPurpose = new Set(['“{label}”', ', ', '- {title} ({advice})', '{question} {answers}'])
const devanagari = /[\u0900-\u097F]/

describe('the Hindi texts', () => {
  it('have every question, option, rule and word the English has, in the same order', () => {
    expect(hindi.map((s) => s.where)).toEqual(english.map((s) => s.where))
    expect(Object.keys(questionTexts.hi)).toEqual(questions.map((q) => q.id))
    expect(Object.keys(ruleTexts.hi)).toEqual(rules.map((r) => r.id))
    for (const q of questions)
      expect(Object.keys(questionTexts.hi[q.id].options)).toEqual(q.options.map((o) => o.value))
  })

  it.each(hindi.map((s, i) => [s.where, s.text, english[i]!.text] as const))(
    '%s: not empty, not the English',
    (_, text, en) => {
      expect(text.trim()).not.toBe('')
      if (sameOnPurpose.has(text)) return
      expect(text).not.toBe(en)
      expect(text).toMatch(devanagari)
    },
  )

  it('keep every placeholder of the English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [i, { where, text }] of hindi.entries())
      expect(placeholders(text), where).toEqual(placeholders(english[i]!.text))
  })

  it('keep sentences short: none over 25 words', () => {
    for (const { where, text } of hindi) {
      for (const sentence of text.split(/[।?!:]\s*/)) {
        expect(sentence.split(/\s+/).filter(Boolean).length, `${where}: ${sentence}`).toBeLessThanOrEqual(25)
      }
    }
  })

  it('keep every number of the English (ages, minutes)', () => {
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort()
    for (const [i, { where, text }] of hindi.entries()) expect(numbers(text), where).toEqual(numbers(english[i]!.text))
  })

  it('are written with Devanagari digits when the clinic chooses them', () => {
    const language = selfCheckLanguage('hi', 'devanagari')
    expect(language.texts.questions.age.options['under-18']).toBe('१८ साल से कम')
    expect(language.words.start.time).toContain('३')
    const values = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Object.values(value as object).flatMap(values)
    // Every word and text (the keys, such as the value "under-18", are ids and stay as they are).
    for (const text of values({ words: language.words, texts: language.texts })) expect(text).not.toMatch(/[0-9]/)
    expect(selfCheckLanguage('hi').texts.questions.age.options['under-18']).toBe('18 साल से कम')
  })

  it('are plain serialisable data, to pass to the island as a prop', () => {
    const language = selfCheckLanguage('hi')
    expect(JSON.parse(JSON.stringify(language))).toEqual(language)
  })
})

describe('the types of the texts', () => {
  it('are keyed by the question ids, option values and rule ids', () => {
    expectTypeOf<keyof QuestionTexts>().toEqualTypeOf<QuestionId>()
    expectTypeOf<keyof RuleTexts>().toEqualTypeOf<RuleId>()
    expectTypeOf<keyof QuestionTexts['scalpCondition']['options']>().toEqualTypeOf<'none' | 'controlled' | 'active'>()
    expectTypeOf<typeof selfCheckWords.hi>().toEqualTypeOf<SelfCheckWords>()
  })

  it('reject a missing or an extra option, question or rule (checked by tsc)', () => {
    const age = questionTexts.en.age
    // @ts-expect-error an option of `age` is missing
    const missing: QuestionTexts['age'] = { ...age, options: { 'under-18': 'Under 18' } }
    // @ts-expect-error `age` has no option "old"
    const extra: QuestionTexts['age'] = { ...age, options: { ...age.options, old: 'Old' } }
    const { minor: _, ...withoutMinor } = ruleTexts.en
    // @ts-expect-error the rule "minor" is missing
    const noMinor: RuleTexts = withoutMinor
    expect([missing, extra, noMinor]).toHaveLength(3)
  })
})

describe('the words stay on the server', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url))
  const modules = browserModules(root, { entryFolders: browserEntryFolders })

  it('the island and what it imports never import a words module', () => {
    expect(modules).toContain('components/self-check/SelfCheck.tsx')
    expect(modules).toContain('lib/self-check/language.ts')
    expect(modules.filter((file) => file.startsWith('lib/i18n/words/'))).toEqual([])
  })
})

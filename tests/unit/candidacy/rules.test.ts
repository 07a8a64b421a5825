import { describe, expect, it } from 'vitest'
import {
  outcomeSeverity,
  outcomes,
  ruleAdvice,
  ruleIds,
  rules,
  rulesById,
  ruleText,
  ruleTriggers,
} from '@/lib/candidacy'
import { ruleRecords } from '@/lib/candidacy/rules'
import { locales } from '@/lib/i18n/locales'
import { ruleTexts } from '@/lib/i18n/words/self-check-rules'
import { learnMorePattern, severityRank, specRules } from '@/tests/support/candidacy-spec'

describe('rules', () => {
  it('come in the order of the rules table, each once', () => {
    expect(rules.map((r) => r.id)).toEqual(specRules.map((s) => s.id))
    expect(ruleIds).toEqual(specRules.map((s) => s.id))
  })

  describe.each(specRules)('$id', (spec) => {
    const rule = rules.find((r) => r.id === spec.id)
    // The English words (the source every translation is made from).
    const text = ruleTexts.en[spec.id]

    it('has the outcome from the table', () => {
      expect(rule?.outcome).toBe(spec.outcome)
    })

    it('links to the agreed learn-more anchor', () => {
      expect(rule?.learnMore).toMatch(learnMorePattern)
      expect(rule?.learnMore).toBe(spec.learnMore)
    })

    it('has a short title and a 1-3 sentence explanation', () => {
      expect(text.title.trim()).toBeTruthy()
      expect(text.title.split(/\s+/).length).toBeLessThanOrEqual(10)
      const sentences = text.explanation.split(/(?<=[.!?])\s+/).filter(Boolean)
      expect(sentences.length).toBeGreaterThanOrEqual(1)
      expect(sentences.length).toBeLessThanOrEqual(3)
      // Short sentences for a reading age of about 12.
      for (const s of sentences) expect(s.split(/\s+/).length).toBeLessThanOrEqual(25)
    })

    it('never promises a result', () => {
      expect(`${text.title} ${text.explanation}`).not.toMatch(/guarantee|will definitely|100%|cure/i)
    })

    it('is reachable by id', () => {
      expect(rule && rulesById[rule.id]).toBe(rule)
    })
  })

  it('is plain serialisable data, with only the public fields', () => {
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules)
    for (const rule of rules) expect(Object.keys(rule).sort()).toEqual(['id', 'learnMore', 'outcome'])
  })

  it('come from one record per rule: id, outcome, advice, learn-more address and when it fires', () => {
    expect(ruleRecords.map((r) => r.id)).toEqual(ruleIds)
    for (const record of ruleRecords) {
      expect(rulesById[record.id]).toEqual({ id: record.id, outcome: record.outcome, learnMore: record.learnMore })
      expect(ruleTriggers[record.id]).toBe(record.firesWhen)
      expect(ruleAdvice[record.id]).toBe(record.advice)
    }
  })
})

describe('ruleText', () => {
  const cases = locales.flatMap((locale) => rules.map((rule) => ({ locale, id: rule.id })))

  it.each(cases)('$locale $id: the title and explanation of that language, and nothing else', ({ locale, id }) => {
    const text = ruleText(id, locale)
    expect(text).toEqual({ title: ruleTexts[locale][id].title, explanation: ruleTexts[locale][id].explanation })
    expect(Object.keys(text).sort()).toEqual(['explanation', 'title'])
  })

  it('gives different words in each language', () => {
    expect(ruleText('cause-unknown', 'hi').title).not.toBe(ruleText('cause-unknown', 'en').title)
  })
})

describe('outcomeSeverity', () => {
  it('orders not-suitable > wait > discuss-first > likely-suitable', () => {
    for (const a of outcomes) {
      for (const b of outcomes) {
        expect(Math.sign(outcomeSeverity[a] - outcomeSeverity[b])).toBe(Math.sign(severityRank[a] - severityRank[b]))
      }
    }
    expect([...outcomes].sort()).toEqual(Object.keys(severityRank).sort())
  })
})

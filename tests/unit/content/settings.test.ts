import { describe, expect, it } from 'vitest'
import type { ContentProblem } from '@/lib/content/model'
import { checkSettings } from '@/lib/content/settings'
import { loadSources } from '@/tests/support/content'

describe('checkSettings', () => {
  it("gives every settings file, and the clinic's country's help", () => {
    const problems: ContentProblem[] = []
    const settings = checkSettings(loadSources(), problems)
    expect(problems).toEqual([])
    expect(settings.region?.emergencyNumber).toBe('999')
    expect(settings).toMatchObject({
      site: expect.any(Object),
      aftercareSchedule: expect.any(Object),
      references: expect.any(Object),
      glossary: expect.any(Object),
    })
  })

  it('reports a missing file, and leaves its setting out', () => {
    const problems: ContentProblem[] = []
    const settings = checkSettings({ ...loadSources(), glossary: [] }, problems)
    expect(settings.glossary).toBeUndefined()
    expect(problems).toEqual([
      { file: 'content/glossary.yaml', message: 'there must be exactly one glossary file (found 0)' },
    ])
  })

  it('reports a country with no help entry', () => {
    const problems: ContentProblem[] = []
    checkSettings(loadSources('site-unknown-country'), problems)
    expect(problems).toEqual([expect.objectContaining({ file: 'content/site.yaml', field: 'countryCode' })])
  })
})

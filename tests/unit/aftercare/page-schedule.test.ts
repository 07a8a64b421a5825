// lib/aftercare/page-schedule.ts: the schedule as a language's planner page shows it: links to that
// language's pages, numbers in the clinic's digits, the days and everything else untouched.
import { describe, expect, it } from 'vitest'
import { scheduleForPage, titlesForPage } from '@/lib/aftercare/page-schedule'
import { schedule } from '@/tests/fixtures/aftercare'
import { hindiSchedule } from './languages'

describe('scheduleForPage', () => {
  it('leaves the English schedule as it is', () => {
    expect(scheduleForPage(schedule, 'en', 'latin')).toEqual(schedule)
  })

  it('sends every "read more" to the Hindi page, keeping the section', () => {
    const page = scheduleForPage(hindiSchedule, 'hi', 'latin')
    expect(page.nextSession.readMore).toBe('/hi/aftercare#follow-up-sessions')
    expect(page.items.map((item) => item.readMore)).toEqual(hindiSchedule.items.map((item) => `/hi${item.readMore}`))
    expect(page.items.map((item) => item.title)).toEqual(hindiSchedule.items.map((item) => item.title))
  })

  it('writes the numbers in the words in Devanagari digits when the clinic chooses them, and nothing else', () => {
    const page = scheduleForPage(hindiSchedule, 'hi', 'devanagari')
    const swimming = page.items.find((item) => item.allowedAgain === 'तैराकी, सॉना और स्टीम रूम')!
    expect(swimming.explanation).toBe('इस प्लान में १० दिन रखे गए हैं, जब तक आपके प्रैक्टिशनर कुछ और न कहें।')
    expect([swimming.firstDay, swimming.lastDay]).toEqual([0, 10])
    expect(swimming.readMore).toBe('/hi/aftercare#swimming-saunas-and-exercise')
    expect(page.nextSession.afterSession1.explanation).toBe('आमतौर पर इसके लगभग ४ हफ़्ते बाद।')
    expect(page.nextSession.afterWeeks).toBe(4)
    expect(JSON.stringify(page.items.map(({ title, explanation }) => [title, explanation]))).not.toMatch(/[0-9]/)
  })
})

describe('titlesForPage', () => {
  it('keys the link texts by the Hindi addresses, in the same digits', () => {
    expect(
      titlesForPage({ '/results-and-longevity#healing-over-4-to-6-weeks': '4 से 6 हफ़्तों में' }, 'hi', 'devanagari'),
    ).toEqual({ '/hi/results-and-longevity#healing-over-4-to-6-weeks': '४ से ६ हफ़्तों में' })
    expect(titlesForPage({ '/aftercare#shaving': 'Shaving' }, 'en', 'latin')).toEqual({
      '/aftercare#shaving': 'Shaving',
    })
  })
})

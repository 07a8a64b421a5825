import { describe, expect, it } from 'vitest'
import { formatCalendarDate, formatLongDate, formatShortDate } from '@/lib/dates'

describe('dates in Hindi', () => {
  it('writes day, month name, year', () => {
    expect(formatCalendarDate('2026-02-05', { locale: 'hi' })).toBe('5 फ़रवरी 2026')
    expect(formatCalendarDate('2026-02-05', { locale: 'hi', digits: 'devanagari' })).toBe('५ फ़रवरी २०२६')
  })

  it('names the weekday in full, or short', () => {
    expect(formatLongDate('2025-12-04', { locale: 'hi' })).toBe('गुरुवार, 4 दिसंबर 2025')
    expect(formatShortDate('2025-12-04', { locale: 'hi' })).toBe('गुरु, 4 दिसंबर')
    expect(formatShortDate('2026-01-02', { locale: 'hi', withYear: true, digits: 'devanagari' })).toBe(
      'शुक्र, २ जनवरी २०२६',
    )
  })

  it('keeps English as it was', () => {
    expect(formatCalendarDate('2026-11-20')).toBe('20 November 2026')
    expect(formatLongDate('2025-12-04')).toBe('Thursday 4 December 2025')
    expect(formatShortDate('2026-01-02', { withYear: true })).toBe('Fri 2 Jan 2026')
  })
})

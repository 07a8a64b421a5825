// lib/guards.ts: the shared checks of data from outside.
import { describe, expect, it } from 'vitest'
import { hasOnlyKeys, isRecord } from '@/lib/guards'

describe('isRecord', () => {
  it.each([[{}], [{ a: 1 }], [Object.create(null)], [JSON.parse('{"step":1}')]])('accepts %o', (value) => {
    expect(isRecord(value)).toBe(true)
  })

  it.each([[null], [undefined], [[]], [[1]], ['{}'], [1], [true]])('rejects %o', (value) => {
    expect(isRecord(value)).toBe(false)
  })
})

describe('hasOnlyKeys', () => {
  it('is true when every key is allowed, missing ones included', () => {
    expect(hasOnlyKeys({ kind: 'start' }, ['kind', 'id'])).toBe(true)
    expect(hasOnlyKeys({}, ['kind'])).toBe(true)
  })

  it('is false for any other key, however named', () => {
    expect(hasOnlyKeys({ kind: 'start', extra: 1 }, ['kind'])).toBe(false)
    expect(hasOnlyKeys(JSON.parse('{"__proto__":1}'), ['kind'])).toBe(false)
  })
})

import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrSvg, svgDataUrl } from '@/lib/qr/svg'
import { decodeQrSvg } from '@/tests/support/qr-decode'

const site = 'https://www.northfield-smp.example'
// Addresses like the ones the site prints, plus cases that push the encoder into other modes:
// digits (numeric runs), capitals (alphanumeric) and text outside ASCII (UTF-8 bytes).
const urls = [
  `${site}/`,
  `${site}/aftercare`,
  `${site}/faq#when-can-i-go-swimming`,
  `${site}/aftercare/planner?date=2026-11-20&sessions=3`,
  'HTTPS://WWW.NORTHFIELD-SMP.EXAMPLE/FAQ',
  `${site}/results-and-longevity#how-long-it-lasts-and-what-changes-it-over-the-years-1234567890`,
  'https://example.com/café/ñandú?q=größe',
]

describe('qrSvg', () => {
  it.each(urls)('draws a code that decodes back to %s', async (url) => {
    const { text, level } = decodeQrSvg(await qrSvg(url))
    expect(text).toBe(url)
    expect(level).toBe('M')
  })

  it('draws exactly the modules qrcode computes for the address, inside a two-module quiet zone', async () => {
    const url = `${site}/faq#does-it-hurt`
    const { grid, margin } = decodeQrSvg(await qrSvg(url))
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    expect(margin).toBe(2)
    expect(grid.length).toBe(modules.size)
    expect(grid.flat().map(Number)).toEqual(Array.from(modules.data))
  })

  it('is one scalable <svg>: a viewBox and no fixed width or height, dark on a white background', async () => {
    const svg = await qrSvg(`${site}/aftercare`)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/)
    expect(svg).not.toMatch(/\s(width|height)=/)
    expect(svg).toContain('<path fill="#ffffff" d="M0 0h')
    expect(svg.match(/<path stroke="#000000"/g)).toHaveLength(1)
    expect(svg.endsWith('</svg>')).toBe(true)
  })

  it('grows with the length of the address', async () => {
    const short = decodeQrSvg(await qrSvg(`${site}/`))
    const long = decodeQrSvg(await qrSvg(`${site}/${'a-long-section-name-'.repeat(8)}`))
    expect(long.version).toBeGreaterThan(short.version)
  })
})

describe('svgDataUrl', () => {
  it('is a data: address that holds the SVG unchanged', async () => {
    const svg = await qrSvg(`${site}/faq`)
    const href = svgDataUrl(svg)
    expect(href.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(href).not.toMatch(/[<>"#\s]/)
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(svg)
  })
})

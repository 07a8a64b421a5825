// QR codes for printed handouts and the staff links page, drawn at build time as SVG: no image
// files to keep in step with the content, and they stay sharp at any size on screen or paper.
import QRCode from 'qrcode'

/**
 * Medium error correction survives a crease or a smudge on paper and keeps the code small; a margin
 * of two modules is the quiet zone scanners need (the page around it is white too).
 */
export const qrOptions = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const

/** The QR code for `text` as one compact <svg> with a viewBox and no fixed size, so CSS sizes it. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, qrOptions)
  return svg.trim()
}

/** A data: address for an SVG, for a "Download" link that needs no file on the server. */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

// Fonts for the generated preview images, read from an npm package at build time: nothing is
// downloaded. Satori reads WOFF (not WOFF2).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

// A path from the project root, not an import: the bundler must not try to bundle font files.
const fontFile = (weight: 400 | 700) =>
  join(process.cwd(), 'node_modules/@fontsource/inter/files', `inter-latin-${weight}-normal.woff`)

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }

let loaded: Promise<OgFont[]> | undefined

export function loadOgFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const buffer = await readFile(fontFile(weight))
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
      return { name: 'Inter', data, weight, style: 'normal' as const }
    }),
  )
  return loaded
}

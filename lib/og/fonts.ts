// Fonts for the generated preview images, read from npm packages at build time: nothing is downloaded.
// Inter draws Latin text; Noto Sans Devanagari draws Hindi (Satori takes each glyph from the first font that
// has it). Satori reads WOFF (not WOFF2).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

type Weight = 400 | 700

// Paths from the project root, not imports: the bundler must not try to bundle font files.
const families = [
  { name: 'Inter', file: (weight: Weight) => `@fontsource/inter/files/inter-latin-${weight}-normal.woff` },
  {
    name: 'Noto Sans Devanagari',
    file: (weight: Weight) =>
      `@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${weight}-normal.woff`,
  },
] as const

/** The CSS font-family of the preview card: Latin first, then Devanagari. */
export const ogFontFamily = families.map((family) => `'${family.name}'`).join(', ')

export type OgFont = { name: string; data: ArrayBuffer; weight: Weight; style: 'normal' }

let loaded: Promise<OgFont[]> | undefined

export function loadOgFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    families.flatMap((family) =>
      ([400, 700] as const).map(async (weight) => {
        const buffer = await readFile(join(process.cwd(), 'node_modules', family.file(weight)))
        const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
        return { name: family.name, data, weight, style: 'normal' as const }
      }),
    ),
  )
  return loaded
}

// A small QR decoder for the tests, written from the QR code standard (ISO/IEC 18004), so a test can
// read back what a scanner would: SVG path → grid of modules → format → data bits → text. It
// assumes a clean, upright symbol (our own SVG) and so skips error correction; it takes only the
// standard's tables (block counts, alignment positions) from qrcode's internals.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const ecc = require('qrcode/lib/core/error-correction-code') as {
  getBlocksCount: (version: number, level: { bit: number }) => number
  getTotalCodewordsCount: (version: number, level: { bit: number }) => number
}
const { getSymbolTotalCodewords } = require('qrcode/lib/core/utils') as {
  getSymbolTotalCodewords: (version: number) => number
}
const { getRowColCoords } = require('qrcode/lib/core/alignment-pattern') as {
  getRowColCoords: (version: number) => number[]
}
// qrcode's tables look levels up by object identity, so pass its own level objects.
const levels = require('qrcode/lib/core/error-correction-level') as Record<Level, { bit: number }>

export type Grid = boolean[][]
export type Level = 'L' | 'M' | 'Q' | 'H'

/** The dark modules drawn by an SVG from `qrcode` (one path of "M x y", "m dx 0" and "h n" runs), margin included. */
export function svgToGrid(svg: string): { grid: Grid; margin: number } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)
  if (!viewBox || !path) throw new Error('not a qrcode SVG')
  const width = Number(viewBox[1])
  const full: Grid = Array.from({ length: width }, () => Array<boolean>(width).fill(false))
  let [x, y] = [0, 0]
  for (const [, command, a, b] of path[1]!.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const [first, second] = [Number(a), Number(b ?? 0)]
    if (command === 'M') [x, y] = [first, second]
    else if (command === 'm') [x, y] = [x + first, y + second]
    else if (command === 'h') {
      for (let col = x; col < x + first; col++) full[Math.floor(y)]![col] = true
      x += first
    } else throw new Error(`unexpected command ${command}`)
  }
  // The quiet zone is the light border around the top-left finder pattern.
  const margin = full.findIndex((row) => row.some(Boolean))
  const size = width - 2 * margin
  return { grid: full.slice(margin, margin + size).map((row) => row.slice(margin, margin + size)), margin }
}

const levelsByBits: Record<number, Level> = { 0b01: 'L', 0b00: 'M', 0b11: 'Q', 0b10: 'H' }

const masks: ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
]

/** Both copies of the 15 format bits, unmasked; they must agree. */
function readFormat(grid: Grid): { level: Level; mask: number } {
  const size = grid.length
  let vertical = 0
  let horizontal = 0
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1
    if (grid[row]![8]) vertical |= 1 << i
    if (grid[8]![col]) horizontal |= 1 << i
  }
  if (vertical !== horizontal) throw new Error('the two copies of the format information differ')
  const data = (vertical ^ 0b101010000010010) >> 10
  return { level: levelsByBits[data >> 3]!, mask: data & 0b111 }
}

/** Modules that are patterns (finders, timing, alignment, format and version areas), not data. */
function functionModules(size: number, version: number): boolean[][] {
  const reserved = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  const mark = (top: number, left: number, height: number, width: number) => {
    for (let r = top; r < top + height; r++) for (let c = left; c < left + width; c++) reserved[r]![c] = true
  }
  mark(0, 0, 9, 9)
  mark(0, size - 8, 9, 8)
  mark(size - 8, 0, 8, 9)
  mark(6, 0, 1, size)
  mark(0, 6, size, 1)
  const coords = getRowColCoords(version)
  const last = coords.length - 1
  coords.forEach((row, i) =>
    coords.forEach((col, j) => {
      const onFinder = (i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)
      if (!onFinder) mark(row - 2, col - 2, 5, 5)
    }),
  )
  if (version >= 7) {
    mark(0, size - 11, 6, 3)
    mark(size - 11, 0, 3, 6)
  }
  return reserved
}

function dataCodewords(grid: Grid, version: number, level: Level, mask: number): number[] {
  const size = grid.length
  const reserved = functionModules(size, version)
  const bits: number[] = []
  let upward = true
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--
    for (let k = 0; k < size; k++) {
      const row = upward ? size - 1 - k : k
      for (const c of [col, col - 1]) {
        if (reserved[row]![c]) continue
        bits.push(Number(grid[row]![c] !== masks[mask]!(row, c)))
      }
    }
    upward = !upward
  }
  const total = getSymbolTotalCodewords(version)
  const codewords = Array.from({ length: total }, (_, i) =>
    bits.slice(i * 8, i * 8 + 8).reduce((byte, bit) => (byte << 1) | bit, 0),
  )
  // Data codewords are interleaved across blocks; later blocks may hold one more.
  const levelArg = levels[level]
  const blocks = ecc.getBlocksCount(version, levelArg)
  const dataTotal = total - ecc.getTotalCodewordsCount(version, levelArg)
  const longBlocks = total % blocks
  const shortData = Math.floor(dataTotal / blocks)
  const sizes = Array.from({ length: blocks }, (_, b) => shortData + (b >= blocks - longBlocks ? 1 : 0))
  const perBlock: number[][] = sizes.map(() => [])
  let next = 0
  for (let i = 0; i < shortData + 1; i++)
    sizes.forEach((blockSize, b) => i < blockSize && perBlock[b]!.push(codewords[next++]!))
  return perBlock.flat()
}

const alphanumeric = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

function readSegments(codewords: number[], version: number): string {
  const bits = codewords.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1))
  let at = 0
  const read = (n: number) => {
    let value = 0
    for (let i = 0; i < n; i++) value = (value << 1) | (bits[at++] ?? 0)
    return value
  }
  const band = version < 10 ? 0 : version < 27 ? 1 : 2
  const bytes: number[] = []
  while (at + 4 <= bits.length) {
    const mode = read(4)
    if (mode === 0) break
    if (mode === 0b0001) {
      let count = read([10, 12, 14][band]!)
      for (; count >= 3; count -= 3)
        bytes.push(
          ...String(read(10))
            .padStart(3, '0')
            .split('')
            .map((d) => d.charCodeAt(0)),
        )
      if (count > 0)
        bytes.push(
          ...String(read(count === 2 ? 7 : 4))
            .padStart(count, '0')
            .split('')
            .map((d) => d.charCodeAt(0)),
        )
    } else if (mode === 0b0010) {
      let count = read([9, 11, 13][band]!)
      for (; count >= 2; count -= 2) {
        const pair = read(11)
        bytes.push(alphanumeric.charCodeAt(Math.floor(pair / 45)), alphanumeric.charCodeAt(pair % 45))
      }
      if (count === 1) bytes.push(alphanumeric.charCodeAt(read(6)))
    } else if (mode === 0b0100) {
      const count = read([8, 16, 16][band]!)
      for (let i = 0; i < count; i++) bytes.push(read(8))
    } else throw new Error(`unsupported mode ${mode.toString(2)}`)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))
}

/** Reads a QR code drawn by `qrcode` as SVG back to its text, with the symbol's version and error correction level. */
export function decodeQrSvg(svg: string): { text: string; version: number; level: Level; margin: number; grid: Grid } {
  const { grid, margin } = svgToGrid(svg)
  const version = (grid.length - 17) / 4
  if (!Number.isInteger(version) || version < 1 || version > 40) throw new Error(`not a QR code size: ${grid.length}`)
  const { level, mask } = readFormat(grid)
  const text = readSegments(dataCodewords(grid, version, level, mask), version)
  return { text, version, level, margin, grid }
}

// How numbers are written on Hindi pages: the clinic chooses Latin digits (0-9, the most common on Indian
// websites) or Devanagari digits (०-९) in content/hi/site.yaml.

export const digitStyles = ['latin', 'devanagari'] as const
export type Digits = (typeof digitStyles)[number]

const devanagari = '०१२३४५६७८९'

/** The text with its digits written in the chosen style; Latin digits are left as they are. */
export function withDigits(text: string, digits: Digits): string {
  if (digits === 'latin') return text
  return text.replace(/[0-9]/g, (digit) => devanagari[Number(digit)]!)
}

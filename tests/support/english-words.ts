// "No English UI text left" on a Hindi page: the English words in a text, once what is meant to stay is
// taken out: the clinic's own details (its name, address, email and web address are what they are), the
// abbreviation SMP and brand names, and English in brackets after a Hindi word, e.g. "केलॉइड (keloid)".
import type { SiteSettings } from '@/lib/site/schema'

/** Names that stay as they are in Hindi text. */
const keptAsTheyAre = ['SMP', 'WhatsApp']

export function englishWordsIn(
  text: string,
  site: Pick<SiteSettings, 'name' | 'shortName' | 'email' | 'url' | 'address'>,
): string[] {
  let rest = text
  const own = [site.name, site.shortName, site.email, site.url, new URL(site.url).host, ...Object.values(site.address)]
  for (const value of [...own, ...keptAsTheyAre].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ')
  rest = rest.replace(/\([^()]*\)/g, ' ')
  return [...new Set(rest.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [])]
}

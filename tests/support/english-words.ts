// "No English UI text left" on a Hindi page: the English words in a text, once what is meant to stay is
// taken out: the clinic's own details (its name, its places' names and addresses, email and web address are what they are), the
// abbreviation SMP and brand names, the names of services the country's wording gives (e.g. NHS 111), web
// addresses written out as text, and English in brackets after a Hindi word, e.g. "केलॉइड (keloid)".
import type { SiteSettings } from '@/lib/site/schema'

/** Names the Hindi text keeps in Latin letters: an app, tools the accessibility page names, a charity. */
const keptAsTheyAre = ['WhatsApp', 'JavaScript', 'Lighthouse', 'axe', 'Alopecia UK']

export function englishWordsIn(
  text: string,
  site: Pick<SiteSettings, 'name' | 'shortName' | 'email' | 'url' | 'locations'>,
  names: readonly string[] = [],
): string[] {
  const host = new URL(site.url).host
  // Web addresses written out (the print footer's, a source's), whole.
  let rest = text
    .replace(/\S*(?:https?:\/\/|www\.)\S*/g, ' ')
    .replaceAll(new RegExp(`\\S*${host.replace(/\./g, '\\.')}\\S*`, 'g'), ' ')
  const own = [
    site.name,
    site.shortName,
    site.email,
    site.url,
    new URL(site.url).host,
    ...site.locations.flatMap((location) => [location.name, ...Object.values(location.address)]),
    ...names,
  ]
  for (const value of [...own, ...keptAsTheyAre].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ')
  rest = rest.replace(/\([^()]*\)/g, ' ')
  // Abbreviations in capitals (SMP, NHS, HIV, UK) stay in Latin letters in Hindi too.
  const words = rest.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []
  return [...new Set(words.filter((word) => !/^[A-Z]+$/.test(word)))]
}

// The wording around the links of a staff message (server only: the page passes it to the message builder,
// so the browser never loads the dictionaries).
import { fill } from '@/lib/i18n/fill'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { staffMessageWords } from '@/lib/i18n/words/staff-message'
import type { SiteSettings } from '@/lib/site/schema'
import type { MessageSettings } from './message'

/**
 * The clinic's own wording from content/site.yaml (`staffMessage`), with plain defaults for what it leaves out.
 * A message in another language (links to the Hindi pages) uses that language's plain wording: the clinic's
 * own is in English.
 */
export function messageSettings(
  site: Pick<SiteSettings, 'name' | 'staffMessage'>,
  locale: Locale = defaultLocale,
): MessageSettings {
  const plain = staffMessageWords[locale]
  const own = locale === defaultLocale ? site.staffMessage : undefined
  return {
    greeting: own?.greeting ?? plain.greeting,
    signOff: own?.signOff ?? fill(plain.signOff, { clinic: site.name }),
    emailSubject: own?.emailSubject ?? fill(plain.emailSubject, { clinic: site.name }),
  }
}

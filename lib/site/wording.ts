// The clinic's settings in a translated language: content/site.yaml with the words of content/<locale>/site.yaml
// over it (each place's name and opening hours, the reply time, who reads messages and how long they are kept),
// written with the language's digits. The numbers, addresses and links stay the English file's.
import { withDigits, type Digits } from '@/lib/i18n/digits'
import type { SiteSettings, TranslatedSiteSettings } from './schema'

export function withSiteWording(site: SiteSettings, wording: TranslatedSiteSettings, digits: Digits): SiteSettings {
  const words = (text: string) => withDigits(text, digits)
  const replyTime = wording.replyTime ?? site.replyTime
  return {
    ...site,
    locations: site.locations.map((location, index) => {
      const own = wording.locations?.[index]
      return {
        ...location,
        ...(own?.name ? { name: words(own.name) } : {}),
        ...(own?.openingHours ? { openingHours: own.openingHours.map(words) } : {}),
      }
    }),
    ...(replyTime === undefined ? {} : { replyTime: wording.replyTime ? words(wording.replyTime) : replyTime }),
    privacy: {
      ...site.privacy,
      ...(wording.privacy?.readBy ? { readBy: words(wording.privacy.readBy) } : {}),
      ...(wording.privacy?.keptFor ? { keptFor: words(wording.privacy.keptFor) } : {}),
    },
  }
}

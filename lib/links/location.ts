// A clinic place as staff send it (the staff links page): its name, address, phone, opening hours and map link,
// one per line, with labels in the message's language. Pure, so the wording is tested without a browser.
import { formatAddress } from '@/lib/site/contact'
import type { ClinicLocation } from '@/lib/site/schema'

export type LocationLabels = { phone: string; openingHours: string }

/** "London clinic\n12 Example Street, London, EC1A 1AA, United Kingdom\nPhone: …\nOpening hours: …\nhttps://…". */
export function locationMessage(location: ClinicLocation, labels: LocationLabels): string {
  return [
    location.name,
    formatAddress(location),
    `${labels.phone}: ${location.phone}`,
    `${labels.openingHours}: ${location.openingHours.join('; ')}`,
    ...(location.mapUrl ? [location.mapUrl] : []),
  ].join('\n')
}

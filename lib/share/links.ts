// Where a patient or staff member can send one page or section: the same wording for WhatsApp and
// email, built from the page's canonical address so the link lands on exactly the right place.
import { emailMessageHref, whatsappMessageHref } from '@/lib/links/message'

export type Shareable = { title: string; url: string }

export const shareText = ({ title, url }: Shareable) => `${title}\n${url}`

export function shareLinks(item: Shareable) {
  return {
    whatsapp: whatsappMessageHref(shareText(item)),
    email: emailMessageHref(item.title, shareText(item)),
  }
}

// The message staff send in answer to an enquiry: a greeting, one line per link, a sign-off; and
// the WhatsApp and email links that open it ready to send. Pure, so the wording and the encoding are
// tested without a browser.

export type MessageLink = { title: string; url: string }
export type MessageSettings = { greeting: string; signOff: string; emailSubject: string }

/** "Title: URL"; a title that ends in its own punctuation ("Does SMP hurt?") needs no colon. */
export const messageLine = ({ title, url }: MessageLink) =>
  `${title.trim()}${/[?!:.]$/.test(title.trim()) ? '' : ':'} ${url}`

/** The whole message, or an empty string when there is nothing to send. */
export function composeMessage(
  links: readonly MessageLink[],
  { greeting, signOff }: Pick<MessageSettings, 'greeting' | 'signOff'>,
): string {
  if (links.length === 0) return ''
  return [greeting.trim(), links.map(messageLine).join('\n'), signOff.trim()].join('\n\n')
}

/** WhatsApp with the message typed in and no number, so staff pick the chat to send it to. */
export const whatsappMessageHref = (message: string) => `https://wa.me/?text=${encodeURIComponent(message)}`

/** A new email with the subject and message filled in and no recipient. Mail wants CRLF line breaks (RFC 6068). */
export const emailMessageHref = (subject: string, message: string) =>
  `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(message.replace(/\r?\n/g, '\r\n'))}`

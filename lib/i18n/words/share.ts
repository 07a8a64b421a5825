// The Share menu and copy-link controls (components/share/ShareButton.tsx, components/faq/CopyLinkButton.tsx), in
// every language: server code only (the page is prerendered; enhance/ carries no words).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  share: 'Share',
  whatsapp: 'WhatsApp',
  whatsappHint: ' (opens WhatsApp with the link)',
  email: 'Email',
  emailHint: ' (opens a new email with the link)',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyThisLink: 'Copy this link:',
  /** Without JavaScript, instead of "Copy link". */
  link: 'Link: {url}',
}

export type ShareWords = typeof en

const hi: ShareWords = {
  share: 'शेयर करें',
  whatsapp: 'WhatsApp',
  whatsappHint: ' (लिंक के साथ WhatsApp खुलेगा)',
  email: 'ईमेल',
  emailHint: ' (लिंक के साथ नया ईमेल खुलेगा)',
  copyLink: 'लिंक कॉपी करें',
  linkCopied: 'लिंक कॉपी हो गया',
  copyThisLink: 'यह लिंक कॉपी करें:',
  link: 'लिंक: {url}',
}

export const shareWords: Readonly<Record<Locale, ShareWords>> = { en, hi }

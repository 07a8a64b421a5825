// The plain greeting, sign-off and email subject of a staff message in each language, used where the clinic
// has not written its own (content/site.yaml `staffMessage`, in English).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  greeting: 'Hello,',
  signOff: 'Best wishes,\n{clinic}',
  emailSubject: 'Information from {clinic}',
}

export type StaffMessageWords = typeof en

const hi: StaffMessageWords = {
  greeting: 'नमस्ते,',
  signOff: 'शुभकामनाओं के साथ,\n{clinic}',
  emailSubject: '{clinic} से जानकारी',
}

export const staffMessageWords: Readonly<Record<Locale, StaffMessageWords>> = { en, hi }

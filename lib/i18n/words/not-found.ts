// The 404 page's title and description (its <head>), in each language; its text is components/layout/NotFound.tsx.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  title: 'Page not found',
  description: 'We could not find that page. Here is how to get back to the information you need.',
}

export type NotFoundWords = typeof en

const hi: NotFoundWords = {
  title: 'पेज नहीं मिला',
  description: 'हमें वह पेज नहीं मिला। आपको जो जानकारी चाहिए, उस तक वापस पहुँचने का तरीका यहाँ है।',
}

export const notFoundWords: Readonly<Record<Locale, NotFoundWords>> = { en, hi }

'use client'
// The language switcher in a tool's root layout, which is not told its page's address: the client hook
// reads it, during the server render too, so the prerendered HTML already links to the right page.
import { usePathname } from 'next/navigation'
import type { Locale } from '@/lib/i18n/locales'
import { stripLocale } from '@/lib/i18n/locales'
import { hasTranslation } from '@/lib/i18n/translated-pages'
import { LanguageSwitch } from './LanguageSwitch'

export function ToolLanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const path = stripLocale(usePathname() ?? '/')
  return hasTranslation(path) ? <LanguageSwitch locale={locale} path={path} label={label} /> : null
}

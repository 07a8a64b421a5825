import { TranslationNotice } from '@/components/article/TranslationNotice'
import { defaultLocale, isTranslatedLocale, localePath, type Locale } from '@/lib/i18n/locales'
import { siteWordsNotice } from '@/lib/i18n/words/status'

/** On a tool in a translated language (made of the site's own words): how those words were translated. */
export function ToolTranslationNotice({
  locale,
  path,
  className,
}: {
  locale: Locale
  path: string
  className?: string
}) {
  if (!isTranslatedLocale(locale)) return null
  return (
    <TranslationNotice
      locale={locale}
      status={siteWordsNotice(locale)}
      englishHref={localePath(defaultLocale, path)}
      className={className}
    />
  )
}

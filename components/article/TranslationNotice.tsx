// Near the top of every page in a translated language: how the page was translated and whether a clinician
// who reads the language has checked it, with a link to the English original. Plain text, no heading, so it
// reads as part of the page's introduction; amber like the urgent-help box (dark text on amber-50 meets AA).
import { fill } from '@/lib/i18n/fill'
import { isTranslatedLocale, type Locale, type TranslatedLocale } from '@/lib/i18n/locales'
import { siteWordsNotice, type NoticeStatus } from '@/lib/i18n/words/status'
import { translationWords } from '@/lib/i18n/words/translation'
import { linkClass } from '@/components/ui/classes'

type Props = {
  locale: TranslatedLocale
  status: NoticeStatus
  /** The same page in English (its address, with a #section when there is one). */
  englishHref: string
  className?: string
}

/** The sentences the notice says, in order. */
export function noticeSentences(locale: TranslatedLocale, status: NoticeStatus): string[] {
  const words = translationWords[locale]
  if (status.kind === 'missing') return [words.missing]
  return [
    status.method === 'machine' ? words.byMachine : words.byTranslator,
    status.reviewedBy ? fill(words.checkedBy, status.reviewedBy) : words.notChecked,
    ...(status.englishIsNewer ? [words.englishIsNewer] : []),
    ...(status.partlyMissing ? [words.partlyMissing] : []),
    words.ifInDoubt,
  ]
}

export function TranslationNotice({ locale, status, englishHref, className = '' }: Props) {
  const words = translationWords[locale]
  return (
    <div role="note" className={`rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 ${className}`}>
      <p>
        {noticeSentences(locale, status).join(' ')}{' '}
        {/* The link leads to an English page: lang and hreflang say so; its Hindi words keep their own lang. */}
        <a className={linkClass('strong')} href={englishHref} hrefLang="en" lang="en">
          <span lang={locale}>{words.readEnglish}</span> {words.readEnglishInEnglish}
        </a>
      </p>
    </div>
  )
}

/**
 * The notice on a page made of the site's own words only (the home page, the self-check, the planner): their
 * translation's status. Nothing on an English page.
 */
export function SiteWordsNotice({
  locale,
  englishHref,
  className,
}: {
  locale: Locale
  englishHref: string
  className?: string
}) {
  if (!isTranslatedLocale(locale)) return null
  return (
    <TranslationNotice
      locale={locale}
      status={siteWordsNotice(locale)}
      englishHref={englishHref}
      className={className}
    />
  )
}

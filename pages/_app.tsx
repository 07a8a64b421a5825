// Every page (pages/): prerendered HTML and CSS, with no framework runtime in the browser (each page's
// `config = { unstable_runtimeJS: false }`); a tool's island brings its own small script. One layout, with the
// site's details, the page's language and its address from the page's getStaticProps (lib/pages/document-props.ts).
import type { AppProps } from 'next/app'
import { LanguageSwitch } from '@/components/layout/LanguageSwitch'
import { SiteLayout } from '@/components/layout/SiteLayout'
import { hasTranslation } from '@/lib/i18n/translated-pages'
import { layoutWords } from '@/lib/i18n/words/layout'
import type { LayoutProps } from '@/lib/pages/document-props'
import '../app/globals.css'

export default function DocumentApp({ Component, pageProps }: AppProps<{ layout?: LayoutProps }>) {
  const { layout } = pageProps
  // Next's own error page (/500, which a prerendered document never reaches) has no props of ours.
  if (!layout) return <Component {...pageProps} />
  return (
    <SiteLayout
      site={layout.site}
      articles={layout.topics}
      locale={layout.locale}
      // The 404 page has no address of its own, and the staff pages are in English only: nothing to switch to.
      languageSwitch={
        layout.path && hasTranslation(layout.path) ? (
          <LanguageSwitch locale={layout.locale} path={layout.path} label={layoutWords[layout.locale].languages} />
        ) : undefined
      }
    >
      <Component {...pageProps} />
    </SiteLayout>
  )
}

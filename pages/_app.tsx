// Documents (pages/): prerendered HTML and CSS, no React in the browser (each page's
// `config = { unstable_runtimeJS: false }`). The same layout as the tools (the app/ root layouts), with the
// site's details, the page's language and its address from the page's getStaticProps (lib/pages/document-props.ts).
import type { AppProps } from 'next/app'
import { LanguageSwitch } from '@/components/layout/LanguageSwitch'
import { SiteLayout } from '@/components/layout/SiteLayout'
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
      // The 404 page has no address of its own, so nothing to switch to.
      languageSwitch={
        layout.path ? (
          <LanguageSwitch locale={layout.locale} path={layout.path} label={layoutWords[layout.locale].languages} />
        ) : undefined
      }
    >
      <Component {...pageProps} />
    </SiteLayout>
  )
}

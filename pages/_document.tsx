// Every page's <html>: the page's language (Hindi under /hi, else the region's English, e.g. en-GB), the <body>,
// and the one small enhancement script (enhance/, bundled by scripts/enhance/build.ts) as a module. A tool's
// island adds its own script (components/islands/Island.tsx).
import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document'
import { bodyClassName } from '@/components/layout/SiteLayout'
import { readEnhancementManifest } from '@/lib/enhance/bundle'
import { getRegion } from '@/lib/content'
import { htmlLang } from '@/lib/i18n/html-lang'
import { localeOfPath } from '@/lib/i18n/locales'

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  return (
    <Html lang={htmlLang(localeOfPath(__NEXT_DATA__.page), getRegion())}>
      <Head>
        <script type="module" src={readEnhancementManifest().src} />
      </Head>
      <body className={bodyClassName}>
        <Main />
        {/* Renders nothing: every page turns the runtime off. Kept so a page that did not would still work. */}
        <NextScript />
      </body>
    </Html>
  )
}

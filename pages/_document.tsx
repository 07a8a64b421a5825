// The documents' <html>: the language from the region (content/regions.yaml), the same <body> as the
// tools, and the one small enhancement script (enhance/, bundled by scripts/enhance/build.ts) as a module.
import { Head, Html, Main, NextScript } from 'next/document'
import { bodyClassName } from '@/components/layout/SiteLayout'
import { readEnhancementManifest } from '@/lib/enhance/bundle'
import { getRegion } from '@/lib/content'

export default function Document() {
  return (
    <Html lang={getRegion().locale}>
      <Head>
        <script type="module" src={readEnhancementManifest().src} />
      </Head>
      <body className={bodyClassName}>
        <Main />
        {/* Renders nothing: every document turns the runtime off. Kept so a page that did not would still work. */}
        <NextScript />
      </body>
    </Html>
  )
}

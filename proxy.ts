// `next start` only (a static host uses out/hi/404.html, see deploy/): an unknown address under a translated
// language's prefix (/hi/no-such-page) is answered with that language's 404 document, with a 404 status,
// instead of the English one Next would send. Every known page passes straight through.
import { NextResponse, type NextRequest } from 'next/server'
import { getContent } from '@/lib/content'
import { localeOfPath, localePath, translatedLocales } from '@/lib/i18n/locales'
import { isPreviewImagePath, translatedToolPaths } from '@/lib/i18n/translated-pages'
import { articlePath, staticRoutes } from '@/lib/routes'

const knownPaths: ReadonlySet<string> = new Set(
  translatedLocales.flatMap((locale) =>
    [
      staticRoutes.home,
      staticRoutes.faq,
      ...translatedToolPaths,
      ...getContent(locale).articles.map((article) => articlePath(article.slug)),
    ].map((path) => localePath(locale, path)),
  ),
)

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (knownPaths.has(pathname) || isPreviewImagePath(pathname)) return NextResponse.next()
  // request.url is on the host Next names itself (localhost unless `next start -H` names another), which keeps
  // the rewrite inside this server. Started with `-H <other name>`, Next would fetch it as an outside address.
  return NextResponse.rewrite(new URL(localePath(localeOfPath(pathname), '/not-found'), request.url), { status: 404 })
}

// Only the translated languages' addresses: English ones never reach the proxy.
export const config = { matcher: ['/hi', '/hi/:path*'] }

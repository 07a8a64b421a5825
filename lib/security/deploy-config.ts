// The web server configuration for the static build (out/), written from the same headers as
// `next start` sends. scripts/deploy/write-config.ts writes these texts to deploy/, and a unit test
// fails when the committed files differ, so a change to the headers cannot miss a deployment.
import { readRedirects, type Redirect } from '@/lib/content/redirects'
import { ogImageContentType } from '@/lib/og/size'
import { staticRoutes } from '../routes'
import {
  cachePolicies,
  contentSecurityPolicy,
  cspHeader,
  immutablePathPrefix,
  securityHeaders,
  type Header,
} from './headers'
import { translatedLocales } from '../i18n/locales'
import { documentPaths, notFoundFiles } from './page-kinds'

/**
 * Link-preview images are written without a file extension (out/aftercare/opengraph-image), so a
 * static server cannot tell their type from the name: the configuration has to.
 */
export const extensionlessImages = {
  names: ['opengraph-image', 'twitter-image'],
  contentType: ogImageContentType,
} as const

export const isExtensionlessImage = (pathname: string) =>
  (extensionlessImages.names as readonly string[]).includes(pathname.slice(pathname.lastIndexOf('/') + 1))

const generatedNote =
  'Generated from lib/security/headers.ts by `npm run deploy:config`: edit that module, not this file.'

/** The values are plain ASCII without quotes; a quote would end nginx's string early. */
function nginxValue(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`Header value cannot go into nginx.conf as it is: ${value}`)
  return `"${value}"`
}

const addHeaders = (headers: Header[], indent: string) =>
  headers
    .map(({ key, value }) => `${indent}add_header ${key} ${value.startsWith('$') ? value : nginxValue(value)} always;`)
    .join('\n')

/** The nginx variable holding each response's Content-Security-Policy, by kind of page. */
export const cspVariable = '$content_security_policy'

/**
 * The files (as nginx's $uri holds them after try_files and error_page) and addresses of the documents,
 * which get the documents' stricter policy; everything else gets the tools' policy.
 */
export function nginxDocumentUris(documents: readonly string[] = documentPaths()): string[] {
  const files = documents.map((path) => (path === staticRoutes.home ? '/index.html' : `${path}.html`))
  return [...new Set([...documents, ...files, ...Object.values(notFoundFiles)])]
}

/** Old page addresses (articles' redirectFrom): 308 to the page; the browser keeps any #section. */
function nginxRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.map(
    ({ from, to }) => `    location = ${from} {\n        return 308 ${to}$is_args$args;\n    }\n`,
  )
  return `    # Old page addresses (redirectFrom in an article's front matter), from the content step.${lines.length ? '\n' : ' None yet.\n'}${lines.join('')}`
}

/**
 * A complete nginx server block serving out/ over HTTPS (plus a redirect from HTTP). nginx drops the
 * server's add_header lines in a location that has its own, so each location lists them all.
 */
export function renderNginxConf(
  documents: readonly string[] = documentPaths(),
  redirects: readonly Redirect[] = readRedirects(undefined, { withTestRedirect: false }),
): string {
  const security = securityHeaders().map((header) =>
    header.key === 'Content-Security-Policy' ? { ...header, value: cspVariable } : header,
  )
  const location = (cache: string) => addHeaders([{ key: 'Cache-Control', value: cache }, ...security], '        ')
  const documentPolicy = nginxValue(contentSecurityPolicy({ kind: 'document' }))
  const map = nginxDocumentUris(documents)
    .map((uri) => `    ${uri} ${documentPolicy};`)
    .join('\n')
  return `# nginx: serves the static build of the site (\`npm run build:static\` writes out/) with its security headers.
# ${generatedNote}
#
# Use: copy out/ to the server (e.g. /var/www/smp-site), put this file in /etc/nginx/conf.d/, change the
# lines marked CHANGE, then \`nginx -t && systemctl reload nginx\`. (\`listen ... http2\` works on every
# nginx in use; from 1.25.1 nginx prefers \`http2 on;\` and only warns.)

# The Content-Security-Policy by kind of page: documents (articles, home, FAQ, 404; lib/security/page-kinds.ts)
# run no inline script; everything else gets the tools' policy. Keyed by the file served.
map $uri ${cspVariable} {
    default ${nginxValue(contentSecurityPolicy({ kind: 'tool' }))};
${map}
}

# Each language's 404 page, by the address asked for.
map $uri $not_found_page {
    default ${notFoundFiles.en};
${translatedLocales.map((locale) => `    ~^/${locale}(/|$) ${notFoundFiles[locale]};`).join('\n')}
}

server {
    listen 80;
    listen [::]:80;
    server_name example.org; # CHANGE: the site's domain
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name example.org; # CHANGE: the site's domain
    ssl_certificate /etc/ssl/certs/example.org.pem; # CHANGE: the certificate chain
    ssl_certificate_key /etc/ssl/private/example.org.key; # CHANGE: its private key

    root /var/www/smp-site; # CHANGE: where out/ was copied
    index index.html;
    server_tokens off;
    charset utf-8;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_types text/css text/plain text/xml application/javascript application/json application/xml application/manifest+json image/svg+xml;

    # The site's own "Page not found" page, with a 404 status, in the address's language (/hi/… gets /hi/404.html).
    error_page 404 $not_found_page;

    # Pages and other files. /aftercare is out/aftercare.html, as under \`next start\`; an address
    # with a trailing slash redirects to the one without, as \`next start\` does.
    location / {
        rewrite ^(.+)/$ $1 permanent;
        try_files $uri $uri.html $uri/ =404;
${location(cachePolicies.revalidate)}
    }

    # Link-preview images have no file extension: say what they are.
    location ~ /(${extensionlessImages.names.join('|')})$ {
        default_type ${extensionlessImages.contentType};
        try_files $uri =404;
${location(cachePolicies.revalidate)}
    }

    # The web app manifest: older nginx releases do not know its type.
    location ~ \\.webmanifest$ {
        default_type application/manifest+json;
        try_files $uri =404;
${location(cachePolicies.revalidate)}
    }

    # Next's build files carry a content hash in their names: cache them for a year.
    location ^~ ${immutablePathPrefix} {
        try_files $uri =404;
${location(cachePolicies.immutable)}
    }

${nginxRedirects(redirects)}
    # The header file for other hosts is not part of the site.
    location = /_headers {
        return 404;
    }
    location = /_redirects {
        return 404;
    }
}
`
}

/**
 * The same headers as a `_headers` file, read by Netlify and Cloudflare Pages from the site's root.
 * Both join repeated headers from several matching rules with commas, so Cache-Control is set only
 * for the hashed build files; both hosts already make browsers revalidate pages. For documents that
 * join is what we want: their rule adds the stricter policy to the tools' one from /*, and a browser
 * enforces every policy of a comma-separated Content-Security-Policy, so the stricter one holds.
 */
export function renderHeadersFile(documents: readonly string[] = documentPaths()): string {
  const lines = (headers: Header[]) => headers.map(({ key, value }) => `  ${key}: ${value}`).join('\n')
  // Preview images sit at the root, under a page (/aftercare) or under a page below one (/aftercare/planner).
  const imagePaths = extensionlessImages.names.flatMap((name) => [
    `/${name}`,
    `/:page/${name}`,
    `/:section/:page/${name}`,
  ])
  const imageRules = imagePaths.map(
    (path) => `${path}\n${lines([{ key: 'Content-Type', value: extensionlessImages.contentType }])}`,
  )
  const documentRules = documents.map((path) => `${path}\n${lines([cspHeader({ kind: 'document' })])}`)
  return `# Netlify and Cloudflare Pages: response headers for the static build (out/).
# ${generatedNote}
/*
${lines(securityHeaders())}

${immutablePathPrefix}*
${lines([{ key: 'Cache-Control', value: cachePolicies.immutable }])}

${imageRules.join('\n\n')}

# Documents (articles, home, FAQ): no inline script.
${documentRules.join('\n\n')}
`
}

/**
 * The old page addresses (articles' redirectFrom) as a `_redirects` file for Netlify and Cloudflare
 * Pages. 301, not 308: Cloudflare Pages takes either but Netlify documents 301 and 302 for
 * redirects, and for the GET requests a page gets the two mean the same (a 308 only also keeps the
 * method). The #section stays: the browser keeps the fragment across a redirect.
 */
export function renderRedirectsFile(
  redirects: readonly Redirect[] = readRedirects(undefined, { withTestRedirect: false }),
): string {
  return `# Netlify and Cloudflare Pages: old page addresses (redirectFrom in an article's front matter).
# Generated from the content step's redirects by \`npm run deploy:config\`: edit the article, not this file.
${redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('')}
# Unknown addresses in a translated language get that language's 404 page (only when no file matches).
${translatedLocales.map((locale) => `/${locale}/* ${notFoundFiles[locale]} 404\n`).join('')}`
}

/** The files in deploy/, by name. */
export const deployFiles = {
  'nginx.conf': () => renderNginxConf(),
  _headers: () => renderHeadersFile(),
  _redirects: () => renderRedirectsFile(),
} as const

// deploy/nginx.conf: nginx serving out/ as `npm start`, Netlify and Cloudflare Pages do, written from the same
// headers (lib/security/headers.ts) by `npm run deploy:config`. It holds nothing from the content: the old
// addresses come from out/_redirects.map, which `npm run build` writes beside out/_redirects, so a renamed
// article never needs this file changed.
import type { Redirect } from '../content/published-links'
import { translatedLocales } from '../i18n/locales'
import { cachePolicies, immutablePathPrefixes, securityHeaders, type Header } from '../security/headers'
import { notFoundFiles } from '../security/page-kinds'
import { extensionlessImages } from './headers-file'
import { movedStatus } from './redirects-file'

/** The map of old addresses nginx includes, written to out/ by the build (and never served). */
export const nginxRedirectMapFile = '_redirects.map'

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

/** out/_redirects.map: one `old new;` line per old address, for the map in nginx.conf. */
export function renderNginxRedirectMap(redirects: readonly Pick<Redirect, 'from' | 'to'>[]): string {
  return `# Old addresses for deploy/nginx.conf (written by \`npm run build\`).\n${redirects
    .map(({ from, to }) => `${nginxValue(from)} ${nginxValue(to)};\n`)
    .join('')}`
}

/**
 * A complete nginx server block serving out/ over HTTPS (plus a redirect from HTTP). nginx drops the
 * server's add_header lines in a location that has its own, so each location lists them all.
 */
export function renderNginxConf(): string {
  const location = (cache: string) =>
    addHeaders([{ key: 'Cache-Control', value: cache }, ...securityHeaders()], '        ')
  const root = '/var/www/smp-site'
  return `# nginx: serves the static build of the site (\`npm run build\` writes out/) as \`npm start\` does.
# ${generatedNote}
#
# Use: copy out/ to the server (e.g. ${root}), put this file in /etc/nginx/conf.d/, change the
# lines marked CHANGE, then \`nginx -t && systemctl reload nginx\`. (\`listen ... http2\` works on every
# nginx in use; from 1.25.1 nginx prefers \`http2 on;\` and only warns.)

# Old page addresses (an article's redirectFrom), from the file the build writes beside the pages.
map $uri $moved_to {
    default "";
    include ${root}/${nginxRedirectMapFile}; # CHANGE: where out/ was copied
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

    root ${root}; # CHANGE: where out/ was copied
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

    # Pages and other files. /aftercare is out/aftercare.html; an address with a trailing slash redirects
    # to the one without.
    location / {
        # An old address moves on (the browser keeps the #section), with the headers below.
        if ($moved_to) {
            return ${movedStatus} $moved_to$is_args$args;
        }
        rewrite ^(.+)/$ $1 permanent;
        try_files $uri $uri.html $uri/ =404;
${location(cachePolicies.revalidate)}
    }

    # Link-preview images have no file extension: say what they are.
    location ~ /(${extensionlessImages.names.join('|')})(-\\w+)?$ {
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

${immutablePathPrefixes
  .map(
    (prefix) => `    # Files with a content hash in their names: cache them for a year.
    location ^~ ${prefix} {
        try_files $uri =404;
${location(cachePolicies.immutable)}
    }
`,
  )
  .join('\n')}
    # The other hosts' rule files and nginx's map are not part of the site.
    location ~ ^/_(headers|redirects|redirects\\.map)$ {
        return 404;
    }
}
`
}

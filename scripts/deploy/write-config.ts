// Writes deploy/nginx.conf from lib/security/headers.ts (npm run deploy:config). Run it after changing the
// headers; tests/unit/deploy/nginx-conf.test.ts fails until you do. It holds nothing from the content: the
// build writes the old addresses to out/_redirects.map, which the file includes.
import { writeFileSync } from 'node:fs'
import { renderNginxConf } from '../../lib/deploy/nginx-conf'

export const nginxConfFile = 'deploy/nginx.conf'
writeFileSync(nginxConfFile, renderNginxConf())
console.log(`wrote ${nginxConfFile}`)

// Writes deploy/nginx.conf and deploy/_headers from lib/security/headers.ts (npm run deploy:config).
// Run it after changing the headers; tests/unit/security/deploy-files.test.ts fails until you do.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deployFiles } from '../../lib/security/deploy-config'

const dir = 'deploy'
mkdirSync(dir, { recursive: true })
for (const [name, render] of Object.entries(deployFiles)) {
  writeFileSync(join(dir, name), render())
  console.log(`wrote ${join(dir, name)}`)
}

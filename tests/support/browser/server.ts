// The site's own server over out/ (what `npm start` runs) for the browser tests (global-setup.ts).
export { startStaticServer } from '@/scripts/static/lib/static-server'

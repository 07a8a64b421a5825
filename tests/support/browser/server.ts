// `next start` for the browser tests (global-setup.ts): shared with scripts/ (scripts/lib/next-server.ts).
export { freePort, startNext } from '@/scripts/lib/next-server'

// `npm start`: serves the static build in out/ as the hosts do (scripts/static/lib/static-server.ts), on PORT
// (default 3000). HOST picks the address to listen on (default 127.0.0.1; 0.0.0.0 in a container).
import { startStaticServer } from './lib/static-server'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const server = await startStaticServer({ port, host })
console.log(`Serving out/ at ${server.baseUrl} (Ctrl+C to stop)`)

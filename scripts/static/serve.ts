// Serves the static build in out/ like a static host would (npm run serve:static [-- --port 8080]).
import { startStaticServer } from './lib/static-server'

const portFlag = process.argv.indexOf('--port')
const port = portFlag > -1 ? Number(process.argv[portFlag + 1]) : 3000
const server = await startStaticServer({ port })
console.log(`Serving out/ at ${server.baseUrl} (Ctrl+C to stop)`)

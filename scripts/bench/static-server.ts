// A plain static file server for the static export (out/): node:http and sirv, nothing else.
// `/aftercare` serves out/aftercare.html, as the export's URLs expect. Run as its own process by
// scripts/bench/load.ts, so that it does not share an event loop with the load generator:
//   tsx scripts/bench/static-server.ts --dir out --port 4000
import { createReadStream, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, port: { type: 'string', default: '4000' } } })
const dir = values.dir
// Production settings: no file-system check per request (dev: false), ETags for revalidation.
const serve = sirv(dir, { extensions: ['html'], etag: true, dev: false })
const notFoundPage = join(dir, '404.html')

const server = createServer((request, response) =>
  serve(request, response, () => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    // The export's own 404 page, as a static host would serve it.
    if (existsSync(notFoundPage)) createReadStream(notFoundPage).pipe(response)
    else response.end('Not found')
  }),
)

server.listen(Number(values.port), '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${values.port} serving ${dir}`))
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})

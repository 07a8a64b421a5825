// `npm run bench:load`: requests per second and latency for pages from `npm start` (the static build in out/
// behind the site's own server, scripts/static/serve.ts), on loopback only. Needs `npm run build` first. Flags: --duration 10 --connections 10 --warmup 2 --pages /,/aftercare,/self-check.
// Every run is bounded by --duration, and the server is stopped at the end.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { freePort } from '../lib/free-port'
import { staticDir } from '../static/lib/static-server'
import { textTable } from '../text-table'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    pages: { type: 'string', default: '/,/aftercare,/self-check' },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log(
    'Usage: npm run bench:load [-- --duration 10 --connections 10 --warmup 2 --pages /,/aftercare,/self-check]',
  )
  process.exit(0)
}
const positive = (name: string, value: string, min: number) => {
  const number = Number(value)
  if (!Number.isFinite(number) || number < min) {
    console.error(`--${name} must be a number of at least ${min} (got "${value}")`)
    process.exit(1)
  }
  return number
}
const duration = positive('duration', values.duration, 1)
const connections = positive('connections', values.connections, 1)
const warmup = positive('warmup', values.warmup, 0)
const pages = values.pages
  .split(',')
  .map((page) => page.trim())
  .filter(Boolean)
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error(`no static build in ${staticDir}/: run \`npm run build\``)
  process.exit(1)
}

type Server = { name: string; baseUrl: string; stop: () => Promise<void> }

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the static server exited early with code ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the static server did not answer at ${url} within ${timeoutMs} ms`)
}

/** `npm start` (scripts/static/serve.ts) in its own process, so that it does not share an event loop with autocannon. */
async function startStatic(): Promise<Server> {
  const port = await freePort()
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/static/serve.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port) },
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitUntilUp(baseUrl, child)
  } catch (error) {
    child.kill()
    throw error
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { name: 'npm start', baseUrl, stop }
}

type Measurement = { page: string; server: string; result: autocannon.Result }

const run = (url: string, seconds: number) => autocannon({ url, connections, duration: seconds })

const startedAt = new Date()
const loadAtStart = loadavg()[0]!
console.error(
  `bench:load on ${cpus().length} cores, Node ${process.versions.node}, load average ${loadavg()[0]!.toFixed(1)}: ` +
    `${duration} s per page and server, ${connections} connections, ${warmup} s warm-up; the build in ${staticDir}/`,
)
const servers: Server[] = []
const measurements: Measurement[] = []
try {
  servers.push(await startStatic())
  // It must serve every page before anything is measured: a 404 would be very fast and mean nothing.
  for (const server of servers) {
    for (const page of pages) {
      const response = await fetch(`${server.baseUrl}${page}`)
      if (response.status !== 200) throw new Error(`${server.name} answers ${page} with ${response.status}, not 200`)
    }
  }
  for (const page of pages) {
    for (const server of servers) {
      const url = `${server.baseUrl}${page}`
      if (warmup > 0) await run(url, warmup)
      console.error(`  ${page} on ${server.name} ...`)
      measurements.push({ page, server: server.name, result: await run(url, duration) })
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()))
}

const rows = measurements.map(({ page, server, result }) => {
  return [
    page,
    server,
    result.requests.average.toFixed(0),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.errors),
    String(result.non2xx),
    `${(result.throughput.average / 1024 / 1024).toFixed(1)}`,
  ]
})
console.log(
  `\nLoad test on loopback (${cpus().length} cores, Node ${process.versions.node}, ${startedAt.toISOString().slice(0, 10)}; ` +
    `${duration} s per row, ${connections} connections, no compression asked for; ` +
    `1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end)\n`,
)
console.log(
  textTable(['page', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'MB/s'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]),
)
console.log('\nreq/s is the mean over the run.')

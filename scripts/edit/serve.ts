// `npm run edit`: the site in development (`npm run dev`: the content step, its watcher and `next dev`) and the web
// editor at http://localhost:$PORT/admin/ (PORT as for `npm start`, default 3000), with Decap CMS's local backend
// (decap-server), so an editor edits the real files in content/ with no account and no network.
// This server listens on localhost only and sits in front of `next dev`: it answers /admin/ itself (the page, the
// Decap bundle from node_modules, the configuration generated from the schemas, the checks and the preview) and
// passes everything else to `next dev`. Nothing of it is in pages/ or public/, so `out/` never has /admin.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import { connect } from 'node:net'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import postcss from 'postcss'
import tailwind from '@tailwindcss/postcss'
import { parse as parseYaml } from 'yaml'
import { generatedDir, readGenerated } from '../../lib/content/generated'
import { checkedDir, writeChecked } from '../../lib/content/output'
import { rawProblems } from '../../lib/content/raw'
import { devCheck } from '../../lib/content/watch'
import { validateEntry } from '../../lib/editor/check'
import { editorConfig } from '../../lib/editor/collections'
import { freePort } from '../lib/free-port'
import { nextEnv } from '../lib/next-env'
import { renderPreview } from './preview'

const root = process.cwd()
const contentDir = process.env.CONTENT_DIR ?? 'content'
const port = Number(process.env.PORT ?? 3000)
const host = '127.0.0.1'
const here = dirname(fileURLToPath(import.meta.url))
const decapDist = join(root, 'node_modules', 'decap-cms', 'dist')

const [nextPort, decapPort] = [await freePort(), await freePort()]
const children: ChildProcess[] = []
function start(command: string, args: string[], env: NodeJS.ProcessEnv, name: string) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] stopped (${code}); stopping the editor.`)
      void stop(1)
    }
  })
  children.push(child)
}
let stopping = false
/** Stops every process started here and waits for them (at most 10 s), so that none writes on after the editor. */
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null)
  const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)))
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 10_000))])
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

// decap-server writes the files Decap saves ("fs" mode), listening on loopback only.
start(
  process.execPath,
  [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')],
  { ...process.env, PORT: String(decapPort), BIND_HOST: host, MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  'decap-server',
)
start('npm', ['run', 'dev'], nextEnv({ PORT: String(nextPort) }), 'dev')

/** The keys a record has in a YAML file now (regions.yaml's countries). */
function keysFor(file: string, path: string[]): string[] {
  try {
    let value = parseYaml(readFileSync(join(contentDir, file), 'utf8')) as unknown
    for (const key of path) value = (value as Record<string, unknown>)?.[key]
    return value && typeof value === 'object' ? Object.keys(value) : []
  } catch {
    return []
  }
}

const clientScript = (
  await build({
    entryPoints: [join(here, 'client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  })
).outputFiles[0]!.text

/** The site's CSS (app/globals.css through Tailwind), for the preview: compiled once, on first use. */
let siteCss: Promise<string> | undefined
const compileCss = () =>
  (siteCss ??= postcss([tailwind()])
    .process(readFileSync(join(root, 'app', 'globals.css'), 'utf8'), { from: join(root, 'app', 'globals.css') })
    // The fonts it names from node_modules (../node_modules/@fontsource/...) are served under /admin/fonts/.
    .then((result) => result.css.replaceAll('../node_modules/@fontsource/', '/admin/fonts/')))

/** When Contentlayer last wrote its output (each type's _index.json), in ms. */
function generatedAt(): number {
  const dir = generatedDir()
  if (!existsSync(dir)) return 0
  return Math.max(
    0,
    ...readdirSync(dir)
      .map((type) => join(dir, type, '_index.json'))
      .filter((file) => existsSync(file))
      .map((file) => statSync(file).mtimeMs),
  )
}

/**
 * After a save: the whole content step's check, as `npm run dev`'s watcher runs it, once Contentlayer has read the
 * saved file (at most 20 s), so the editor sees what the terminal shows. It also writes .content/, so the site shows
 * the change even when the watcher missed Contentlayer's rewrite.
 */
async function checkAfterSave(file: string) {
  const early = rawProblems(contentDir)
  if (early.length > 0) return early
  const savedAt = file && existsSync(file) ? statSync(file).mtimeMs : Date.now()
  for (let waited = 0; generatedAt() < savedAt && waited < 20_000; waited += 250)
    await new Promise((resolve) => setTimeout(resolve, 250))
  // Contentlayer writes a file per document, then the indexes: let it finish, as the watcher does.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const { checked } = devCheck(
    () => readGenerated(generatedDir(), contentDir),
    (result) => writeChecked(checkedDir(), result),
  )
  return checked.problems
}

const adminPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Content editor</title>
<link rel="icon" href="data:,">
<style>
#editor-check { position: fixed; bottom: 1rem; right: 1rem; z-index: 1000; max-width: 36rem; white-space: pre-wrap;
  padding: 0.75rem 1rem; border-radius: 6px; font: 15px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px #0004; }
#editor-check[data-kind=error] { background: #fdecea; color: #611a15; border: 2px solid #b3261e; }
#editor-check[data-kind=ok] { background: #e8f5e9; color: #1b4d1e; border: 2px solid #2e7d32; }
</style>
</head>
<body>
<script>window.CMS_MANUAL_INIT = true</script>
<script src="/admin/decap/decap-cms.js"></script>
<script src="/admin/config.js"></script>
<script src="/admin/editor.js"></script>
</body>
</html>
`

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {}
}

function proxy(incoming: IncomingMessage, response: ServerResponse, targetPort: number, path: string) {
  const outgoing = request(
    {
      host,
      port: targetPort,
      path,
      method: incoming.method,
      headers: { ...incoming.headers, host: `${host}:${targetPort}` },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    },
  )
  outgoing.on('error', () => send(response, 502, 'text/plain', 'The site is still starting: reload in a moment.'))
  incoming.pipe(outgoing)
}

async function admin(incoming: IncomingMessage, response: ServerResponse, path: string) {
  if (path === '/admin') return response.writeHead(308, { location: '/admin/' }).end()
  if (path === '/admin/') return send(response, 200, 'text/html; charset=utf-8', adminPage)
  if (path === '/admin/config.js') {
    const config = editorConfig({ contentDir, keysFor, localBackendUrl: `http://localhost:${port}/admin/api/v1` })
    return send(response, 200, types['.js']!, `window.EDITOR_CONFIG = ${JSON.stringify(config)}\n`)
  }
  if (path === '/admin/editor.js') return send(response, 200, types['.js']!, clientScript)
  if (path === '/admin/site.css') return send(response, 200, types['.css']!, await compileCss())
  if (path.startsWith('/admin/api/v1')) return proxy(incoming, response, decapPort, path.replace('/admin', ''))
  if (path === '/admin/api/validate' && incoming.method === 'POST') {
    const { path: file, collection, data } = await readJson(incoming)
    const result = validateEntry({
      file: String(file ?? ''),
      collection: String(collection ?? ''),
      data: (data ?? {}) as Record<string, unknown>,
      contentDir,
    })
    for (const problem of result.problems)
      console.error(
        `[editor] not saved: ${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
      )
    return send(response, 200, 'application/json', JSON.stringify(result))
  }
  if (path === '/admin/api/check' && incoming.method === 'POST') {
    const { path: file } = await readJson(incoming)
    const problems = await checkAfterSave(String(file ?? ''))
    for (const problem of problems)
      console.error(`[editor] ${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`)
    return send(response, 200, 'application/json', JSON.stringify({ problems }))
  }
  if (path === '/admin/api/preview' && incoming.method === 'POST') {
    const { path: file, data } = await readJson(incoming)
    const html = renderPreview({ file: String(file ?? ''), data: (data ?? {}) as Record<string, unknown>, contentDir })
    return send(response, 200, 'application/json', JSON.stringify({ html }))
  }
  if (path.startsWith('/admin/fonts/')) {
    const fonts = join(root, 'node_modules', '@fontsource')
    const file = normalize(join(fonts, path.slice('/admin/fonts/'.length)))
    if (file.startsWith(fonts) && file.endsWith('.woff2') && existsSync(file))
      return send(response, 200, 'font/woff2', readFileSync(file))
  }
  if (path.startsWith('/admin/decap/')) {
    const file = normalize(join(decapDist, path.slice('/admin/decap/'.length)))
    if (file.startsWith(decapDist) && existsSync(file))
      return send(response, 200, types[extname(file)] ?? 'application/octet-stream', readFileSync(file))
  }
  return send(response, 404, 'text/plain', 'Not found')
}

const server = createServer((incoming, response) => {
  const path = new URL(incoming.url ?? '/', 'http://localhost').pathname
  if (path === '/admin' || path.startsWith('/admin/')) {
    admin(incoming, response, path).catch((error: Error) => {
      console.error(`[editor] ${path}: ${error.stack ?? error.message}`)
      if (!response.headersSent) send(response, 500, 'text/plain', error.message)
    })
    return
  }
  proxy(incoming, response, nextPort, incoming.url ?? '/')
})
// next dev's live reload is a WebSocket: pass the upgrade through.
server.on('upgrade', (incoming: IncomingMessage, socket, head) => {
  const upstream = connect(nextPort, host, () => {
    const headers = Object.entries(incoming.headers)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : value}`)
      .join('\r\n')
    upstream.write(`${incoming.method} ${incoming.url} HTTP/1.1\r\n${headers}\r\n\r\n`)
    upstream.write(head)
    socket.pipe(upstream).pipe(socket)
  })
  upstream.on('error', () => socket.destroy())
  socket.on('error', () => upstream.destroy())
})
server.listen(port, host, () => {
  console.log(`The web editor: http://localhost:${port}/admin/  (the site: http://localhost:${port}/; Ctrl+C to stop)`)
})

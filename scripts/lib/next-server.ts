// Starts `next start` on a free loopback port and waits until it answers. Shared by the browser tests
// (tests/support/browser/server.ts), the screenshots and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { nextEnv } from './next-env'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs} ms`)
}

/** `cwd`: another checkout's production build (e.g. the one before a change, for `BEFORE=... npm run bench:lighthouse`). */
export async function startNext({ cwd }: { cwd?: string } = {}): Promise<{
  baseUrl: string
  stop: () => Promise<void>
}> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    // localhost, the name Next gives itself: proxy.ts's rewrites (the Hindi 404) stay inside the server only then.
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', 'localhost'],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: nextEnv({ NODE_ENV: 'production' }) },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const baseUrl = `http://localhost:${port}`
  try {
    await waitUntilUp(baseUrl, child, 60_000)
  } catch (error) {
    child.kill()
    throw new Error(`${(error as Error).message}\n${output}`)
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

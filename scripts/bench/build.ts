// `npm run bench:build [-- --sizes 10,100,1000]`: how the build's cost grows with the number of
// articles. For each size it makes a throwaway copy of the project (scripts/bench/project-copy.ts)
// whose content/ is the real content folder plus synthetic articles up to that many articles in all,
// then times the content step (contentlayer2 build + scripts/check-content.ts) and `next build`,
// each from cold (no cache). The checkout's own .contentlayer/ and builds are never touched.
import { spawn } from 'node:child_process'
import { cpSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { textTable } from '../text-table'
import { copyProject } from './project-copy'
import { syntheticArticle } from './synthetic-articles'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const realArticles = readdirSync(join(repoRoot, 'content', 'articles')).filter((name) => name.endsWith('.md')).length

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log(
    `Usage: npm run bench:build [-- --sizes 10,100,1000]\nEach size is the total number of articles: the ${realArticles} real ones plus synthetic ones.`,
  )
  process.exit(0)
}
const sizes = values.sizes.split(',').map((size) => Number(size.trim()))
if (sizes.some((size) => !Number.isInteger(size) || size < realArticles)) {
  console.error(
    `--sizes must be whole numbers of at least ${realArticles} (the real articles are kept), e.g. 10,100,1000`,
  )
  process.exit(1)
}

type Timed = { seconds: number; output: string }

/** Runs a command in the copy and times it; a failure stops the benchmark with the command's output. */
function timed(dir: string, command: string, args: string[], env: Record<string, string> = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const fullEnv: NodeJS.ProcessEnv = {
      ...process.env,
      // Contentlayer takes its working directory from $PWD (see tests/unit/content/cli.test.ts).
      PWD: dir,
      NEXT_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    }
    delete fullEnv.CONTENT_DIR
    const child = spawn(join(dir, 'node_modules', '.bin', command), args, {
      cwd: dir,
      env: fullEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code === 0) resolve({ seconds, output })
      else
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} after ${seconds.toFixed(1)} s:\n${output}`))
    })
  })
}

type Row = { articles: number; pages?: number; content: number; build: number; load: number }

async function measure(articles: number): Promise<Row> {
  const copy = copyProject(repoRoot)
  try {
    cpSync(join(repoRoot, 'content'), join(copy.dir, 'content'), { recursive: true })
    const synthetic = articles - realArticles
    for (let index = 1; index <= synthetic; index++) {
      const { fileName, text } = syntheticArticle(index, synthetic, 100 + index)
      writeFileSync(join(copy.dir, 'content', 'articles', fileName), text)
    }
    console.error(`[${articles} articles] content step ...`)
    const contentlayer = await timed(copy.dir, 'contentlayer2', ['build'])
    const check = await timed(copy.dir, 'tsx', ['scripts/check-content.ts'])
    console.error(`[${articles} articles] next build ...`)
    const build = await timed(copy.dir, 'next', ['build'])
    // "Generating static pages using 2 workers (123/123)": the last count is every prerendered file.
    const pages = [...build.output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].at(-1)?.[2]
    return {
      articles,
      pages: pages ? Number(pages) : undefined,
      content: contentlayer.seconds + check.seconds,
      build: build.seconds,
      load: loadavg()[0]!,
    }
  } finally {
    copy.remove()
  }
}

const startedAt = new Date()
console.error(
  `bench:build on ${cpus().length} cores, Node ${process.versions.node}, load average ${loadavg()[0]!.toFixed(1)}; sizes ${sizes.join(', ')}`,
)
const rows: Row[] = []
for (const size of sizes) {
  const row = await measure(size)
  rows.push(row)
  console.error(`[${size} articles] content ${row.content.toFixed(1)} s, next build ${row.build.toFixed(1)} s`)
}

const factor = (value: number, previous: number | undefined) => (previous ? `×${(value / previous).toFixed(1)}` : '')
console.log(
  `\nBuild cost by number of articles (${realArticles} real + synthetic; ${cpus().length} cores, Node ${process.versions.node}, ${startedAt.toISOString().slice(0, 10)})\n`,
)
console.log(
  textTable(
    [
      'articles',
      'pages built',
      'content step s',
      'next build s',
      'total s',
      'ms per article',
      'articles growth',
      'time growth',
      'load average',
    ],
    rows.map((row, index) => {
      const previous = rows[index - 1]
      const total = row.content + row.build
      return [
        String(row.articles),
        row.pages === undefined ? '?' : String(row.pages),
        row.content.toFixed(1),
        row.build.toFixed(1),
        total.toFixed(1),
        ((total * 1000) / row.articles).toFixed(0),
        factor(row.articles, previous?.articles),
        factor(total, previous ? previous.content + previous.build : undefined),
        row.load.toFixed(1),
      ]
    }),
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  ),
)
console.log(
  '\nms per article = total / articles. Growth compares each row with the one before it. Load average: the ' +
    "machine's 1-minute load when the row finished (above the core count, other work was competing).",
)

// The web editor's page script (`npm run edit`, /admin/): starts Decap CMS with the configuration the editor's
// server generated from the schemas, the site's look in the preview, and the content step's checks on save.
// Bundled by scripts/edit/serve.ts with esbuild; it runs on /admin/ only, never on a patient's page.

import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'

type Immutable = {
  toJS(): unknown
  get(key: string): unknown
  getIn(path: string[]): unknown
  deleteIn(path: string[]): Immutable
  setIn(path: (string | number)[], value: unknown): Immutable
}
type PreviewProps = { entry: Immutable; collection: Immutable }
type Problem = { file: string; field?: string; message: string }
type DecapEntry = { get(key: string): unknown; set(key: string, value: unknown): DecapEntry }
type Decap = {
  init(options: { config: unknown }): void
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void
  registerPreviewStyle(style: string, options?: { raw: boolean }): void
  registerPreviewTemplate(name: string, component: unknown): void
  registerEventListener(listener: {
    name: 'preSave' | 'postSave'
    handler: (args: { entry: Immutable & DecapEntry }) => unknown
  }): void
}
type Formatter = { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string }
type ComponentThis = {
  props: PreviewProps
  state: { html: string }
  setState(state: { html: string }): void
  timer?: ReturnType<typeof setTimeout>
  lastBody?: string
  load(): void
}

declare global {
  interface Window {
    CMS: Decap
    CMS_MANUAL_INIT: boolean
    EDITOR_CONFIG: { collections: { name: string; folder?: string }[] }
    h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown
    createClass: (spec: Record<string, unknown>) => unknown
  }
}

const { CMS, EDITOR_CONFIG: config } = window

// Front matter written as an editor writes it by hand: Decap's own writer folds a long line (a description) at 80
// characters, which the content step accepts but which makes the file harder to read and its diff larger.
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/
CMS.registerCustomFormat('site-frontmatter', 'md', {
  fromFile(content) {
    const match = frontMatter.exec(content)
    if (!match) return content.trim() ? { body: content } : {}
    const data = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>
    const body = match[2] ?? ''
    return { ...data, ...(body.trim() ? { body } : {}) }
  },
  toFile({ body = '', ...fields }) {
    return `---\n${stringifyYaml(fields, { lineWidth: 0 })}---\n${String(body)}`
  },
})

/** content/<folder>/<slug>.md for a folder collection's entry. */
function entryPath(entry: Immutable): string {
  return String(entry.get('path') ?? '')
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await response.json()) as T
}

const summary = (problems: Problem[]) =>
  problems
    .slice(0, 5)
    .map((p) => `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .join('\n') + (problems.length > 5 ? `\n…and ${problems.length - 5} more (the terminal lists every one).` : '')

/** A message on the editor's page (Decap's own notifications cannot be reached from outside). */
function notice(text: string, kind: 'error' | 'ok') {
  let box = document.getElementById('editor-check')
  if (!box) {
    box = document.createElement('div')
    box.id = 'editor-check'
    box.setAttribute('role', 'status')
    document.body.append(box)
  }
  box.dataset.kind = kind
  box.textContent = text
  box.hidden = false
  const shown = text
  setTimeout(() => {
    if (box.textContent === shown && kind === 'ok') box.hidden = true
  }, 8000)
}

// The preview: the server renders the text through the site's markdown pipeline, in the site's markup and CSS.
const Preview = window.createClass({
  getInitialState() {
    return { html: '' }
  },
  componentDidMount(this: ComponentThis) {
    this.load()
  },
  componentDidUpdate(this: ComponentThis) {
    const body = JSON.stringify(this.props.entry.get('data'))
    if (body === this.lastBody) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.load(), 300)
  },
  load(this: ComponentThis) {
    const data = this.props.entry.get('data') as Immutable
    this.lastBody = JSON.stringify(data)
    void postJson<{ html: string }>('/admin/api/preview', {
      path: entryPath(this.props.entry),
      collection: this.props.collection.get('name'),
      data: data.toJS(),
    }).then(({ html }) => this.setState({ html }))
  },
  render(this: ComponentThis) {
    return window.h('div', { dangerouslySetInnerHTML: { __html: this.state.html } })
  },
})

void fetch('/admin/site.css')
  .then((response) => response.text())
  .then((css) => {
    CMS.registerPreviewStyle(css, { raw: true })
    for (const collection of config.collections)
      if (collection.folder) CMS.registerPreviewTemplate(collection.name, Preview)

    // Before writing: the content step's schema check of this file (dates, lengths, fields), so that nothing
    // is written that the content step would refuse. Throwing stops Decap's save and shows the message.
    CMS.registerEventListener({
      name: 'preSave',
      handler: async ({ entry }) => {
        let data = entry.get('data') as Immutable
        type Answer = {
          problems: Problem[]
          empty: string[][]
          numbers: { path: (string | number)[]; value: number }[]
        }
        const { problems, empty, numbers } = await postJson<Answer>('/admin/api/validate', {
          path: entryPath(entry),
          collection: entry.get('collection'),
          data: data.toJS(),
        })
        if (problems.length > 0) {
          notice(`Not saved: the content step would refuse it.\n${summary(problems)}`, 'error')
          throw new Error(summary(problems))
        }
        // What the editor left empty (an optional field not filled in) is left out of the file.
        for (const path of empty) data = data.deleteIn(path)
        for (const { path, value } of numbers) data = data.setIn(path, value)
        return data
      },
    })
    // After writing: the whole content step's check (links, published addresses, plain language too).
    CMS.registerEventListener({
      name: 'postSave',
      handler: async ({ entry }) => {
        notice('Saved. Checking the content…', 'ok')
        const { problems } = await postJson<{ problems: Problem[] }>('/admin/api/check', { path: entryPath(entry) })
        notice(
          problems.length
            ? `Saved, but the content step finds ${problems.length} problem(s):\n${summary(problems)}`
            : 'Saved. The content check passed.',
          problems.length ? 'error' : 'ok',
        )
      },
    })
    CMS.init({ config })
  })

export {}

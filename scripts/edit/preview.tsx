// The web editor's preview (`npm run edit`): an entry's text through the site's own markdown pipeline
// (lib/content/markdown.ts: section ids, figures) and the content step's enrichment (lib/content/enrich.ts: the
// clinic's country's values for {{placeholders}}, numbered citations, glossary links), in the article's markup.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { renderToStaticMarkup } from 'react-dom/server'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import { ArticleBody } from '@/components/article/ArticleBody'
import { enrichTree, type EnrichOptions } from '@/lib/content/enrich'
import { markdownPipeline } from '@/lib/content/markdown'
import { glossarySchema } from '@/lib/glossary/schema'
import { regionsSchema } from '@/lib/site/regions'

const processor = unified()
markdownPipeline(processor)

const readYaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'))

/** The clinic's country's values and the glossary, as content/ has them now; left out when they do not parse. */
function context(contentDir: string): Pick<EnrichOptions, 'region' | 'glossary'> {
  try {
    const { countryCode } = readYaml(join(contentDir, 'site.yaml')) as { countryCode?: string }
    const regions = regionsSchema.safeParse(readYaml(join(contentDir, 'regions.yaml')))
    const glossary = glossarySchema.safeParse(readYaml(join(contentDir, 'glossary.yaml')))
    return {
      region: regions.success && countryCode ? regions.data.regions[countryCode] : undefined,
      glossary: glossary.success ? { path: '/glossary', terms: glossary.data.terms } : undefined,
    }
  } catch {
    return {}
  }
}

/** The English page a Hindi file translates: its title and lastReviewed, from content/<folder>/<slug>.md. */
function englishOf(file: string, contentDir: string) {
  const match = new RegExp(`^${contentDir}/hi/(articles|faq)/([^/]+\\.md)$`).exec(file)
  if (!match) return undefined
  const english = join(contentDir, match[1]!, match[2]!)
  if (!existsSync(english)) return { file: english }
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(english, 'utf8'))?.[1] ?? ''
  const data = (parseYaml(front) ?? {}) as Record<string, unknown>
  return {
    file: english,
    title: String(data.title ?? data.question ?? ''),
    lastReviewed: String(data.lastReviewed ?? ''),
  }
}

export function renderPreview({
  file,
  data,
  contentDir = 'content',
}: {
  file: string
  data: Record<string, unknown>
  contentDir?: string
}): string {
  const isArticle = /\/articles\//.test(file) || file === ''
  const hindi = file.startsWith(`${contentDir}/hi/`)
  let html = ''
  let error: string | undefined
  try {
    const tree = processor.processSync(String(data.body ?? '')).data.tree as Root
    const { glossary, region } = context(contentDir)
    const onGlossary = /\/glossary\.md$/.test(file)
    const enriched = enrichTree(tree, {
      allowCitations: isArticle,
      region,
      locale: hindi ? 'hi' : 'en',
      glossary: hindi || onGlossary ? undefined : glossary,
    })
    html = toHtml(enriched.tree)
    if (enriched.problems.length) error = enriched.problems.join('; ')
  } catch (caught) {
    error = (caught as Error).message
  }
  const english = hindi ? englishOf(file, contentDir) : undefined
  const heading = String(data.title ?? data.question ?? '')
  return renderToStaticMarkup(
    <main lang={hindi ? 'hi' : 'en'} className="mx-auto max-w-3xl px-4 py-8 text-ink">
      {english && (
        <p lang="en" className="mb-6 rounded border border-brand-700 bg-brand-50 p-3 text-base" data-translates>
          Translates {english.file}
          {english.title ? ` (“${english.title}”)` : ' (not found)'}
          {english.lastReviewed ? `, last reviewed ${english.lastReviewed}` : ''}. This file says translationOf:{' '}
          {String(data.translationOf ?? '—')}.
        </p>
      )}
      {error && (
        <p lang="en" role="alert" className="mb-6 rounded border border-red-700 bg-red-50 p-3 text-base">
          The content step would refuse this text: {error}
        </p>
      )}
      <h1 className="mb-4 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{heading}</h1>
      {typeof data.description === 'string' && <p className="mb-8 text-lg text-muted">{data.description}</p>}
      <ArticleBody html={html} />
    </main>,
  )
}

// The content step's report (lib/content/report.ts), its first look at the raw files
// (lib/content/raw.ts), Contentlayer's messages in the same words (contentlayer-output.ts), the
// misspelt-field suggestion (suggest.ts) and the empty-page check (empty.ts).
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { contentlayerProblems } from '@/lib/content/contentlayer-output'
import { emptyBodyReason } from '@/lib/content/empty'
import { zodProblems } from '@/lib/content/problems'
import { rawFileProblems } from '@/lib/content/raw'
import { annotation, fieldLine, summaryTable, terminalLine, withLines } from '@/lib/content/report'
import { articleFrontMatter } from '@/lib/content/schema'
import { closestField, editDistance, knownKeys, suggestionFor } from '@/lib/content/suggest'
import { siteSettingsSchema } from '@/lib/site/schema'
import { compileTree } from '@/tests/support/content'

const article = (fields: string, body = 'Some text about SMP.') => `---\n${fields}\n---\n\n${body}\n`

describe('the misspelt-field suggestion', () => {
  it('measures slips of the keyboard (a swap counts once)', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('descripton', 'description')).toBe(1)
    expect(editDistance('author', 'order')).toBeGreaterThan(2)
  })

  it('names the closest known field, ignoring capitals, and nothing when none is close', () => {
    expect(closestField('titel', knownKeys(articleFrontMatter))).toBe('title')
    expect(closestField('lastreviewed', knownKeys(articleFrontMatter))).toBe('lastReviewed')
    expect(closestField('postcode', knownKeys(siteSettingsSchema, ['locations', 0, 'address']))).toBe('postalCode')
    expect(closestField('author', knownKeys(articleFrontMatter))).toBeUndefined()
    expect(suggestionFor('titel', ['title'])).toBe(
      'unknown field(s) "titel": check the spelling: did you mean "title"?',
    )
  })

  it('is said by the zod checks too, per key, keeping the old words for a key with no match', () => {
    const result = articleFrontMatter.safeParse({ titel: 'x', author: 'y' })
    const messages = zodProblems('content/articles/a.md', result.error!, undefined, articleFrontMatter)
      .map((p) => p.message)
      .filter((m) => m.startsWith('unknown'))
    expect(messages).toEqual([
      'unknown field(s) "titel": check the spelling: did you mean "title"?',
      'unknown field(s) "author": check the spelling',
    ])
  })

  it('keeps the old wording without a schema', () => {
    const schema = z.strictObject({ items: z.array(z.int()) })
    const result = schema.safeParse({ items: [], itmes: [] })
    expect(zodProblems('content/a.yaml', result.error!)[0]?.message).toBe(
      'unknown field(s) "itmes": check the spelling',
    )
  })
})

describe('the first look at the raw files', () => {
  const fm = 'title: A page\ndescription: A short test page about scalp micropigmentation.\norder: 1'

  it('names a misspelt field with its line, also a nested one', () => {
    expect(rawFileProblems('content/articles/a.md', 'articles/a.md', article(`${fm}\ntitel: x`))).toEqual([
      {
        file: 'content/articles/a.md',
        line: 5,
        message: 'unknown field(s) "titel": check the spelling: did you mean "title"?',
      },
    ])
    const site = 'name: x\nlocations:\n  - address:\n      stret: 1 Example Street\nfacebook: x\n'
    expect(rawFileProblems('content/site.yaml', 'site.yaml', site)).toEqual([
      {
        file: 'content/site.yaml',
        field: 'locations[0].address',
        line: 4,
        message: 'unknown field(s) "stret": check the spelling: did you mean "street"?',
      },
      { file: 'content/site.yaml', line: 5, message: 'unknown field(s) "facebook": check the spelling' },
    ])
  })

  it.each([
    [
      'a tab used for indenting',
      article(`${fm}\nreviewedBy:\n\tname: Sam`),
      6,
      'a tab is used for indenting (use spaces)',
    ],
    ['a stray quote', article(`title: "A page\n${fm.split('\n').slice(1).join('\n')}`), 2, 'a quote is not closed'],
    ['front matter never closed', `---\n${fm}\n\nSome text.\n`, 1, 'it is not closed with a line "---"'],
    ['no front matter', 'Some text.\n', 1, 'the file must start with a line "---"'],
  ])('gives one plain message with the line for %s', (_, text, line, words) => {
    const problems = rawFileProblems('content/articles/a.md', 'articles/a.md', text)
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toContain('the front matter cannot be read: ')
    expect(problems[0]!.message).toContain(words)
    expect(problems[0]!.line).toBe(line)
  })

  it.each([
    ['LF', (s: string) => s],
    ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
    ['CR', (s: string) => s.replace(/\n/g, '\r')],
    ['a byte-order mark', (s: string) => `\uFEFF${s}`],
    ['trailing spaces and tabs', (s: string) => s.replace(/\n/g, ' \t \n')],
  ])('reads front matter saved with %s', (_, save) => {
    expect(rawFileProblems('content/articles/a.md', 'articles/a.md', save(article(fm)))).toEqual([])
    expect(rawFileProblems('content/articles/a.md', 'articles/a.md', save(article(`${fm}\ntitel: x`)))).toEqual([
      expect.objectContaining({ line: 5 }),
    ])
  })
})

describe("Contentlayer's own messages", () => {
  const output = `Error: Found 4 problems in 17 documents.

 ├── Encountered unexpected errors while processing of 1 documents. This is possibly a bug in Contentlayer. Please open an issue.
 │   
 │   • "articles/script.md": UnexpectedMarkdownError: Error: Raw HTML is not allowed in markdown (line 13): <script>alert(1)</script>. Use markdown syntax instead.
 │   
 ├──   1 documents contain field data which isn't defined in the document type definition.
 │   
 │   • "articles/misspelled.md" of type "Article" has the following extra fields:
 │     • titel: "A page" 
 │   
 ├── 1 documents contain field data which didn't match the structure defined in the document type definition.
 │   
 │   • "articles/wrong-order.md" of type "Article" has the following incompatible fields:
 │     • order: "fourth" 
 │   
 └── Missing required fields for 1 documents.
     
     • "faq/how-many-sessions.md" (of type "Faq") is missing the following required fields:
       • related: list
     
`
  it('become problems in the content step’s words, with file, field and line', () => {
    expect(contentlayerProblems(output, 'content')).toEqual([
      {
        file: 'content/articles/script.md',
        line: 13,
        message:
          'Raw HTML is not allowed in markdown (line 13): <script>alert(1)</script>. Use markdown syntax instead.',
      },
      {
        file: 'content/articles/misspelled.md',
        message: 'unknown field(s) "titel": check the spelling: did you mean "title"?',
      },
      {
        file: 'content/articles/wrong-order.md',
        field: 'order',
        message: 'has the wrong kind of value ("fourth"): see the table of fields in the README',
      },
      { file: 'content/faq/how-many-sessions.md', field: 'related', message: 'is missing: it is required (list)' },
    ])
  })
})

describe('the report', () => {
  const text = article(
    'title: A page\ndescription: Short.\norder: 1\nreviewedBy:\n  name: Sam\n  role: ""',
    'Intro.\n\nSee [the missing page](/no-such-page).',
  )
  const files: Record<string, string> = { 'content/articles/a.md': text }

  it('finds the line of a field, a nested field and a link', () => {
    expect(fieldLine(text, 'a.md', 'description')).toBe(3)
    expect(fieldLine(text, 'a.md', 'reviewedBy.role')).toBe(7)
    expect(fieldLine('items:\n  - a: 1\n  - a: 2\n', 'a.yaml', 'items[1].a')).toBe(3)
    const problems = withLines(
      [
        { file: 'content/articles/a.md', field: 'description', message: 'must be at least 20 characters' },
        { file: 'content/articles/a.md', message: 'link "/no-such-page" goes to a page that does not exist' },
        { file: 'content/articles/a.md', message: 'somewhere' },
      ],
      (file) => files[file],
    )
    expect(problems.map((p) => p.line)).toEqual([3, 12, undefined])
    expect(problems.map(terminalLine)).toEqual([
      'content/articles/a.md: description: must be at least 20 characters (line 3)',
      'content/articles/a.md: link "/no-such-page" goes to a page that does not exist (line 12)',
      'content/articles/a.md: somewhere',
    ])
  })

  it("escapes annotations by GitHub's workflow-command rules", () => {
    expect(annotation({ file: 'content/a,b.md', line: 4, field: 'items[1].x', message: '100% sure:\r\nyes' })).toBe(
      '::error file=content/a%2Cb.md,line=4,title=items[1].x::100%25 sure:%0D%0Ayes',
    )
    expect(annotation({ file: 'content/a.md', message: 'x' })).toBe('::error file=content/a.md,title=content::x')
  })

  it('writes every problem as a row of the summary table', () => {
    expect(
      summaryTable(
        [
          { file: 'content/a.md', line: 2, field: 'title', message: 'a | b' },
          { file: 'content/b.md', message: 'c' },
        ],
        'content',
      ),
    ).toBe(
      [
        '## Content check failed: 2 problem(s) to fix in content/',
        '',
        '| file | line | field | problem |',
        '| --- | --- | --- | --- |',
        '| content/a.md | 2 | title | a \\| b |',
        '| content/b.md |  |  | c |',
        '',
      ].join('\n'),
    )
  })
})

describe('a page that would be empty', () => {
  it.each([
    ['', 'has no text'],
    ['   \n\n', 'has no text'],
    ['TODO', 'placeholder ("TODO")'],
    ['tbd.', 'placeholder ("tbd")'],
    ['TODO: write this section', 'placeholder ("TODO")'],
    ['Coming soon!', 'placeholder ("Coming soon")'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.', 'placeholder'],
  ])('refuses %j', (body, words) => {
    expect(emptyBodyReason(compileTree(body))).toContain(words)
  })

  it.each([
    'Some real text about SMP. TODO: add a photo.',
    'The price is to be confirmed at your consultation, which is free and takes about half an hour.',
    'Coming soon: [the new page](/coming-soon/).',
    '![A diagram of the scalp](/diagrams/scalp.svg)',
  ])('accepts %j', (body) => {
    expect(emptyBodyReason(compileTree(body))).toBeUndefined()
  })
})

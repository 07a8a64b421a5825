import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hrefsOf } from '@/lib/content/headings'
import { MarkdownContentError } from '@/lib/content/markdown'
import { compileMarkdown, compileMarkdownFile, compileWithTree, fixturesRoot, lineOf } from '@/tests/support/content'

/** Runs `fn`, expecting it to throw; returns the error. */
function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an error, but none was thrown')
}

describe('markdown pipeline: headings', () => {
  const html = compileMarkdown(
    'Intro.\n\n## Before your session\n\nText.\n\n### Washing your scalp\n\nText.\n\n#### Small print\n',
  )

  it('gives h2 and h3 a slug id and a link to themselves', () => {
    expect(html).toContain(
      '<h2 id="before-your-session">Before your session<a href="#before-your-session" class="heading-anchor">',
    )
    expect(html).toContain(
      '<h3 id="washing-your-scalp">Washing your scalp<a href="#washing-your-scalp" class="heading-anchor">',
    )
  })

  it('labels the anchor for screen readers and hides the "#"', () => {
    expect(html).toContain(
      '<span aria-hidden="true">#</span><span class="sr-only">Link to the section “Before your session”</span></a></h2>',
    )
  })

  it('adds no anchor to h4', () => {
    expect(html).toMatch(/<h4 id="small-print">Small print<\/h4>/)
    expect(html.match(/class="heading-anchor"/g)).toHaveLength(2)
  })

  it('makes repeated headings unique', () => {
    const twice = compileMarkdown('## Notes\n\nA.\n\n## Notes\n')
    expect(twice).toContain('<h2 id="notes">')
    expect(twice).toContain('<h2 id="notes-1">')
    expect(twice).toContain('href="#notes-1"')
  })

  it('keeps GitHub-flavoured tables and strikethrough', () => {
    const out = compileMarkdown('| Week | Care |\n| --- | --- |\n| 1 | Keep dry |\n\n~~old advice~~\n')
    expect(out).toContain('<table>')
    expect(out).toContain('<td>Keep dry</td>')
    expect(out).toContain('<del>old advice</del>')
  })
})

describe('markdown pipeline: refused syntax', () => {
  it.each([
    ['a script block', '<script>alert(1)</script>'],
    ['an image with an event handler', 'A photo <img src="x.png" onerror="alert(1)"> here.'],
    ['an iframe', '<iframe src="https://video.example/embed/1"></iframe>'],
    ['inline HTML', 'Some <b>bold</b> text.'],
    ['an HTML comment', '<!-- note to self -->'],
    ['a style block', '<style>body { display: none }</style>'],
  ])('refuses raw HTML: %s, naming the line', (_, snippet) => {
    const error = thrown(() => compileMarkdown(`First paragraph.\n\n${snippet}\n`))
    expect(error).toBeInstanceOf(MarkdownContentError)
    expect((error as Error).message).toContain('Raw HTML is not allowed')
    expect((error as Error).message).toContain('(line 3)')
  })

  it.each([
    ['an unchecked task', '- [ ] Shave your head'],
    ['a checked task', '- [x] Book a consultation'],
  ])('refuses task-list checkboxes: %s', (_, snippet) => {
    const error = thrown(() => compileMarkdown(`Before you come:\n\n${snippet}\n`))
    expect(error).toBeInstanceOf(MarkdownContentError)
    expect((error as Error).message).toMatch(/Task-list checkboxes.*\(line 3\)/)
  })

  it('still allows an ordinary list that starts with brackets in the text', () => {
    expect(compileMarkdown('- [NHS](https://www.nhs.uk/) advice\n- plain item\n')).toContain(
      '<li><a href="https://www.nhs.uk/">NHS</a> advice</li>',
    )
  })

  it.each([
    ['an atx "# " heading', 'Intro.\n\n# Another title\n'],
    ['an underlined (setext) heading', 'Intro.\n\nAnother title\n=============\n'],
  ])('refuses an h1 in the body: %s', (_, markdown) => {
    const error = thrown(() => compileMarkdown(markdown))
    expect(error).toBeInstanceOf(MarkdownContentError)
    expect((error as Error).message).toMatch(/"# " heading is not allowed in the body \(line 3\)/)
  })

  // The fixture files: lines count from the top of the file, front matter included, as in Contentlayer.
  it.each([
    ['md-raw-html-script/articles/script.md', '<script>', 'Raw HTML'],
    ['md-raw-html-img/articles/image.md', '<img', 'Raw HTML'],
    ['md-raw-html-iframe/articles/iframe.md', '<iframe', 'Raw HTML'],
    ['md-raw-html-comment/articles/comment.md', '<!--', 'Raw HTML'],
    ['md-task-list/articles/task-list.md', '- [ ]', 'Task-list'],
    ['md-h1/articles/heading-one.md', '# Another title', '"# " heading'],
    ['md-h1-setext/articles/heading-one-setext.md', 'Another title', '"# " heading'],
  ])('fixture %s is refused at the line of %j', (path, marker, fragment) => {
    const text = readFileSync(join(fixturesRoot, path), 'utf8')
    const error = thrown(() => compileMarkdownFile(text))
    expect(error).toBeInstanceOf(MarkdownContentError)
    expect((error as Error).message).toContain(fragment)
    expect((error as Error).message).toContain(`(line ${lineOf(text, marker)})`)
  })
})

describe('markdown pipeline: sanitizing', () => {
  const dangerous = /^\s*(javascript|vbscript|data):/i

  it.each([
    ['an inline link', '[click me](javascript:alert(1))'],
    ['mixed case', '[click me](JaVaScRiPt:alert(1))'],
    ['an encoded scheme', '[click me](java&#x73;cript:alert(1))'],
    ['a reference link', '[click me][x]\n\n[x]: javascript:alert(1)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['vbscript', '[click me](vbscript:msgbox(1))'],
    ['a data URL', '[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ])('strips a dangerous href: %s', (_, markdown) => {
    const { html, tree } = compileWithTree(`Text ${markdown}\n`)
    expect(html).toContain('<a>')
    expect(hrefsOf(tree).filter((href) => dangerous.test(href))).toEqual([])
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i)
  })

  it('strips a dangerous image source', () => {
    const html = compileMarkdown('![a scalp](javascript:alert(1))\n')
    expect(html).toContain('<img alt="a scalp">')
    expect(html).not.toMatch(/src=/)
  })

  it('keeps safe links as written', () => {
    // No tel: link here: GitHub's sanitize schema (the default protocol list) drops tel: hrefs today.
    const { tree } = compileWithTree(
      '[a](/aftercare#washing) [b](https://www.nhs.uk/) [c](mailto:hello@example.com) [d](/)\n',
    )
    expect(hrefsOf(tree)).toEqual(['/aftercare#washing', 'https://www.nhs.uk/', 'mailto:hello@example.com', '/'])
  })

  it('keeps footnote links and their targets consistent', () => {
    const { html, tree } = compileWithTree('A claim.[^1]\n\n[^1]: A source.\n')
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id))
    const anchors = hrefsOf(tree)
      .filter((href) => href.startsWith('#'))
      .map((href) => href.slice(1))
    expect(anchors.length).toBeGreaterThan(0)
    for (const anchor of anchors) expect(ids, anchor).toContain(anchor)
  })
})

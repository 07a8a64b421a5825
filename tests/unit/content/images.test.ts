// Images in markdown: the figure the pipeline makes of them, the content check's image rules, and
// the site's own content and diagrams (every image there is real, described and light).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Image, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { afterAll, describe, expect, it } from 'vitest'
import { checkImages, publicFilePath, readImageSize, svgSize } from '@/lib/content/images'
import { compileMarkdown, compileTree, listFiles, repoRoot } from '@/tests/support/content'

const publicDir = join(repoRoot, 'public')
const diagramsDir = join(publicDir, 'diagrams')
const diagrams = readdirSync(diagramsDir).filter((name) => name.endsWith('.svg'))

describe('svgSize and readImageSize', () => {
  it('reads the width and height from the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 350"><text>x</text></svg>')).toEqual({
      width: 400,
      height: 350,
    })
    expect(svgSize('<svg viewBox="10,20 320.4 180.6" xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual({
      width: 320,
      height: 181,
    })
  })

  it('gives nothing for an SVG without a usable viewBox', () => {
    expect(svgSize('<svg width="400" height="300"></svg>')).toBeUndefined()
    expect(svgSize('<svg viewBox="0 0 0 300"></svg>')).toBeUndefined()
    expect(svgSize('<svg viewBox="0 0 wide 300"></svg>')).toBeUndefined()
  })

  it('reads a diagram in public/ by its address, and nothing for other addresses', () => {
    expect(readImageSize('/diagrams/skin-layers.svg', publicDir)).toEqual(
      svgSize(readFileSync(join(diagramsDir, 'skin-layers.svg'), 'utf8')),
    )
    expect(readImageSize('/diagrams/no-such-diagram.svg', publicDir)).toBeUndefined()
    expect(readImageSize('https://images.example/a.svg', publicDir)).toBeUndefined()
  })
})

describe('publicFilePath', () => {
  it('maps a root-relative address to its file in public/', () => {
    expect(publicFilePath('/diagrams/skin-layers.svg', '/site/public')).toBe('/site/public/diagrams/skin-layers.svg')
    expect(publicFilePath('/diagrams/two%20words.svg?v=2#top', '/site/public')).toBe(
      '/site/public/diagrams/two words.svg',
    )
  })

  it.each([
    ['another site', 'https://images.example/a.svg'],
    ['a protocol-relative address', '//images.example/a.svg'],
    ['a relative path', 'diagrams/a.svg'],
    ['a path that climbs out of public/', '/diagrams/../../package.json'],
    ['an encoded climb', '/diagrams/%2e%2e/%2e%2e/package.json'],
    ['the folder itself', '/'],
    ['a broken escape', '/diagrams/%E0%A4%A.svg'],
  ])('refuses %s', (_, src) => {
    expect(publicFilePath(src, '/site/public')).toBeUndefined()
  })
})

describe('markdown pipeline: an image on its own line becomes a figure', () => {
  it('with the title as its caption, lazy loading, and the size from the viewBox', () => {
    const html = compileMarkdown(
      'Intro.\n\n![Two slices of skin](/diagrams/skin-layers.svg "SMP dots sit higher than tattoo ink.")\n\nMore.\n',
    )
    const size = readImageSize('/diagrams/skin-layers.svg', publicDir)!
    expect(html).toContain(
      `<figure><img src="/diagrams/skin-layers.svg" alt="Two slices of skin" loading="lazy" decoding="async" width="${size.width}" height="${size.height}"><figcaption>SMP dots sit higher than tattoo ink.</figcaption></figure>`,
    )
    expect(html).not.toContain('title=')
    expect(html).toMatch(/^<p>Intro.<\/p>\n<figure>/)
  })

  it('keeps the caption text safe (escaped, not HTML)', () => {
    const html = compileMarkdown('![Skin](/diagrams/skin-layers.svg "Fat <b>and</b> skin & hair")\n')
    expect(html).toContain('<figcaption>Fat &#x3C;b>and&#x3C;/b> skin &#x26; hair</figcaption>')
  })

  it('makes a figure without a caption when there is no title (the content check refuses it)', () => {
    const html = compileMarkdown('![Skin](/diagrams/skin-layers.svg)\n')
    expect(html).toMatch(/^<figure><img src="\/diagrams\/skin-layers.svg" alt="Skin"[^>]*><\/figure>$/)
  })

  it('gives no size to a file that does not exist', () => {
    expect(compileMarkdown('![Gone](/diagrams/no-such-diagram.svg "Gone")\n')).toContain(
      '<figure><img src="/diagrams/no-such-diagram.svg" alt="Gone" loading="lazy" decoding="async"><figcaption>Gone</figcaption></figure>',
    )
  })

  it('leaves an image inside a sentence, or in a link, where it is', () => {
    expect(compileMarkdown('See ![skin](/diagrams/skin-layers.svg "Skin") here.\n')).toBe(
      '<p>See <img src="/diagrams/skin-layers.svg" alt="skin" title="Skin"> here.</p>',
    )
    expect(compileMarkdown('[![skin](/diagrams/skin-layers.svg "Skin")](/what-is-smp)\n')).not.toContain('<figure>')
  })

  it('turns only paragraphs into figures, not list items', () => {
    expect(compileMarkdown('- ![skin](/diagrams/skin-layers.svg "Skin")\n')).not.toContain('<figure>')
  })
})

describe('checkImages', () => {
  const figure = (markdown: string) => checkImages(compileTree(markdown), publicDir)

  it('accepts a diagram with alt text and a caption', () => {
    expect(figure('![Two slices of skin](/diagrams/skin-layers.svg "SMP dots sit higher.")\n')).toEqual([])
  })

  it.each([
    [
      'a missing file',
      '![Skin](/diagrams/no-such-diagram.svg "Caption")',
      ['image "/diagrams/no-such-diagram.svg" does not exist: there is no file public/diagrams/no-such-diagram.svg'],
    ],
    [
      'empty alt text',
      '![](/diagrams/skin-layers.svg "Caption")',
      ['image "/diagrams/skin-layers.svg" has no alt text'],
    ],
    [
      'blank alt text',
      '![   ](/diagrams/skin-layers.svg "Caption")',
      ['image "/diagrams/skin-layers.svg" has no alt text'],
    ],
    ['no caption', '![Skin](/diagrams/skin-layers.svg)', ['image "/diagrams/skin-layers.svg" has no caption']],
    [
      'a blank caption',
      '![Skin](/diagrams/skin-layers.svg "  ")',
      ['image "/diagrams/skin-layers.svg" has no caption'],
    ],
    [
      'another website',
      '![Skin](https://images.example/skin.png "Caption")',
      ['image "https://images.example/skin.png" comes from another website'],
    ],
    [
      'a protocol-relative address',
      '![Skin](//images.example/skin.png "Caption")',
      ['image "//images.example/skin.png" comes from another website'],
    ],
    [
      'a relative address',
      '![Skin](diagrams/skin-layers.svg "Caption")',
      ['image "diagrams/skin-layers.svg" must have an address that starts with "/"'],
    ],
    [
      'a refused address',
      '![Skin](javascript:alert(1) "Caption")',
      ['the image "Skin" has an address that is not allowed'],
    ],
    [
      'a data: address',
      '![Skin](data:image/png;base64,iVBORw0KGgo= "Caption")',
      ['the image "Skin" has an address that is not allowed'],
    ],
    [
      'an image inside a sentence',
      'See ![Skin](/diagrams/skin-layers.svg "Caption") here.',
      ['image "/diagrams/skin-layers.svg" must be a paragraph of its own'],
    ],
    [
      'several things at once',
      'See ![](/diagrams/gone.svg) here.',
      [
        'image "/diagrams/gone.svg" does not exist',
        'image "/diagrams/gone.svg" has no alt text',
        'image "/diagrams/gone.svg" must be a paragraph of its own',
      ],
    ],
  ])('names %s', (_, markdown, fragments) => {
    const problems = figure(`Intro.\n\n${markdown}\n`)
    expect(problems).toHaveLength(fragments.length)
    fragments.forEach((fragment, index) => expect(problems[index]).toContain(fragment))
  })

  it('tells the editor how to write it', () => {
    expect(figure('![](/diagrams/skin-layers.svg "Caption")\n')[0]).toContain(
      '![What the picture shows](/diagrams/name.svg "The caption")',
    )
  })

  describe('against another public folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'public-'))
    mkdirSync(join(dir, 'pictures'))
    writeFileSync(
      join(dir, 'pictures', 'only-here.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20"></svg>',
    )
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('looks for the file in the folder it is given', () => {
      const tree = compileTree('![A](/pictures/only-here.svg "B")\n')
      expect(checkImages(tree, dir)).toEqual([])
      expect(checkImages(tree, publicDir)).toEqual([
        'image "/pictures/only-here.svg" does not exist: there is no file public/pictures/only-here.svg',
      ])
    })
  })
})

// The site's own content: every picture an editor placed is a real file with alt text and a caption.
describe('images in content/', () => {
  const contentDir = join(repoRoot, 'content')
  const parser = unified().use(remarkParse).use(remarkGfm)
  const placed = listFiles(contentDir)
    .filter((path) => path.endsWith('.md'))
    .flatMap((path) => {
      const images: Image[] = []
      visit(
        parser.parse(readFileSync(join(contentDir, path), 'utf8')) as Root,
        'image',
        (node: Image) => void images.push(node),
      )
      return images.map((image) => ({ path, src: image.url, alt: image.alt ?? '', caption: image.title ?? '' }))
    })

  it('has the diagrams placed in the articles', () => {
    expect(new Set(placed.map((image) => image.src))).toEqual(new Set(diagrams.map((name) => `/diagrams/${name}`)))
  })

  it.each(placed.map((image) => ({ ...image, name: `${image.path} → ${image.src}` })))(
    '$name exists in public/ with alt text and a caption',
    ({ src, alt, caption }) => {
      const file = publicFilePath(src, publicDir)
      expect(file, 'a root-relative address of a file in public/').toBeDefined()
      expect(statSync(file!).isFile()).toBe(true)
      expect(alt.trim().length).toBeGreaterThan(10)
      expect(caption.trim().length).toBeGreaterThan(10)
    },
  )
})

// The diagrams themselves: light, vector only, sized by a viewBox, text big enough on a phone.
describe('diagram files in public/diagrams/', () => {
  it('has the five diagrams', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(5)
  })

  describe.each(diagrams)('%s', (name) => {
    const text = readFileSync(join(diagramsDir, name), 'utf8')
    const root = /<svg\b[^>]*>/.exec(text)?.[0] ?? ''

    it('is under 15 KB', () => {
      expect(Buffer.byteLength(text)).toBeLessThan(15 * 1024)
    })

    it('has no raster image, data: address or outside reference', () => {
      expect(text).not.toMatch(/<image\b/i)
      expect(text).not.toMatch(/data:/i)
      expect(text).not.toMatch(/(href|src)="(?!#)/i)
      expect(text).not.toMatch(/@import|url\((?!#)/i)
      expect(text).not.toMatch(/<script\b|<foreignObject\b|\son[a-z]+=/i)
    })

    it('scales with the page: a viewBox, and no fixed width or height', () => {
      expect(svgSize(text)).toBeDefined()
      expect(root).toContain('xmlns="http://www.w3.org/2000/svg"')
      expect(root).not.toMatch(/\s(width|height)="\d/)
    })

    it('uses the site font, at sizes still about 12 px or more when shown 340 px wide', () => {
      expect(text).toContain('font-family: system-ui')
      const sizes = [...text.matchAll(/font-size(?::\s*|=")([\d.]+)/g)].map(([, size]) => Number(size))
      expect(sizes.length).toBeGreaterThan(0)
      const { width } = svgSize(text)!
      expect(Math.min(...sizes) * (340 / width)).toBeGreaterThanOrEqual(12)
    })

    it('has real text in it', () => {
      expect(text).toMatch(/<text\b[^>]*>[^<]*\p{L}{3,}/u)
    })
  })
})

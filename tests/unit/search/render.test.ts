import { describe, expect, it } from 'vitest'
import { escapeHtml, markMatches, resultHtml, snippet, segmentsHtml } from '@/lib/search/render'
import { termIn } from '@/lib/search/terms'

const term = termIn('en')
const matched = (...words: string[]) => new Set(words.map((word) => term(word)!))

describe('markMatches', () => {
  it('marks every word whose term matched, in any form, and nothing else', () => {
    expect(markMatches('Swimming? Avoid swim caps.', matched('swim'), term)).toEqual([
      { text: 'Swimming', marked: true },
      { text: '? Avoid ', marked: false },
      { text: 'swim', marked: true },
      { text: ' caps.', marked: false },
    ])
  })
})

describe('snippet', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`)
  const text = [...words.slice(0, 50), 'swimming', ...words.slice(50)].join(' ')

  it('shows the text around the first match, cut at whole words, with "…" where it goes on', () => {
    const segments = snippet(text, matched('swim'), term, 60)
    expect(segments[0]).toEqual({ text: '… ', marked: false })
    expect(segments.at(-1)).toEqual({ text: ' …', marked: false })
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['swimming'])
    const shown = segments.map((s) => s.text).join('')
    expect(shown.length).toBeLessThanOrEqual(64)
    expect(shown).toMatch(/^… word\d+ .* word\d+ …$/)
  })

  it('starts at the beginning when the match was only in the title', () => {
    expect(segmentsHtml(snippet('Short text.', matched('swim'), term))).toBe('Short text.')
  })
})

describe('result HTML', () => {
  it('escapes the content, so nothing in it becomes markup, and marks matches with <mark>', () => {
    const html = resultHtml(
      {
        href: '/a?x="1"&y=2#s',
        title: 'Swimming <script>alert(1)</script>',
        page: 'Tom & Jerry',
        text: 'Do not swim with <b>wet</b> "ink" & such.',
        terms: [term('swim')!],
      },
      term,
    )
    expect(html).not.toMatch(/<script|<b>/)
    expect(html).toContain('href="/a?x=&quot;1&quot;&amp;y=2#s"')
    expect(html).toContain('<mark>Swimming</mark> &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Tom &amp; Jerry')
    expect(html).toContain('Do not <mark>swim</mark> with &lt;b&gt;wet&lt;/b&gt; &quot;ink&quot; &amp; such.')
  })

  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;')
  })
})

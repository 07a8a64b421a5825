import { describe, expect, it } from 'vitest'
import { htmlToText } from '@/lib/faq/text'

describe('htmlToText', () => {
  it('drops tags, keeps link text and separates blocks', () => {
    expect(htmlToText('<p>First <strong>bold</strong> line.</p>\n<p>Second <a href="/x#y">link</a>.</p>')).toBe(
      'First bold line. Second link.',
    )
  })

  it('separates list items even when the HTML has no whitespace between them', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one two')
  })

  it('decodes character references', () => {
    expect(htmlToText('<p>a &#x3C; b &amp; c &gt; d &#39;e&#39; &quot;f&quot; caf&#xe9;</p>')).toBe(
      `a < b & c > d 'e' "f" café`,
    )
  })

  it('leaves unknown or invalid references as they are', () => {
    expect(htmlToText('<p>&bogus; &#x110000;</p>')).toBe('&bogus; &#x110000;')
  })
})

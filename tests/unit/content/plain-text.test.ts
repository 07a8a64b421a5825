// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { elementText } from '@/enhance/element-text'
import { plainText } from '@/lib/content/plain-text'
import { compileWithTree } from '../../support/content'

// Each case: markdown through the site's pipeline; the tree (content step) and the rendered HTML
// (the FAQ page's script, reading the DOM) must give the reader's words, and the same words.
const read = (markdown: string) => {
  const { html, tree } = compileWithTree(markdown)
  const fromTree = plainText(tree)
  const template = document.createElement('template')
  template.innerHTML = html
  expect(elementText(template.content)).toBe(fromTree)
  return fromTree
}

describe('plainText and elementText', () => {
  it('drop tags, keep link text and separate blocks', () => {
    expect(read('First **bold** line.\n\nSecond [link](/x#y).\n')).toBe('First bold line. Second link.')
  })

  it('separate list items', () => {
    expect(read('- one\n- two\n')).toBe('one two')
  })

  it('give characters, not their references', () => {
    expect(read(`a &#x3C; b &amp; c > d 'e' "f" caf&#xe9;\n`)).toBe(`a < b & c > d 'e' "f" café`)
  })

  it('collapse whitespace and keep a line break as a space', () => {
    expect(read('one  \ntwo\nthree\n')).toBe('one two three')
  })
})

import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { contentSecurityPolicy, isDocumentPath } from '@/lib/security/headers'
import { parseCsp } from '@/tests/support/parse-csp'
import { articleSlugsFromFiles, documentPaths } from '@/lib/security/page-kinds'

describe('kinds of page', () => {
  it('the documents are the home page, the FAQ and every article, from the content', () => {
    // The servers' configuration reads file names (next.config.ts cannot load the content pipeline):
    // they must name exactly the articles the site builds.
    expect(articleSlugsFromFiles()).toEqual(
      getContent()
        .articles.map((article) => article.slug)
        .sort(),
    )
    const paths = documentPaths()
    expect(paths).toEqual(expect.arrayContaining(['/', '/faq', '/aftercare', '/glossary', '/if-something-goes-wrong']))
    for (const tool of ['/self-check', '/aftercare/planner', '/links']) expect(paths).not.toContain(tool)
  })

  it('recognises a document by its address or its file in the static export', () => {
    const paths = documentPaths()
    for (const path of ['/', '/index.html', '/aftercare', '/aftercare.html', '/faq.html', '/404.html'])
      expect(isDocumentPath(path, paths), path).toBe(true)
    for (const path of ['/self-check', '/self-check.html', '/aftercare/planner', '/links.html', '/no-such-page'])
      expect(isDocumentPath(path, paths), path).toBe(false)
  })

  it('documents allow scripts from the site only; tools keep inline scripts; neither allows eval', () => {
    expect(parseCsp(contentSecurityPolicy({ kind: 'document' })).get('script-src')).toEqual(["'self'"])
    expect(parseCsp(contentSecurityPolicy({ kind: 'tool' })).get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(contentSecurityPolicy()).toBe(contentSecurityPolicy({ kind: 'tool' }))
  })
})

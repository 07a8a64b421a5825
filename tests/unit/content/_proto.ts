import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import { remarkPlugins, rehypePlugins } from '/work/main/lib/content/markdown'
import { extractHeadings, extractHrefs, extractIds } from '/work/main/lib/content/headings'
const p = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify)
const md = `## Sun & sea "quotes" it's <3

Text[^1] [a](/faq?x=1&y=2) [j](javascript:alert(1)) <javascript:alert(1)> ![i](javascript:x)

### Washing *gently* with [soap](/aftercare)

## Notes
## Notes

[^1]: A footnote.
`
const html = String(p.processSync(md))
console.log(html)
console.log(extractHeadings(html), extractHrefs(html), extractIds(html))

/**
 * The article's HTML, compiled and sanitized at build time by lib/content/markdown.ts;
 * nothing from the markdown reaches the page without passing through that pipeline.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-lg max-w-none prose-headings:scroll-mt-4 prose-a:text-brand-800 prose-h2:mt-10 prose-li:my-1"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

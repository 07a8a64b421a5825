/**
 * The article's HTML, compiled and sanitized at build time by lib/content/markdown.ts;
 * nothing from the markdown reaches the page without passing through that pipeline.
 */
// Diagrams (figures) span the text on a phone; on a wide screen and on paper they stop at a width
// where their labels are still about the size of the text, and the caption lines up with them.
const figureClasses =
  'prose-figure:mx-auto prose-figure:my-10 prose-figure:max-w-[30rem] print:prose-figure:max-w-[10cm] prose-img:my-0 prose-img:w-full prose-figcaption:mt-3 prose-figcaption:text-base prose-figcaption:text-muted'

export function ArticleBody({
  html,
  lang,
}: {
  /** Section links' labels are already in the page's language: the content step wrote them. */
  html: string
  /** 'en' when the text is not in the page's language (an untranslated page shows the English): its labels stay English too. */
  lang?: 'en'
}) {
  return (
    <div
      lang={lang}
      className={`prose prose-lg max-w-none prose-headings:scroll-mt-4 prose-h2:mt-10 prose-a:text-brand-800 prose-li:my-1 ${figureClasses}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { getArticles } from '@/lib/content'

// The App Router's not-found page. The build replaces its out/404.html with the document 404
// (pages/not-found.tsx, the same content without the runtime: scripts/documents/install-not-found.ts); it still
// renders in `npm run dev` and for a tool's notFound().
export const metadata = notFoundPage('en')

export default function AppNotFound() {
  return <NotFound articles={getArticles()} locale="en" />
}

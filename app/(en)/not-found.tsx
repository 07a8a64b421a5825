import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { getArticles } from '@/lib/content'

// The App Router's not-found page, which Next answers unknown addresses with. Its prerendered HTML is
// replaced after the build by the document 404 (pages/not-found.tsx, the same content without the
// runtime: scripts/documents/install-not-found.ts); it still renders a tool's notFound() and the data a
// tool's client-side navigation fetches for an unknown address.
export const metadata = notFoundPage('en')

export default function AppNotFound() {
  return <NotFound articles={getArticles()} locale="en" />
}

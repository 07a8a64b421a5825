import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { getArticles } from '@/lib/content'

// What `next start` answers for an address no route knows (with the App Router present it never uses
// pages/404.tsx); the static export's 404.html is pages/404.tsx. Same content; see README, "Static hosting".
export const metadata = notFoundPage

export default function AppNotFound() {
  return <NotFound articles={getArticles()} />
}

// Beside `contentlayer2 dev` and `next dev` (npm run dev): reruns the content check whenever
// Contentlayer regenerates, and writes the draft-including preview to .content/.
import { generatedDir, readGenerated } from '../lib/content/generated'
import { checkedDir, writeChecked } from '../lib/content/output'
import { devCheck, onSettledChanges } from '../lib/content/watch'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const rerun = () => {
  try {
    const { lines } = devCheck(
      () => readGenerated(generatedDir(), contentDir),
      (checked) => writeChecked(checkedDir(), checked),
    )
    for (const line of lines) console.log(line)
  } catch (error) {
    // Contentlayer may be halfway through writing; the next change runs the check again.
    console.error(`Content check could not run: ${(error as Error).message}`)
  }
}
rerun()
onSettledChanges(generatedDir(), rerun)

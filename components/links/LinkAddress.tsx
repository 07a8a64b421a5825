import { Fragment } from 'react'
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import type { StaffLink } from '@/lib/links/directory'

/** Lets a long address wrap after a "/" or before the "#", not in the middle of a word. */
function WrappableUrl({ url }: { url: string }) {
  return url.split(/(?<=\/)(?!\/)|(?=#)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ))
}

/** A link's full address as text (one click selects all of it) and a button that copies it. */
export function LinkAddress({ link }: { link: StaffLink }) {
  return (
    <div className="mt-1 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
      <span className="min-w-0 flex-1 basis-56 font-mono text-sm wrap-anywhere select-all">
        <WrappableUrl url={link.url} />
      </span>
      <StaticCopyButton text={link.url} copiedMessage="Link copied" manualLabel="Copy this link:">
        Copy link <span className="sr-only">to “{link.title}”</span>
      </StaticCopyButton>
    </div>
  )
}

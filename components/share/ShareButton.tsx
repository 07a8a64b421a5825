'use client'
// "Share" on the tools (app/, React): the phone's own share sheet where the browser has one (Web Share
// API); otherwise, and before JavaScript runs, the <details> menu of ShareMenu. Documents use
// StaticShareButton, the same markup enhanced without React. Its words come from the server page
// (`words={shareWords[locale]}`): client code must not import the dictionary.
import { useState } from 'react'
import { useHydrated } from '@/components/ui/useHydrated'
import { CopyButton } from '@/components/ui/CopyButton'
import { LinkText, NativeShareButton, ShareMenu, type ShareProps } from './ShareMenu'

const canShareNatively = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function'

export function ShareButton({ title, url, words, label = words.share, context }: ShareProps) {
  const hydrated = useHydrated()
  // After a failed native share (not a cancel), offer the other ways instead.
  const [nativeFailed, setNativeFailed] = useState(false)

  if (hydrated && canShareNatively() && !nativeFailed) {
    const share = async () => {
      try {
        await navigator.share({ title, url })
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setNativeFailed(true)
      }
    }
    return <NativeShareButton label={label} context={context} onClick={share} />
  }

  return (
    <ShareMenu
      title={title}
      url={url}
      words={words}
      label={label}
      context={context}
      open={nativeFailed}
      copy={
        <CopyButton
          text={url}
          copiedMessage={words.linkCopied}
          manualLabel={words.copyThisLink}
          fallback={<LinkText url={url} words={words} />}
        >
          {words.copyLink}
        </CopyButton>
      }
    />
  )
}

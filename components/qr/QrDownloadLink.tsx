import type { ReactNode } from 'react'
import { qrSvg, svgDataUrl } from '@/lib/qr/svg'
import { linkClass } from '@/components/ui/classes'

/** Saves a page's QR code as an SVG file (for handouts and posters) with no file on the server. */
export async function QrDownloadLink({
  url,
  fileName,
  children,
}: {
  url: string
  fileName: string
  children: ReactNode
}) {
  const href = svgDataUrl(await qrSvg(url))
  return (
    <a href={href} download={fileName} className={linkClass('text', 'no-print text-sm')}>
      {children}
    </a>
  )
}

import { qrSvg } from '@/lib/qr/svg'

/**
 * A QR code for a web address, drawn at build time. The SVG is our own output from `qrcode`, never
 * content text, so it is safe to put in the page as it is. It fills the box `className` gives it.
 */
export async function QrCode({ url, className = 'size-28' }: { url: string; className?: string }) {
  const svg = await qrSvg(url)
  return (
    <div
      role="img"
      aria-label={`QR code for ${url}`}
      data-qr-code={url}
      className={`shrink-0 bg-white [&>svg]:block [&>svg]:size-full ${className}`}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}

// The picture shown when a page's link is pasted into WhatsApp, email or social media. Rendered to
// PNG at build by next/og (Satori), which understands only inline styles and flexbox.
import { ogFontFamily } from '@/lib/og/fonts'
import { ogImageSize, ogTitleFontSize } from '@/lib/og/size'
import { brandColours } from '@/lib/site/brand'

const colours = { background: brandColours.brand900, text: '#ffffff', soft: brandColours.brand100, dot: '#5fa39c' }

// A loose field of dots on the right: the idea of SMP without a photo of anyone's head.
const dots = Array.from({ length: 54 }, (_, index) => {
  const column = index % 6
  const row = Math.floor(index / 6)
  return { left: 40 + column * 44 + (row % 2) * 22, top: 60 + row * 58, size: 10 + ((index * 7) % 5) }
})

export function OgCard({ title, eyebrow, clinicName }: { title: string; eyebrow: string; clinicName: string }) {
  return (
    <div
      style={{
        ...ogImageSize,
        display: 'flex',
        background: colours.background,
        color: colours.text,
        fontFamily: ogFontFamily,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: 860,
          padding: '72px 0 64px 80px',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 32, color: colours.soft, letterSpacing: 1 }}>{eyebrow}</div>
          <div
            style={{
              display: 'flex',
              marginTop: 28,
              fontSize: ogTitleFontSize(title),
              fontWeight: 700,
              lineHeight: 1.1,
            }}
          >
            {title}
          </div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }}>
          <div
            style={{
              display: 'flex',
              width: 18,
              height: 18,
              borderRadius: 9,
              background: colours.soft,
              marginRight: 18,
            }}
          />
          {clinicName}
        </div>
      </div>
      <div style={{ display: 'flex', position: 'relative', width: 340, height: '100%' }}>
        {dots.map((dot, index) => (
          <div
            key={index}
            style={{
              position: 'absolute',
              left: dot.left,
              top: dot.top,
              width: dot.size,
              height: dot.size,
              borderRadius: dot.size / 2,
              background: colours.dot,
            }}
          />
        ))}
      </div>
    </div>
  )
}

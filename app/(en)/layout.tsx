import type { ReactNode } from 'react'
import { rootMetadata, RootLayout, rootViewport } from '@/app/_layout/root-layout'
import '../globals.css'

// The English tools' root layout (the App Router): lang from the region, e.g. en-GB.
export const generateMetadata = () => rootMetadata('en')
export const viewport = rootViewport

export default function EnglishRootLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="en">{children}</RootLayout>
}

import type { ReactNode } from 'react'
import { rootMetadata, RootLayout, rootViewport } from '@/app/_layout/root-layout'
import '../globals.css'

// The Hindi tools' root layout: <html lang="hi">.
export const generateMetadata = () => rootMetadata('hi')
export const viewport = rootViewport

export default function HindiRootLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="hi">{children}</RootLayout>
}

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteUrl } from '@/lib/env/public'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: 'Nabado', template: '%s · Nabado' },
  description: 'Nabado: simply amazing, always for you. Relationships and society in Kenya.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#1d1a17' },
  ],
}

/** The bare document. The reader's chrome lives in (site)/; the Studio brings its own. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

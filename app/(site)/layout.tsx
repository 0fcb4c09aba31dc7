import type { Metadata } from 'next'
import { VisualEditing } from 'next-sanity/visual-editing'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'
import { PreviewBanner } from '@/components/preview-banner'
import { SiteShell } from '@/components/site-shell'
import '../globals.css'

// Every prerendered page is regenerated in the background at most hourly (publishes still
// refresh it at once by tag), which makes Next.js send `s-maxage=3600,
// stale-while-revalidate=…`: a CDN may then serve a page from its cache and refresh it behind
// the reader's back (docs/performance.md). Without it pages say `s-maxage=31536000` only.
export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  // A preview shows drafts: never let a crawler index one.
  return (await draftMode()).isEnabled ? { robots: { index: false, follow: false } } : {}
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const preview = (await draftMode()).isEnabled
  return (
    <>
      {preview ? <PreviewBanner /> : null}
      <SiteShell>{children}</SiteShell>
      {/* Visual editing's code loads only for editors in draft mode, never for readers. */}
      {preview ? <VisualEditing /> : null}
    </>
  )
}

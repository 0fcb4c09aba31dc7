import type { Metadata } from 'next'
import { VisualEditing } from 'next-sanity/visual-editing'
import type { ReactNode } from 'react'
import { PreviewBanner } from '@/components/preview-banner.tsx'
import { SiteShell } from '@/components/site-shell.tsx'
import { enhanceScriptPath } from '@/lib/env/public.ts'
import { isDraftMode, loadForPreview } from '@/lib/content/preview.ts'
import { loadShell } from '@/lib/loaders/shell.ts'
import { NOINDEX } from '@/lib/seo/metadata.ts'
import '../globals.css'

/**
 * The editors' copy of the reader pages: proxy.ts rewrites a request that carries Next.js's
 * draft-mode cookie here (/about → /preview/about), so an editor in the Studio's Presentation
 * tool gets the same views with React, drafts, stega and visual editing's overlays. Readers
 * never reach it: without the cookie proxy.ts sends /preview/… back to the reader address.
 */
export const dynamic = 'force-dynamic'

// A preview shows drafts: never let a crawler index one.
export const metadata: Metadata = { robots: NOINDEX }

export default async function PreviewLayout({ children }: { children: ReactNode }) {
  const preview = await isDraftMode()
  const shell = await loadForPreview(loadShell)
  return (
    <>
      {preview ? <PreviewBanner /> : null}
      <SiteShell shell={shell}>{children}</SiteShell>
      {/* The same copy buttons, theme toggle and share button as the reader pages. */}
      {enhanceScriptPath ? <script src={enhanceScriptPath} defer /> : null}
      {/* Visual editing's code loads only for editors in draft mode, never for readers. */}
      {preview ? <VisualEditing /> : null}
    </>
  )
}

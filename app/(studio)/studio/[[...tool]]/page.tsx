import type { Metadata } from 'next'
import { NextStudio } from 'next-sanity/studio'
import { metadata as studioMetadata } from 'next-sanity/studio'
import { studioConfig } from '@/lib/env/public.ts'
import config from '@/sanity.config.ts'

// The Studio is one static client-side app; its own router handles every /studio/* path.
export const dynamic = 'force-static'

export const metadata: Metadata = {
  ...studioMetadata,
  // Absolute: the site's "%s · Nabado" template would make it "Nabado Studio · Nabado".
  title: { absolute: 'Nabado Studio' },
  robots: { index: false, follow: false },
}

export { viewport } from 'next-sanity/studio'

export default function StudioPage() {
  if (!studioConfig) return <StudioNotConfigured />
  return <NextStudio config={config} />
}

/** Without a Sanity project the site runs on its bundled dataset, and there is nothing to edit. */
function StudioNotConfigured() {
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '40rem',
        margin: '4rem auto',
        padding: '0 1rem',
        lineHeight: 1.6,
      }}
    >
      <h1>Nabado Studio needs a Sanity project</h1>
      <p>
        The site is running on its bundled dataset. To write and publish articles, set{' '}
        <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> and <code>NEXT_PUBLIC_SANITY_DATASET</code> and
        rebuild; the README&apos;s &ldquo;Going live&rdquo; section walks through it.
      </p>
    </main>
  )
}

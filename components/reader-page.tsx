import type { Metadata } from 'next'
import Head from 'next/head'
import type { ReactNode } from 'react'
import type { ReaderPageProps } from '@/lib/view-props/reader-page.ts'
import type { Shell } from '@/lib/view-props/shell.ts'
import { headTags, type HeadTag } from '@/lib/seo/head-tags.ts'
import { SiteShell } from './site-shell.tsx'

function renderTag(tag: HeadTag, index: number) {
  // Every tag keyed: next/head would otherwise keep one <meta name="author"> of several.
  const key = `m${index}`
  if (tag.tag === 'title') return <title key={key}>{tag.text}</title>
  const { tag: element, ...attributes } = tag
  return element === 'link' ? (
    <link key={key} {...attributes} />
  ) : (
    <meta key={key} {...attributes} />
  )
}

/**
 * A reader page in the Pages Router (pages/): its <head> from the page's metadata, then the
 * site's header, main and footer around the view. The App Router's preview routes put the
 * same views in the same SiteShell, with Next.js's metadata API for the head.
 */
export function ReaderPage({
  metadata,
  shell,
  children,
}: {
  metadata: Metadata
  shell: Shell
  children: ReactNode
}) {
  return (
    <>
      <Head>
        <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />
        {/* The web app manifest (app/manifest.ts): the site can be added to the home screen. */}
        <link key="manifest" rel="manifest" href="/manifest.webmanifest" />
        {headTags(metadata).map(renderTag)}
      </Head>
      <SiteShell shell={shell}>{children}</SiteShell>
    </>
  )
}

/** A page component for pages/: the view in the reader's document, from the props. */
export function readerPage<View extends object>(View: (props: View) => ReactNode) {
  return function Page({ view, metadata, shell }: ReaderPageProps<View>) {
    return (
      <ReaderPage metadata={metadata} shell={shell}>
        <View {...view} />
      </ReaderPage>
    )
  }
}

import '@/lib/server-only.ts'
import type { GetServerSidePropsResult, GetStaticPropsResult, Metadata } from 'next'
import type { ReaderPageProps } from '@/lib/view-props/reader-page.ts'
import type { Loaded } from './result.ts'
import { loadShell } from './shell.ts'

/**
 * How long a reader page may be served before it is rendered again in the background. A
 * publish refreshes the pages it knows it changed at once (pages/api/revalidate.ts); this
 * bounds the rest: pages that show a post only through the automatic part of suggested
 * reads, and every page after a settings change other than / and /support. Next.js sends
 * it as `s-maxage=300, stale-while-revalidate`, which a CDN honours too.
 */
export const READER_REVALIDATE_SECONDS = 300

/**
 * Props travel as JSON (into the ISR cache and to the page); JSON has no `undefined`, which
 * Next.js refuses in props rather than drop, so the round trip drops it here.
 */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

async function readerProps<View>(loaded: Extract<Loaded<View>, { kind: 'page' }>) {
  return asJson({ view: loaded.props, metadata: loaded.metadata, shell: await loadShell() })
}

/** getStaticProps' answer (ISR): the page, a 404 (pages/404.tsx), or a 308. */
export async function staticReaderProps<View>(
  loaded: Loaded<View>,
  revalidate: number = READER_REVALIDATE_SECONDS,
): Promise<GetStaticPropsResult<ReaderPageProps<View>>> {
  if (loaded.kind === 'not-found') return { notFound: true, revalidate }
  if (loaded.kind === 'redirect')
    return { redirect: { destination: loaded.to, permanent: true }, revalidate }
  return { props: await readerProps(loaded), revalidate }
}

/** getServerSideProps' answer (per request): the page, a 404 (pages/404.tsx), or a 308. */
export async function serverReaderProps<View>(
  loaded: Loaded<View>,
): Promise<GetServerSidePropsResult<ReaderPageProps<View>>> {
  if (loaded.kind === 'not-found') return { notFound: true }
  if (loaded.kind === 'redirect') return { redirect: { destination: loaded.to, permanent: true } }
  return { props: await readerProps(loaded) }
}

/**
 * getStaticProps' answer for the pages Next.js renders once, at build time (404, 500): no
 * revalidation, no 404 or redirect of their own.
 */
export async function builtOnceReaderProps<View>(view: View, metadata: Metadata) {
  return { props: await readerProps({ kind: 'page', props: view, metadata }) }
}

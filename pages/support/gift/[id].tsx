import type { GetServerSidePropsContext } from 'next'
import Head from 'next/head'
import { GiftStatusView } from '@/components/giving/gift-status-view.tsx'
import { ReaderPage } from '@/components/reader-page.tsx'
import { loadGiftStatus } from '@/lib/loaders/gift-status.ts'
import { serverReaderProps } from '@/lib/loaders/pages-router.ts'
import type { ReaderPageProps } from '@/lib/view-props/reader-page.ts'
import { GIFT_REFRESH_SECONDS, type GiftStatusProps } from '@/lib/view-props/giving.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// Per request and never stored: the attempt changes from one second to the next, and its
// address is the supporter's alone.
export const getServerSideProps = async ({ params, res }: GetServerSidePropsContext) => {
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Robots-Tag', 'noindex')
  return serverReaderProps(await loadGiftStatus(params?.id))
}

export default function GiftStatusPage({
  view,
  metadata,
  shell,
}: ReaderPageProps<GiftStatusProps>) {
  const waiting = view.status === 'pending' || view.status === 'unknown'
  return (
    <ReaderPage metadata={metadata} shell={shell}>
      {waiting ? (
        <Head>
          {/* Without JavaScript the page asks again by itself; with it, the enhancement script
              does (lib/browser/enhance/gift-status.ts), so the refresh sits in <noscript>. */}
          <noscript key="gift-refresh">
            <meta httpEquiv="refresh" content={String(GIFT_REFRESH_SECONDS)} />
          </noscript>
        </Head>
      ) : null}
      <GiftStatusView {...view} />
    </ReaderPage>
  )
}

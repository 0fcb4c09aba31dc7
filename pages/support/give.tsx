import type { GetServerSidePropsContext } from 'next'
import { GivePageView } from '@/components/giving/give-page-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { answerGivePost, giveMetadata } from '@/lib/loaders/give.ts'
import { serverReaderProps } from '@/lib/loaders/pages-router.ts'
import { page } from '@/lib/loaders/result.ts'
import type { GivePageProps } from '@/lib/view-props/giving.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// The "Give with M-Pesa" form posts here; the answer is a 303 to the attempt's status page,
// or the form again (400, 429, or 200 with a notice). A GET goes back to /support.
export const getServerSideProps = async ({ req, res }: GetServerSidePropsContext) => {
  const answer = await answerGivePost(req)
  if (answer.kind === 'not-found') return { notFound: true as const }
  if (answer.kind === 'redirect') {
    return { redirect: { destination: answer.to, statusCode: 303 as const } }
  }
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Robots-Tag', 'noindex')
  if (answer.kind === 'refused') {
    // Nothing of the rejected post is read on: Node.js closes the connection after this answer.
    if (answer.status === 413) res.setHeader('Connection', 'close')
    res.statusCode = answer.status
    const view: GivePageProps = {
      kind: 'refused',
      message: answer.message,
      tillNumber: answer.tillNumber,
    }
    return serverReaderProps(page(view, giveMetadata()))
  }
  res.statusCode = answer.props.status
  return serverReaderProps(
    page({ kind: 'form', ...answer.props } as GivePageProps, answer.metadata),
  )
}

export default readerPage(GivePageView)

import type { GetStaticPropsContext } from 'next'
import { ArticleView } from '@/components/article-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { listPostPaths } from '@/lib/content'
import { loadArticle, PRERENDERED_POSTS } from '@/lib/loaders/article.ts'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'
import { permalinkParams, type PermalinkParams } from '@/lib/addresses/permalink.ts'
import type { ArticleProps } from '@/lib/view-props/article.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * Only the newest articles are prerendered, so a build takes about as long at 10,000 posts
 * as at 50 (docs/performance.md); every other article renders on its first request and is
 * then cached like a prerendered one (ISR).
 */
export async function getStaticPaths() {
  const paths = (await listPostPaths(PRERENDERED_POSTS)).map((post) => ({
    params: permalinkParams(post),
  }))
  return { paths, fallback: 'blocking' as const }
}

export const getStaticProps = async ({ params }: GetStaticPropsContext<PermalinkParams>) =>
  staticReaderProps(await loadArticle(params!))

/** The readers' article, marked for the read beacon (the preview twin is not). */
function ReaderArticle(props: ArticleProps) {
  return <ArticleView {...props} countsReads />
}

export default readerPage(ReaderArticle)

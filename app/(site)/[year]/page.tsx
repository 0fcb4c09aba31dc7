import { notFound, permanentRedirect } from 'next/navigation'
import { findPostPath } from '@/lib/content'
import { isValidSlug, postPath } from '@/lib/permalink'

/**
 * /slug alone (a shortened or hand-typed link) sends the reader to the article's permalink.
 * The segment is named [year] only because Next.js needs one name per dynamic level, and
 * /YYYY/MM/DD/slug shares this level; here it holds a slug.
 * Rendered per request: it only answers with a redirect or a 404.
 */
export const dynamic = 'force-dynamic'

export default async function SlugRedirect({ params }: { params: Promise<{ year: string }> }) {
  const { year: slug } = await params
  if (!isValidSlug(slug)) notFound()
  const post = await findPostPath(slug)
  if (!post) notFound()
  permanentRedirect(postPath(post))
}

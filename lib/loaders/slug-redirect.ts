import '@/lib/server-only.ts'
import { findPostPath } from '@/lib/content'
import { isValidSlug, postPath } from '@/lib/addresses/permalink.ts'
import { notFound, redirect, type Loaded } from './result.ts'

/** /slug alone (a shortened or hand-typed link) sends the reader to the article's permalink. */
export async function loadSlugRedirect(slug: string): Promise<Loaded<never>> {
  if (!isValidSlug(slug)) return notFound
  const post = await findPostPath(slug)
  return post ? redirect(postPath(post)) : notFound
}

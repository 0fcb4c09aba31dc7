import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSeedPage } from '@/sanity/dataset/seed-page.ts'
import { getPostPage } from './posts.ts'
import { getSiteSettings } from './settings.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// An article's suggested reads, through the content door over the bundled dataset (no
// Sanity env in unit tests), with its settings: seven, as the seed page shows.

const seedPage = parseSeedPage(
  readFileSync(new URL('../../sanity/dataset/sources/seed-page.txt', import.meta.url), 'utf8'),
)
const SEED = SEED_ARTICLE.slug

describe('getPostPage', () => {
  it('reads the number of suggested reads from the settings', async () => {
    expect((await getSiteSettings()).suggestedReads).toBe(7)
  })

  it('shows the seed article’s seven suggested reads, the editor’s picks in the seed’s order', async () => {
    const page = await getPostPage(SEED)
    expect(page?.related.map((read) => read.title)).toEqual(seedPage.suggestedReads)
    expect(seedPage.suggestedReads).toHaveLength(7)
  })

  it('fills the list from posts sharing categories when a post has no picks', async () => {
    const page = await getPostPage('why-loneliness-is-rising-despite-social-media')
    const reads = page?.related ?? []
    // Seven of the other seven posts, never itself, the one sharing its category first.
    expect(reads).toHaveLength(7)
    expect(reads.map((read) => read.slug)).not.toContain(
      'why-loneliness-is-rising-despite-social-media',
    )
    expect(reads[0]?.slug).toBe(
      'the-emotional-cost-of-being-strong-in-kenyan-society-and-why-many-are-tired-of-pretending',
    )
  })
})

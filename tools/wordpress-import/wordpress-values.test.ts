import { describe, expect, it } from 'vitest'
import { postPath } from '../../lib/addresses/permalink.ts'
import { clip, gmtInstant, nairobiInstant, plainText, siteSlug } from './wordpress-values.ts'

describe('nairobiInstant', () => {
  it("reads wp:post_date as Nairobi time, so the permalink keeps WordPress's date", () => {
    // Just after midnight in Nairobi is still the day before in UTC.
    const publishedAt = nairobiInstant('2024-03-06 01:15:00')
    expect(publishedAt).toBe('2024-03-05T22:15:00.000Z')
    expect(postPath({ slug: 'habari', publishedAt: publishedAt! })).toBe('/2024/03/06/habari')
    expect(postPath({ slug: 'x', publishedAt: nairobiInstant('2023-12-31 23:45:00')! })).toBe(
      '/2023/12/31/x',
    )
  })

  it('has no answer for zero or malformed dates', () => {
    expect(nairobiInstant('0000-00-00 00:00:00')).toBeUndefined()
    expect(nairobiInstant('yesterday')).toBeUndefined()
    expect(gmtInstant('0000-00-00 00:00:00')).toBeUndefined()
    expect(gmtInstant('2024-03-05 22:15:00')).toBe('2024-03-05T22:15:00.000Z')
  })
})

describe('siteSlug', () => {
  it("keeps WordPress's slug when the site accepts it", () => {
    expect(siteSlug('habari-za-mapenzi', 'x')).toEqual({
      slug: 'habari-za-mapenzi',
      changed: false,
    })
  })
  it('makes a new one from a percent-encoded or odd slug, and says so', () => {
    expect(siteSlug('%c3%a9lan-vital', 'Élan')).toEqual({ slug: 'elan-vital', changed: true })
    expect(siteSlug('john_doe', 'John')).toEqual({ slug: 'john-doe', changed: true })
    expect(siteSlug('', 'Mama Amina’s Garden')).toEqual({
      slug: 'mama-aminas-garden',
      changed: false,
    })
  })
})

describe('plainText and clip', () => {
  it('decodes entities and drops tags', () => {
    expect(plainText('Money &amp; Love <em>in</em> Nairobi&#8217;s &#x1F600; &hellip;')).toBe(
      'Money & Love in Nairobi’s 😀 …',
    )
  })
  it('cuts at a word boundary', () => {
    expect(clip('one two three four', 12)).toBe('one two…')
    expect(clip('short', 12)).toBe('short')
  })
})

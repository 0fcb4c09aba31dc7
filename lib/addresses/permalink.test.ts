import { describe, expect, it } from 'vitest'
import {
  isValidSlug,
  parsePermalink,
  pathFromParams,
  permalinkParams,
  postPath,
} from './permalink.ts'

describe('postPath', () => {
  it('builds the WordPress date permalink', () => {
    expect(
      postPath({
        slug: 'the-hidden-male-fear-that-makes-him-pull-away-from-you',
        publishedAt: '2026-02-28T06:00:00.000Z',
      }),
    ).toBe('/2026/02/28/the-hidden-male-fear-that-makes-him-pull-away-from-you')
  })

  it('dates the post in Nairobi time, as WordPress did', () => {
    // 22:30 UTC on 27 February is 01:30 on 28 February in Nairobi (UTC+3).
    expect(postPath({ slug: 'late', publishedAt: '2026-02-27T22:30:00Z' })).toBe('/2026/02/28/late')
    expect(postPath({ slug: 'new-year', publishedAt: '2025-12-31T21:00:00Z' })).toBe(
      '/2026/01/01/new-year',
    )
  })

  it('round-trips through permalinkParams and pathFromParams', () => {
    const post = { slug: 'a-b', publishedAt: '2026-01-05T10:00:00+03:00' }
    expect(permalinkParams(post)).toEqual({ year: '2026', month: '01', day: '05', slug: 'a-b' })
    expect(pathFromParams(permalinkParams(post))).toBe(postPath(post))
  })
})

describe('parsePermalink', () => {
  const ok = { year: '2026', month: '02', day: '28', slug: 'a-slug' }

  it('accepts a real date and a well-formed slug', () => {
    expect(parsePermalink(ok)).toEqual(ok)
    expect(parsePermalink({ ...ok, year: '2024', month: '02', day: '29' })).not.toBeNull()
  })

  it.each([
    ['month 13', { month: '13' }],
    ['day 45', { day: '45' }],
    ['30 February', { month: '02', day: '30' }],
    ['29 February in a common year', { year: '2026', month: '02', day: '29' }],
    ['an unpadded month', { month: '2' }],
    ['letters for a year', { year: 'abcd' }],
    ['a negative day', { day: '-1' }],
    ['an upper-case slug', { slug: 'A-Slug' }],
    ['a slug with a dot', { slug: '..' }],
    ['an encoded NUL', { slug: 'a%00b' }],
    ['an overlong slug', { slug: 'a'.repeat(201) }],
  ])('refuses %s', (_, change) => {
    expect(parsePermalink({ ...ok, ...change })).toBeNull()
  })
})

describe('isValidSlug', () => {
  it('accepts lower-case words joined by hyphens only', () => {
    expect(isValidSlug('why-loneliness-is-rising')).toBe(true)
    expect(isValidSlug('-leading')).toBe(false)
    expect(isValidSlug('a--b')).toBe(false)
    expect(isValidSlug('')).toBe(false)
  })
})

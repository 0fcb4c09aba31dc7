import { describe, expect, it } from 'vitest'
import { pagePath, pageSlugProblem, parsePagePath, RESERVED_SLUGS } from './page-slugs.ts'

describe('pageSlugProblem', () => {
  it('accepts an ordinary slug', () => {
    expect(pageSlugProblem('about')).toBeNull()
    expect(pageSlugProblem('privacy-policy')).toBeNull()
  })

  it.each([...RESERVED_SLUGS].filter((slug) => /^[a-z0-9-]+$/.test(slug)))(
    'refuses the site route %s in plain words',
    (slug) => {
      expect(pageSlugProblem(slug)).toMatch(/already one of the site's own addresses|number/)
    },
  )

  it('refuses numbers, odd characters and an empty slug', () => {
    expect(pageSlugProblem('2026')).toMatch(/number/)
    expect(pageSlugProblem('About Us')).toMatch(/lower-case/)
    expect(pageSlugProblem('')).toMatch(/address/)
    expect(pageSlugProblem(undefined)).toMatch(/address/)
  })
})

describe('page addresses', () => {
  it('nests a page under its parent', () => {
    expect(pagePath({ slug: 'about' })).toBe('/about')
    expect(pagePath({ slug: 'team', parentSlug: 'about' })).toBe('/about/team')
  })

  it('reads one or two segments, never a route of the site', () => {
    expect(parsePagePath(['about'])).toEqual({ slug: 'about', parentSlug: null })
    expect(parsePagePath(['about', 'team'])).toEqual({ slug: 'team', parentSlug: 'about' })
    expect(parsePagePath(['support'])).toBeNull()
    expect(parsePagePath(['2026', '02'])).toBeNull()
    expect(parsePagePath(['a', 'b', 'c'])).toBeNull()
    expect(parsePagePath([])).toBeNull()
  })
})

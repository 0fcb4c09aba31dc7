import { describe, expect, it } from 'vitest'
import { createSlugLookup } from './article-slugs.ts'

// The beacon's lookup is the article page's: the slug's post, at its own date only; cached.

const POST = { slug: 'kenyan-roads', publishedAt: '2026-02-14T05:00:00Z' }

function lookup() {
  const asked: string[] = []
  let now = 0
  let failing = false
  const find = async (slug: string) => {
    asked.push(slug)
    if (failing) throw new Error('content down')
    return slug === POST.slug ? POST : null
  }
  const slugAt = createSlugLookup(find, { now: () => now, ttlMs: 1000, maxCached: 3 })
  return {
    slugAt,
    asked,
    advance: (ms: number) => (now += ms),
    fail: (value: boolean) => (failing = value),
  }
}

describe("a read's article", () => {
  it("is the published post at its own date's address, and nothing else", async () => {
    const { slugAt } = lookup()
    expect(await slugAt('/2026/02/14/kenyan-roads')).toBe('kenyan-roads')
    // A real slug under another date is not the article's address (a 404 on the site).
    expect(await slugAt('/2026/02/15/kenyan-roads')).toBeNull()
    expect(await slugAt('/2026/02/14/unknown')).toBeNull()
    expect(await slugAt('/2026/02/31/kenyan-roads')).toBeNull()
  })

  it('is asked of the content once per address while the answer is fresh', async () => {
    const { slugAt, asked, advance } = lookup()
    await Promise.all([slugAt('/2026/02/14/kenyan-roads'), slugAt('/2026/02/14/kenyan-roads')])
    await slugAt('/2026/02/14/kenyan-roads')
    expect(asked).toEqual(['kenyan-roads'])
    advance(1001)
    await slugAt('/2026/02/14/kenyan-roads')
    expect(asked).toEqual(['kenyan-roads', 'kenyan-roads'])
  })

  it('keeps no failed answer, and no more addresses than its size', async () => {
    const { slugAt, asked, fail } = lookup()
    fail(true)
    await expect(slugAt('/2026/02/14/kenyan-roads')).rejects.toThrow('content down')
    fail(false)
    expect(await slugAt('/2026/02/14/kenyan-roads')).toBe('kenyan-roads')
    for (const slug of ['a', 'b', 'c']) await slugAt(`/2026/02/14/${slug}`)
    // Four addresses seen, three kept: the first (the article) is asked again.
    await slugAt('/2026/02/14/kenyan-roads')
    expect(asked.filter((slug) => slug === 'kenyan-roads')).toHaveLength(3)
  })
})

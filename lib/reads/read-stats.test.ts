import { describe, expect, it } from 'vitest'
import { parseStatsQuery } from './read-stats.ts'

describe("the Studio's questions about reads", () => {
  it("are a post's slug or a span of 7 or 30 days", () => {
    expect(parseStatsQuery({ slug: 'kenyan-roads' })).toEqual({
      kind: 'post',
      slug: 'kenyan-roads',
    })
    expect(parseStatsQuery({ 'most-read': '7' })).toEqual({ kind: 'most-read', days: 7 })
    expect(parseStatsQuery({ 'most-read': '30' })).toEqual({ kind: 'most-read', days: 30 })
  })

  it('refuses anything else with a message', () => {
    for (const query of [
      {},
      { slug: '../etc' },
      { slug: 'A'.repeat(300) },
      { slug: ['a', 'b'] },
      { 'most-read': '365' },
      { 'most-read': '7', slug: 'a' },
      { days: '7' },
    ]) {
      expect(parseStatsQuery(query), JSON.stringify(query)).toMatchObject({ kind: 'invalid' })
    }
  })
})

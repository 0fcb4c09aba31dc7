import { describe, expect, it } from 'vitest'
import { anyQuery, everyQuery, groupQuery, quoteLexeme, termGroups } from './tsquery.ts'

const lonely = { term: 'lonely', english: ['lone'], simple: ['lonely'] }
const why = { term: 'why', english: [], simple: ['why'] }
const is = { term: 'is', english: [], simple: ['is'] }
const dem = { term: 'dem', english: ['dem'], simple: ['dem'] }
const go = { term: 'go', english: ['go'], simple: ['go'] }

describe('the tsquery text', () => {
  it('quotes each lexeme, so nothing in one is an operator', () => {
    expect(quoteLexeme('lone')).toBe("'lone'")
    expect(quoteLexeme("o'brien")).toBe("'o''brien'")
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'")
    expect(quoteLexeme("x' | 'y")).toBe("'x'' | ''y'")
  })

  it("joins a word's forms, as prefixes from three letters, restricted to weights", () => {
    expect(groupQuery({ lexemes: ['lone', 'lonely'], prefix: true })).toBe(
      "('lone':* | 'lonely':*)",
    )
    expect(groupQuery({ lexemes: ['go'], prefix: false })).toBe("('go')")
    expect(groupQuery({ lexemes: ['lone'], prefix: true }, 'A')).toBe("('lone':*A)")
    expect(groupQuery({ lexemes: ['go'], prefix: false }, 'A')).toBe("('go':A)")
  })

  it('ORs the words for matching and ANDs them for the bonus', () => {
    const groups = [
      { lexemes: ['trust'], prefix: true },
      { lexemes: ['issu', 'issues'], prefix: true },
    ]
    expect(anyQuery(groups)).toBe("('trust':*) | ('issu':* | 'issues':*)")
    expect(everyQuery(groups)).toBe("('trust':*) & ('issu':* | 'issues':*)")
  })
})

describe('termGroups', () => {
  it('searches content words by stem and as written, leaving stop words out', () => {
    expect(termGroups([why, is, lonely, go])).toEqual({
      searched: [2, 3],
      groups: [
        { lexemes: ['lone', 'lonely'], prefix: true },
        { lexemes: ['go'], prefix: false },
      ],
    })
  })

  it('keeps one lexeme where the stem is the word', () => {
    expect(termGroups([dem]).groups).toEqual([{ lexemes: ['dem'], prefix: true }])
  })

  it('searches stop words exactly when the query has nothing else', () => {
    expect(termGroups([why, is])).toEqual({
      searched: [0, 1],
      groups: [
        { lexemes: ['why'], prefix: false },
        { lexemes: ['is'], prefix: false },
      ],
    })
  })

  it("adds a correction's forms to the word it corrects", () => {
    const typo = { term: 'lonliness', english: ['lonli'], simple: ['lonliness'] }
    const fixed = { term: 'loneliness', english: ['loneli'], simple: ['loneliness'] }
    expect(termGroups([typo], new Map([[0, fixed]])).groups).toEqual([
      { lexemes: ['lonli', 'lonliness', 'loneli', 'loneliness'], prefix: true },
    ])
  })

  it('leaves out a word with no lexeme at all', () => {
    expect(termGroups([{ term: '_', english: [], simple: [] }])).toEqual({
      searched: [],
      groups: [],
    })
  })
})

import { describe, expect, it } from 'vitest'
import { suggestedQuery } from './typos.ts'

// Which words are corrected is tested against the index (index.test.ts, query-set.test.ts);
// here, how the suggestion is written.

const term = (word: string) => ({ term: word, english: [word], simple: [word.toLowerCase()] })

describe('suggestedQuery', () => {
  it('puts the corrected words in the query as the reader wrote it', () => {
    const terms = [term('Why'), term('lonliness'), term('rising')]
    const fixes = new Map([[1, term('loneliness')]])
    expect(suggestedQuery('Why lonliness, rising?', terms, fixes)).toBe('Why loneliness, rising?')
  })

  it('keeps a capital first letter, and replaces each place the word is, whole words only', () => {
    const terms = [term('Trsut'), term('trsutful')]
    const fixes = new Map([[0, term('trust')]])
    expect(suggestedQuery('Trsut trsut trsutful', terms, fixes)).toBe('Trust trust trsutful')
  })

  it('corrects several words', () => {
    const terms = [term('relatioships'), term('finacial')]
    const fixes = new Map([
      [0, term('relationships')],
      [1, term('financial')],
    ])
    expect(suggestedQuery('relatioships & finacial', terms, fixes)).toBe(
      'relationships & financial',
    )
  })
})

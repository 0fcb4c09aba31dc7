import { describe, expect, it } from 'vitest'
import {
  matchPatterns,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  normalizeQuery,
  searchTerms,
  termsPattern,
} from './terms.ts'

describe('normalizeQuery', () => {
  it('trims and collapses white space', () => {
    expect(normalizeQuery('  why   men\tpull \n away ')).toBe('why men pull away')
  })

  it('answers an empty string for nothing, blanks or a missing value', () => {
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('')).toBe('')
    expect(normalizeQuery('   \t\n ')).toBe('')
    expect(normalizeQuery([])).toBe('')
  })

  it('takes the first value when the address repeats q', () => {
    expect(normalizeQuery(['fear', 'love'])).toBe('fear')
  })

  it('cuts long queries to the maximum length, never inside a character', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
    const emoji = normalizeQuery('😀'.repeat(150))
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH)
    expect(emoji).toBe('😀'.repeat(MAX_QUERY_LENGTH))
  })

  it('turns control characters into spaces', () => {
    expect(normalizeQuery('fear\u0000love\u0007')).toBe('fear love')
  })

  it('keeps everything else as typed, for display', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })
})

describe('searchTerms', () => {
  it('splits a query into words', () => {
    expect(searchTerms('why men pull away')).toEqual(['why', 'men', 'pull', 'away'])
  })

  it('drops everything GROQ’s match treats specially', () => {
    expect(searchTerms('*[_type == "post"]{..., "x": *}')).toEqual(['type', 'post', 'x'])
    expect(searchTerms('"fear" || love*')).toEqual(['fear', 'love'])
    expect(searchTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1'])
    expect(searchTerms('fear-of-intimacy')).toEqual(['fear', 'of', 'intimacy'])
    expect(searchTerms("don't")).toEqual(['don', 't'])
  })

  it('answers no terms for queries with no words', () => {
    expect(searchTerms('')).toEqual([])
    expect(searchTerms('***')).toEqual([])
    expect(searchTerms('"" \' ?! ... -- []{}')).toEqual([])
  })

  it('keeps letters of any script, with their accents, and digits', () => {
    expect(searchTerms('Café naïve')).toEqual(['Café', 'naïve'])
    expect(searchTerms('मित्र 愛 2026')).toEqual(['मित्र', '愛', '2026'])
  })

  it('drops repeated words, ignoring case', () => {
    expect(searchTerms('Love love LOVE fear')).toEqual(['Love', 'fear'])
  })

  it('searches at most MAX_TERMS words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`)
    expect(searchTerms(words.join(' '))).toEqual(words.slice(0, MAX_TERMS))
  })
})

describe('matchPatterns', () => {
  it('lets words of three letters or more match the words they begin', () => {
    expect(matchPatterns(['love', 'me', 'a', 'men'])).toEqual(['love*', 'me', 'a', 'men*'])
  })
})

describe('termsPattern', () => {
  const matches = (terms: string[], text: string) =>
    Array.from(text.matchAll(termsPattern(terms)!), (m) => m[0])

  it('finds words starting with a term, whatever their case', () => {
    expect(matches(['love'], 'Love, lovers and loveless glove')).toEqual([
      'Love',
      'lovers',
      'loveless',
    ])
  })

  it('matches short terms only as whole words', () => {
    expect(matches(['he'], 'He said hello to her, he did')).toEqual(['He', 'he'])
  })

  it('works across scripts and accents', () => {
    expect(matches(['café'], 'Un CAFÉ, des cafés')).toEqual(['CAFÉ', 'cafés'])
  })

  it('is null for no terms', () => {
    expect(termsPattern([])).toBeNull()
  })
})

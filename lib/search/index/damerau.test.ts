import { describe, expect, it } from 'vitest'
import { withinOneEdit } from './damerau.ts'

describe('withinOneEdit', () => {
  it('accepts the same word and each kind of single edit', () => {
    expect(withinOneEdit('loneliness', 'loneliness')).toBe(true)
    expect(withinOneEdit('relatioships', 'relationships')).toBe(true) // a letter missing
    expect(withinOneEdit('lonliness', 'loneliness')).toBe(true)
    expect(withinOneEdit('relationshipps', 'relationships')).toBe(true) // one too many
    expect(withinOneEdit('relatiomships', 'relationships')).toBe(true) // one changed
    expect(withinOneEdit('realtionships', 'relationships')).toBe(true) // two swapped
    expect(withinOneEdit('trsut', 'trust')).toBe(true)
    expect(withinOneEdit('ab', 'ba')).toBe(true)
    expect(withinOneEdit('', 'a')).toBe(true)
  })

  it('refuses two edits, whatever their kind', () => {
    expect(withinOneEdit('relatoships', 'relationships')).toBe(false)
    expect(withinOneEdit('lonely', 'lovely ')).toBe(false)
    expect(withinOneEdit('abcd', 'badc')).toBe(false)
    expect(withinOneEdit('abc', 'cab')).toBe(false)
    expect(withinOneEdit('lonliness', 'lovelines')).toBe(false)
    expect(withinOneEdit('mapenzi', 'mapenziyo')).toBe(false)
  })

  it('counts letters, not UTF-16 units', () => {
    expect(withinOneEdit('caf\u{1D11E}e', 'cafe')).toBe(true)
    expect(withinOneEdit('naïve', 'naive')).toBe(true)
    expect(withinOneEdit('😀😃', '😃😀')).toBe(true)
  })
})

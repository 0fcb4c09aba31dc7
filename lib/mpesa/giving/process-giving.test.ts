import { describe, expect, it } from 'vitest'
import { errorCodeOf, tillMatches, tillToShow } from './process-giving.ts'

describe('the till the page shows and the till the money goes to', () => {
  it('are the same till when their digits are', () => {
    expect(tillMatches('9549825', '9549825')).toBe(true)
    expect(tillMatches(' 954 9825 ', '9549825')).toBe(true)
    expect(tillMatches('9549826', '9549825')).toBe(false)
    expect(tillMatches(null, '9549825')).toBe(false)
  })

  it("shows the page's spelling of the same till, else the configured till", () => {
    expect(tillToShow(' 954 9825 ', '9549825')).toBe('954 9825')
    expect(tillToShow('1234567', '9549825')).toBe('9549825')
    expect(tillToShow(undefined, '9549825')).toBe('9549825')
  })
})

describe('errorCodeOf', () => {
  it('says the code, else the name, never the message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 as nabado'), {
      code: 'ECONNREFUSED',
    })
    expect(errorCodeOf(refused)).toBe('ECONNREFUSED')
    expect(errorCodeOf(new TypeError('secret in here'))).toBe('TypeError')
    expect(errorCodeOf('a string')).toBe('unknown')
    expect(errorCodeOf(null)).toBe('unknown')
  })
})

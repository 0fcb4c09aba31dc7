import { describe, expect, it } from 'vitest'
import { decodeEntities } from './html-entities.ts'

describe('decodeEntities', () => {
  it('decodes what React writes, numeric references, and leaves the rest', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#x27;&#39;&#8212;&nbsp;&bogus;&#0;')).toBe(
      "&<>\"''\u2014\u00a0&bogus;&#0;",
    )
  })

  it('decodes the typographic names WordPress writes', () => {
    expect(decodeEntities('&hellip;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;')).toBe(
      '…–—‘’“”«»',
    )
    expect(decodeEntities('Nairobi&#8217;s &#x1F600; &HELLIP; &#X41;')).toBe('Nairobi’s 😀 … A')
  })

  it('leaves numbers outside Unicode as written', () => {
    expect(decodeEntities('&#x110000;&#99999999;')).toBe('&#x110000;&#99999999;')
  })
})

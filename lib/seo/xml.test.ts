import { describe, expect, it } from 'vitest'
import { cdata, element, escapeXml, stripInvalidXmlChars } from './xml.ts'

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`Love & <money> "quoted" 'single'`)).toBe(
      'Love &amp; &lt;money&gt; &quot;quoted&quot; &apos;single&apos;',
    )
  })

  it('drops characters XML cannot carry, keeps tabs, newlines and emoji', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\te\nf\uFFFEg 😊')).toBe('abcd\te\nfg 😊')
    expect(stripInvalidXmlChars('lone \uD800 surrogate')).toBe('lone  surrogate')
  })
})

describe('cdata', () => {
  it('splits "]]>" so the section cannot end early', () => {
    const wrapped = cdata('<p>a ]]> b</p>')
    expect(wrapped).toBe('<![CDATA[<p>a ]]]]><![CDATA[> b</p>]]>')
    // Joining the sections' contents gives back the original text.
    const text = [...wrapped.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('')
    expect(text).toBe('<p>a ]]> b</p>')
  })
})

describe('element', () => {
  it('writes nothing for a missing value', () => {
    expect(element('dc:creator', null)).toBe('')
    expect(element('title', 'A & B')).toBe('<title>A &amp; B</title>')
  })
})

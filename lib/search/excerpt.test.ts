import { describe, expect, it } from 'vitest'
import { leadExcerpt, searchExcerpt, type ExcerptPart } from './excerpt.ts'

/** The excerpt with its marks written as [brackets], to read the tests at a glance. */
const show = (parts: ExcerptPart[] | null) =>
  parts?.map((p) => (p.match ? `[${p.text}]` : p.text)).join('') ?? null

const LONG =
  'Some men pull away after a wonderful weekend. Nothing went wrong, and yet the calls stop. ' +
  'Attachment psychology offers an answer: closeness feels like danger to someone who learned ' +
  'early that needing people hurts. For many men, intimacy challenges their internal ' +
  'definition of strength. They were raised to be self-reliant, and emotional closeness ' +
  'increases vulnerability. The retreat is not about you; it is about an old alarm that ' +
  'rings whenever love gets real. Understanding it changes how you respond.'

describe('searchExcerpt', () => {
  it('marks the matching word in a short text, kept whole', () => {
    expect(show(searchExcerpt('Fear of intimacy is common.', ['intimacy']))).toBe(
      'Fear of [intimacy] is common.',
    )
  })

  it('ignores case and marks words the term begins', () => {
    expect(show(searchExcerpt('Lovers and LOVE, not gloves.', ['love']))).toBe(
      '[Lovers] and [LOVE], not gloves.',
    )
  })

  it('marks every term, in any order', () => {
    expect(show(searchExcerpt('Money changes love.', ['love', 'money']))).toBe(
      '[Money] changes [love].',
    )
  })

  it('cuts a long text around the first match, at spaces, with ellipses', () => {
    const parts = searchExcerpt(LONG, ['intimacy'], { length: 120, before: 40 })
    const text = show(parts)!
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text).toContain('[intimacy]')
    // Whole words at both ends.
    const inner = text.slice(1, -1)
    expect(LONG).toContain(inner.replace(/[[\]]/g, ''))
    expect(LONG.charAt(LONG.indexOf(inner.replace(/[[\]]/g, '')) - 1)).toBe(' ')
    expect(inner.replace(/[[\]]/g, '').length).toBeLessThanOrEqual(120)
  })

  it('starts at the beginning when the match is near it', () => {
    const text = show(searchExcerpt(LONG, ['men'], { length: 100 }))!
    expect(text.startsWith('Some [men] pull away')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
  })

  it('ends at the end when the match is near it', () => {
    const text = show(searchExcerpt(LONG, ['respond'], { length: 100, before: 30 }))!
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('how you [respond].')).toBe(true)
  })

  it('keeps blocks apart and puts other line breaks on one line', () => {
    expect(
      show(searchExcerpt('1. The Intimacy-Fear Paradox\n\n Many men\nfear it', ['fear'])),
    ).toBe('1. The Intimacy-[Fear] Paradox · Many men [fear] it')
  })

  it('joins blocks that end a sentence with a space, and leaves no separator at a cut', () => {
    expect(show(searchExcerpt('It ends.\n\nLove starts here', ['love']))).toBe(
      'It ends. [Love] starts here',
    )
    const text = 'love is here\n\nA heading\n\nand more text after it'
    expect(show(searchExcerpt(text, ['love'], { length: 26 }))).toBe('[love] is here · A heading…')
  })

  it('is null when no term occurs, or there are no terms', () => {
    expect(searchExcerpt(LONG, ['giraffe'])).toBeNull()
    expect(searchExcerpt(LONG, [])).toBeNull()
    expect(searchExcerpt('', ['love'])).toBeNull()
  })

  it('keeps markup in the text as plain text, to be escaped by React', () => {
    const parts = searchExcerpt('Use <b>bold</b> & <script>love()</script>', ['love'])
    expect(show(parts)).toBe('Use <b>bold</b> & <script>[love]()</script>')
  })

  it('handles accents and other scripts', () => {
    expect(show(searchExcerpt('Un café à Nairobi', ['CAFÉ']))).toBe('Un [café] à Nairobi')
    expect(show(searchExcerpt('愛 and 愛情', ['愛']))).toBe('[愛] and 愛情')
  })

  it('never cuts an emoji in half', () => {
    const text = '😀'.repeat(200) + ' love ' + '😀'.repeat(200)
    const parts = searchExcerpt(text, ['love'], { length: 50, before: 11 })!
    const joined = parts.map((p) => p.text).join('')
    expect(joined).toContain('love')
    expect(joined).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
  })

  it('keeps a long match whole even when it is longer than the excerpt', () => {
    const word = 'intimacy' + 'x'.repeat(50)
    const text = `${'a '.repeat(100)}${word} ${'b '.repeat(100)}`
    const parts = searchExcerpt(text, ['intimacy'], { length: 20, before: 5 })!
    expect(parts.find((p) => p.match)?.text).toBe(word)
  })
})

describe('leadExcerpt', () => {
  it('keeps a short text whole', () => {
    expect(leadExcerpt('  A short  excerpt. ')).toEqual([
      { text: 'A short excerpt.', match: false },
    ])
  })

  it('cuts a long text at a space with an ellipsis', () => {
    const [part] = leadExcerpt(LONG, 60)
    expect(part!.text.endsWith('…')).toBe(true)
    expect(LONG.startsWith(part!.text.slice(0, -1))).toBe(true)
    expect(part!.text.length).toBeLessThanOrEqual(61)
  })

  it('is empty for no text', () => {
    expect(leadExcerpt('')).toEqual([])
  })
})

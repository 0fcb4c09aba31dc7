import { describe, expect, it } from 'vitest'
import { headingAnchors, headingId } from './heading-id.ts'

const heading = (key: string, text: string, style = 'h2') => ({
  _type: 'block',
  _key: key,
  style,
  children: [{ _type: 'span', text }],
})

describe('headingAnchors', () => {
  it('makes an anchor of each heading text, in order, skipping other blocks', () => {
    const anchors = headingAnchors([
      heading('a', '1. The Intimacy-Fear Paradox'),
      heading('b', 'Plain text', 'normal'),
      heading('c', 'Why it matters', 'h3'),
    ])
    expect(anchors).toEqual([
      {
        key: 'a',
        id: '1-the-intimacy-fear-paradox',
        text: '1. The Intimacy-Fear Paradox',
        level: 2,
      },
      { key: 'c', id: 'why-it-matters', text: 'Why it matters', level: 3 },
    ])
    expect(anchors[0]!.id).toBe(headingId('1. The Intimacy-Fear Paradox'))
  })

  it('keeps anchors unique when headings share their text', () => {
    const ids = headingAnchors([
      heading('a', 'Summary'),
      heading('b', 'Summary'),
      heading('c', 'Summary 2'),
      heading('d', 'Summary'),
      heading('e', '¿?'),
      heading('f', ''),
    ]).map((anchor) => anchor.id)
    expect(ids).toEqual([
      'summary',
      'summary-2',
      'summary-2-2',
      'summary-3',
      'section',
      'section-2',
    ])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is stable: the same body gives the same anchors', () => {
    const body = [heading('a', 'One'), heading('b', 'One')]
    expect(headingAnchors(body)).toEqual(headingAnchors(body))
  })
})

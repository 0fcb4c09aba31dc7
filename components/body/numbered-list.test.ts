import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from '../portable-text-body.tsx'

const render = (value: object[]) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))

const item = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  listItem: 'number',
  level: 1,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  ...extra,
})

describe('NumberedList in a body', () => {
  it('starts where the first item says (listStart)', () => {
    expect(render([item('a', 'Eighth', { listStart: 8 }), item('b', 'Ninth')])).toBe(
      '<ol start="8"><li>Eighth</li><li>Ninth</li></ol>',
    )
  })

  it('starts at 1 without listStart, or with one that is not a positive integer', () => {
    expect(render([item('a', 'One'), item('b', 'Two')])).toBe('<ol><li>One</li><li>Two</li></ol>')
    for (const listStart of [1, 0, -2, 1.5, '8', '"><script>']) {
      expect(render([item('a', 'One', { listStart })])).toBe('<ol><li>One</li></ol>')
    }
  })

  it('reads listStart only from the first item, and a nested list keeps its own', () => {
    expect(
      render([
        item('a', 'One'),
        item('b', 'Two', { listStart: 8 }),
        item('c', 'Sub', { level: 2, listStart: 3 }),
      ]),
    ).toBe('<ol><li>One</li><li>Two<ol start="3"><li>Sub</li></ol></li></ol>')
  })

  it('leaves bullet lists alone', () => {
    expect(render([item('a', 'Dot', { listItem: 'bullet', listStart: 8 })])).toBe(
      '<ul><li>Dot</li></ul>',
    )
  })
})

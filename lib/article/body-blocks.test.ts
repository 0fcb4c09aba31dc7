import { describe, expect, it } from 'vitest'
import {
  blockElementId,
  codeContent,
  embedCardContent,
  listStart,
  tableContent,
} from './body-blocks.ts'

const rows = (...cells: unknown[][]) => ({
  _type: 'table',
  rows: cells.map((row, i) => ({ _type: 'tableRow', _key: `r${i}`, cells: row })),
})

describe('tableContent', () => {
  it('takes the first row as column headings unless headerRow is false', () => {
    const table = rows(['County', 'Share'], ['Nairobi', '41%'], ['Mombasa', '12%'])
    expect(tableContent({ caption: ' Who answered ', table })).toEqual({
      caption: 'Who answered',
      head: ['County', 'Share'],
      body: [
        ['Nairobi', '41%'],
        ['Mombasa', '12%'],
      ],
    })
    expect(tableContent({ caption: 'x', headerRow: false, table })).toMatchObject({
      head: null,
      body: [
        ['County', 'Share'],
        ['Nairobi', '41%'],
        ['Mombasa', '12%'],
      ],
    })
  })

  it('shows odd cells empty, skips rows without cells, and gives null for no rows', () => {
    expect(tableContent({ table: rows(['a', 3, null], []), headerRow: true } as never)).toEqual({
      caption: '',
      head: ['a', '', ''],
      body: [],
    })
    expect(tableContent({ caption: 'Empty', table: rows() })).toBeNull()
    expect(tableContent({ caption: 'Broken', table: 'nope' })).toBeNull()
    expect(tableContent({})).toBeNull()
  })
})

describe('codeContent', () => {
  it('keeps the code as written and names the language and file', () => {
    expect(
      codeContent({
        code: '  if (a) {\n\treturn b\n  }\n',
        language: 'javascript',
        filename: 'a.js',
      }),
    ).toEqual({
      code: '  if (a) {\n\treturn b\n  }\n',
      languageId: 'javascript',
      label: 'JavaScript · a.js',
    })
    expect(codeContent({ code: 'x', language: 'sh' })?.label).toBe('Shell')
    expect(codeContent({ code: 'x', filename: 'notes.txt' })?.label).toBe('notes.txt')
    expect(codeContent({ code: 'x' })).toEqual({ code: 'x', languageId: null, label: '' })
  })

  it('shows an unknown language as given, but never puts it in a class unless it is a plain id', () => {
    expect(codeContent({ code: 'x', language: 'elixir' })).toMatchObject({
      languageId: 'elixir',
      label: 'elixir',
    })
    expect(codeContent({ code: 'x', language: '"><script>' })).toMatchObject({
      languageId: null,
      label: '"><script>',
    })
  })

  it('gives null for a block without code', () => {
    expect(codeContent({ code: '  \n ' })).toBeNull()
    expect(codeContent({ code: 42 })).toBeNull()
    expect(codeContent({})).toBeNull()
  })
})

describe('embedCardContent', () => {
  it('recognises a post and shows its address without scheme or www', () => {
    const card = embedCardContent({
      url: 'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      caption: ' The interview ',
    })
    expect(card).toMatchObject({
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      address: 'youtube.com/watch?v=dQw4w9WgXcQ',
      caption: 'The interview',
    })
    expect(card?.provider.name).toBe('YouTube')
    expect(card?.provider.action).toBe('Watch on YouTube')
  })

  it('shortens a very long address', () => {
    const card = embedCardContent({
      url: `https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=${'L'.repeat(200)}`,
    })
    expect(card?.address).toHaveLength(80)
    expect(card?.address.endsWith('…')).toBe(true)
  })

  it.each([
    'https://www.youtube.com/',
    'https://example.com/watch?v=1',
    'javascript:alert(1)',
    'not a url',
    '',
    undefined,
    42,
  ])('gives null for %s', (url) => {
    expect(embedCardContent({ url })).toBeNull()
  })
})

describe('listStart', () => {
  const list = (first: object) => ({ children: [first, { listItem: 'number' }] })
  it('reads listStart from the first item', () => {
    expect(listStart(list({ listStart: 8 }))).toBe(8)
  })
  it.each([1, 0, -3, 2.5, '8', null, Number.NaN, 2 ** 60])('ignores %s', (value) => {
    expect(listStart(list({ listStart: value }))).toBeNull()
  })
  it('is null without items or listStart', () => {
    expect(listStart(list({}))).toBeNull()
    expect(listStart({ children: [] })).toBeNull()
    expect(listStart({})).toBeNull()
  })
})

describe('blockElementId', () => {
  it('uses a clean key, else the position', () => {
    expect(blockElementId('table', 'a1B_-', 3)).toBe('table-a1B_-')
    expect(blockElementId('table', '"><x', 3)).toBe('table-n3')
    expect(blockElementId('table', undefined, 0)).toBe('table-n0')
  })
})

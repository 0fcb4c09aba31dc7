import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from '../portable-text-body.tsx'

const render = (value: object[]) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))

const dataTable = (fields: Record<string, unknown>, ...rows: unknown[][]) => ({
  _type: 'dataTable',
  _key: 'tbl1',
  caption: 'Who answered the survey',
  table: {
    _type: 'table',
    rows: rows.map((cells, i) => ({ _type: 'tableRow', _key: `r${i}`, cells })),
  },
  ...fields,
})

describe('DataTable in a body', () => {
  it('is a named, keyboard-reachable scroll box around a table with caption and column headings', () => {
    const html = render([
      dataTable({}, ['County', 'Replies'], ['Nairobi', '412'], ['Kisumu', '88']),
    ])
    expect(html).toBe(
      '<div class="body-table" role="region" tabindex="0" aria-labelledby="table-tbl1">' +
        '<table><caption id="table-tbl1">Who answered the survey</caption>' +
        '<thead><tr><th scope="col">County</th><th scope="col">Replies</th></tr></thead>' +
        '<tbody><tr><td>Nairobi</td><td>412</td></tr><tr><td>Kisumu</td><td>88</td></tr></tbody>' +
        '</table></div>',
    )
  })

  it('has no header cells when the first row is not a header row', () => {
    const html = render([dataTable({ headerRow: false }, ['Nairobi', '412'], ['Kisumu', '88'])])
    expect(html).not.toContain('<th')
    expect(html).not.toContain('<thead')
    expect(html).toContain('<tbody><tr><td>Nairobi</td><td>412</td></tr>')
  })

  it('is still named without a caption', () => {
    const html = render([dataTable({ caption: '  ' }, ['A'], ['1'])])
    expect(html).not.toContain('<caption')
    expect(html).not.toContain('aria-labelledby')
    expect(html).toContain('role="region" tabindex="0" aria-label="Table"')
  })

  it('gives each table its own caption id, even for keys unfit for an id', () => {
    const html = render([
      dataTable({ _key: 'a"><b' }, ['A'], ['1']),
      dataTable({ _key: 'k2' }, ['B'], ['2']),
    ])
    expect(html).toContain('aria-labelledby="table-n0"><table><caption id="table-n0">')
    expect(html).toContain('aria-labelledby="table-k2"><table><caption id="table-k2">')
  })

  it('escapes hostile cells and captions', () => {
    const html = render([
      dataTable(
        { caption: '<script>alert(1)</script>' },
        ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'],
        ['</td></tr></table><script>alert(2)</script>', '&amp;'],
      ),
    ])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<svg')
    expect(html).toContain(
      '<caption id="table-tbl1">&lt;script&gt;alert(1)&lt;/script&gt;</caption>',
    )
    expect(html).toContain(
      '<td>&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(2)&lt;/script&gt;</td>',
    )
    expect(html).toContain('<td>&amp;amp;</td>')
  })

  it('renders nothing for a table without rows', () => {
    expect(render([dataTable({})])).toBe('')
    expect(render([{ _type: 'dataTable', _key: 'x', caption: 'Lost' }])).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { pagePath, pageSlice, paginate, parsePageNumber, POSTS_PER_PAGE } from './pagination.ts'

describe('parsePageNumber', () => {
  it('reads canonical positive integers', () => {
    expect(parsePageNumber('1')).toBe(1)
    expect(parsePageNumber('2')).toBe(2)
    expect(parsePageNumber('10')).toBe(10)
    expect(parsePageNumber('999999')).toBe(999999)
  })

  it.each([
    '0',
    '-1',
    '01',
    '1.5',
    '1e3',
    ' 2',
    '2 ',
    '+2',
    'abc',
    '',
    '0x10',
    'Infinity',
    'NaN',
    '1000000',
    '99999999999999999999',
    '２',
  ])('refuses %j', (raw) => {
    expect(parsePageNumber(raw)).toBeNull()
  })

  it('refuses a missing value', () => {
    expect(parsePageNumber(undefined)).toBeNull()
  })
})

describe('paginate', () => {
  it('keeps a first page for an empty list', () => {
    expect(paginate(1, 0)).toEqual({
      page: 1,
      perPage: POSTS_PER_PAGE,
      total: 0,
      totalPages: 1,
      start: 0,
      end: 0,
      prevPage: null,
      nextPage: null,
    })
    expect(paginate(2, 0)).toBeNull()
  })

  it('puts 8 posts on one page, so page 2 is out of range', () => {
    expect(paginate(1, 8)).toMatchObject({ totalPages: 1, start: 0, end: 8, nextPage: null })
    expect(paginate(2, 8)).toBeNull()
  })

  it('fills exactly one page with 10 posts and starts a second at 11', () => {
    expect(paginate(1, 10)).toMatchObject({ totalPages: 1, nextPage: null })
    expect(paginate(2, 10)).toBeNull()
    expect(paginate(1, 11)).toMatchObject({ totalPages: 2, nextPage: 2 })
    expect(paginate(2, 11)).toMatchObject({ start: 10, end: 11, prevPage: 1, nextPage: null })
  })

  it('walks a long list page by page without gaps or overlaps', () => {
    const total = 237
    const first = paginate(1, total)!
    expect(first.totalPages).toBe(24)
    const seen: number[] = []
    for (let page = 1; page <= first.totalPages; page++) {
      const p = paginate(page, total)!
      expect(p.prevPage).toBe(page === 1 ? null : page - 1)
      expect(p.nextPage).toBe(page === 24 ? null : page + 1)
      for (let i = p.start; i < p.end; i++) seen.push(i)
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i))
    expect(paginate(24, total)).toMatchObject({ start: 230, end: 237 })
    expect(paginate(25, total)).toBeNull()
  })

  it('handles other page sizes', () => {
    expect(paginate(3, 50, 20)).toMatchObject({ totalPages: 3, start: 40, end: 50 })
    expect(paginate(1, 5, 1)).toMatchObject({ totalPages: 5, nextPage: 2 })
  })

  it('refuses impossible pages and sizes', () => {
    expect(paginate(0, 100)).toBeNull()
    expect(paginate(-1, 100)).toBeNull()
    expect(paginate(1.5, 100)).toBeNull()
    expect(paginate(Number.NaN, 100)).toBeNull()
    expect(paginate(Number.MAX_SAFE_INTEGER + 1, 100)).toBeNull()
    expect(paginate(1, 100, 0)).toBeNull()
  })

  it('never answers a page beyond the end, however large', () => {
    expect(paginate(999999, 100_000)).toBeNull()
    expect(paginate(10_000, 100_000)).toMatchObject({ start: 99_990, end: 100_000 })
  })
})

describe('pageSlice', () => {
  it('gives the GROQ slice for a page', () => {
    expect(pageSlice(1)).toEqual({ start: 0, end: 10 })
    expect(pageSlice(3)).toEqual({ start: 20, end: 30 })
    expect(pageSlice(2, 5)).toEqual({ start: 5, end: 10 })
  })
})

describe('pagePath', () => {
  it('puts the first page at the list’s own address', () => {
    expect(pagePath('/', 1)).toBe('/')
    expect(pagePath('/category/relationships', 1)).toBe('/category/relationships')
  })

  it('adds /page/<n> for later pages', () => {
    expect(pagePath('/', 2)).toBe('/page/2')
    expect(pagePath('/category/relationships', 3)).toBe('/category/relationships/page/3')
    expect(pagePath('/author/nabado-editors', 12)).toBe('/author/nabado-editors/page/12')
  })
})

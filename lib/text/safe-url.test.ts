import { describe, expect, it } from 'vitest'
import { isExternalHref, safeHref } from './safe-url.ts'

describe('safeHref', () => {
  it.each([
    'https://nabado.co.ke/x',
    'http://example.com',
    'mailto:a@b.c',
    'tel:+254701838999',
    '/support',
  ])('keeps %s', (href) => expect(safeHref(href)).toBe(href))

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    'not a url',
    '',
  ])('drops %s', (href) => expect(safeHref(href)).toBeNull())

  it('drops non-strings', () => {
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref({ href: 'https://x' })).toBeNull()
  })
})

describe('isExternalHref', () => {
  it('tells outside links from site paths', () => {
    expect(isExternalHref('https://x.y')).toBe(true)
    expect(isExternalHref('/support')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { isBodyToPage } from './methods.ts'

const none = new Headers()

describe('isBodyToPage', () => {
  it('lets reads through everywhere', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get'])
      expect(isBodyToPage(method, '/2026/02/28/x', none)).toBe(false)
  })

  it('refuses a body sent to a page, feed or sitemap', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      for (const path of ['/', '/2026/02/28/x', '/feed', '/sitemap.xml', '/studio'])
        expect(isBodyToPage(method, path, none)).toBe(true)
  })

  it('leaves route handlers and Server Action calls to Next.js', () => {
    expect(isBodyToPage('POST', '/api/revalidate', none)).toBe(false)
    expect(isBodyToPage('PUT', '/api/draft-mode/enable', none)).toBe(false)
    expect(isBodyToPage('POST', '/', new Headers({ 'next-action': 'abc' }))).toBe(false)
    expect(isBodyToPage('PUT', '/', new Headers({ 'next-action': 'abc' }))).toBe(true)
  })
})

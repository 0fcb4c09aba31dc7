import { describe, expect, it } from 'vitest'
import { isSameOriginPost } from './origin-check.ts'

const site = 'https://nabado.co.ke'

describe('isSameOriginPost', () => {
  it('takes the site’s own origin, or the address the request came to', () => {
    expect(isSameOriginPost({ origin: 'https://nabado.co.ke' }, site)).toBe(true)
    expect(
      isSameOriginPost({ origin: 'http://127.0.0.1:3400' }, site, 'http://127.0.0.1:3400'),
    ).toBe(true)
    expect(isSameOriginPost({ referer: 'https://nabado.co.ke/support' }, site)).toBe(true)
  })

  it('refuses another site, a missing origin and referer, or an opaque origin', () => {
    expect(isSameOriginPost({ origin: 'https://evil.example' }, site)).toBe(false)
    expect(isSameOriginPost({ origin: 'https://nabado.co.ke.evil.example' }, site)).toBe(false)
    expect(isSameOriginPost({}, site)).toBe(false)
    expect(isSameOriginPost({ origin: 'null' }, site)).toBe(false)
    expect(isSameOriginPost({ referer: 'not a url' }, site)).toBe(false)
    expect(
      isSameOriginPost({ origin: 'https://evil.example', referer: `${site}/support` }, site),
    ).toBe(false)
  })
})

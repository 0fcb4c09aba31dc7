import { describe, expect, it } from 'vitest'
import { DEFAULT_IMAGE_CDN_URL, resolveImageCdnUrl } from './images.ts'

describe('resolveImageCdnUrl', () => {
  it('is Sanity’s CDN unless an image host is set', () => {
    expect(resolveImageCdnUrl({})).toBe(DEFAULT_IMAGE_CDN_URL)
    expect(resolveImageCdnUrl({ SANITY_IMAGE_HOST: '  ' })).toBe(DEFAULT_IMAGE_CDN_URL)
    expect(resolveImageCdnUrl({ SANITY_IMAGE_HOST: 'https://img.nabado.co.ke/' })).toBe(
      'https://img.nabado.co.ke',
    )
  })

  it('refuses a value that is not an http(s) address, naming the variable', () => {
    for (const value of ['cdn.sanity.io', 'ftp://x.example', 'javascript:alert(1)'])
      expect(() => resolveImageCdnUrl({ SANITY_IMAGE_HOST: value })).toThrow(/SANITY_IMAGE_HOST/)
  })
})

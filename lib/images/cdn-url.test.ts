import { getImageProps } from 'next/image'
import { describe, expect, it } from 'vitest'
import { parseImageAssetId } from './asset-id.ts'
import { cdnImageUrl } from './cdn-url.ts'
import { cropRect, displaySize, focalPoint } from './geometry.ts'

const asset = parseImageAssetId('image-a1b2c3d4e5f6-2400x1600-jpg')!
const location = { baseUrl: 'https://cdn.sanity.io', projectId: 'abc123', dataset: 'production' }
// The editor cut a quarter off the left and a tenth off the top, and marked a face right of centre.
const crop = { top: 0.1, bottom: 0, left: 0.25, right: 0 }
const hotspot = { x: 0.6, y: 0.5, width: 0.2, height: 0.2 }

const params = (url: string) => Object.fromEntries(new URL(url).searchParams)

describe('parseImageAssetId', () => {
  it('reads the hash, size and format from an asset id', () => {
    expect(asset).toEqual({
      id: 'image-a1b2c3d4e5f6-2400x1600-jpg',
      hash: 'a1b2c3d4e5f6',
      width: 2400,
      height: 1600,
      extension: 'jpg',
      file: 'a1b2c3d4e5f6-2400x1600.jpg',
    })
  })

  it('refuses anything else', () => {
    for (const id of [undefined, null, '', 'file-abc-pdf', 'image-abc-0x10-png', 'image-abc.png'])
      expect(parseImageAssetId(id)).toBeNull()
  })
})

describe('geometry', () => {
  it('turns the crop into pixels of the original and keeps a box of the asked shape inside it', () => {
    const rect = cropRect(asset, crop)
    expect(rect).toEqual({ left: 600, top: 160, width: 1800, height: 1440 })
    expect(displaySize(rect)).toEqual({ width: 1800, height: 1440 })
    expect(displaySize(rect, 3 / 2)).toEqual({ width: 1800, height: 1200 })
    expect(displaySize(rect, 1)).toEqual({ width: 1440, height: 1440 })
  })

  it('ignores a crop that would leave nothing', () => {
    expect(cropRect(asset, { left: 0.6, right: 0.6 })).toEqual({
      left: 0,
      top: 0,
      width: 2400,
      height: 1600,
    })
  })

  it('measures the hotspot inside the crop', () => {
    // (0.6 × 2400 − 600) / 1800 and (0.5 × 1600 − 160) / 1440
    expect(focalPoint(asset, cropRect(asset, crop), hotspot)).toEqual({ x: 0.467, y: 0.444 })
    expect(focalPoint(asset, cropRect(asset), {})).toBeNull()
  })
})

describe('cdnImageUrl', () => {
  it('carries the crop as rect and the hotspot as the focal point, cut to the aspect', () => {
    const url = cdnImageUrl(location, { asset, crop, hotspot }, { width: 640, aspect: 1 })
    expect(url.split('?')[0]).toBe(
      'https://cdn.sanity.io/images/abc123/production/a1b2c3d4e5f6-2400x1600.jpg',
    )
    expect(params(url)).toEqual({
      rect: '600,160,1800,1440',
      'fp-x': '0.467',
      'fp-y': '0.444',
      w: '640',
      h: '640',
      fit: 'crop',
      crop: 'focalpoint',
      auto: 'format',
      q: '60',
    })
  })

  it('keeps the image’s own shape without an aspect, and sends no rect without a crop', () => {
    const url = cdnImageUrl(location, { asset, hotspot }, { width: 828 })
    expect(params(url)).toEqual({ w: '828', auto: 'format', q: '60' })
  })

  it('uses an image host in place of the CDN', () => {
    const proxy = { ...location, baseUrl: 'http://127.0.0.1:3334' }
    expect(cdnImageUrl(proxy, { asset }, { width: 360 })).toMatch(
      /^http:\/\/127\.0\.0\.1:3334\/images\/abc123\/production\/a1b2c3d4e5f6-2400x1600\.jpg\?/,
    )
  })

  it('gives next/image one address per srcset width, each cut the same way', () => {
    const aspect = 3 / 2
    const { props } = getImageProps({
      src: asset.id,
      alt: 'x',
      width: 1800,
      height: 1200,
      sizes: '100vw',
      loader: ({ width }) => cdnImageUrl(location, { asset, crop, hotspot }, { width, aspect }),
    })
    const entries = (props.srcSet ?? '').split(', ').map((entry) => entry.split(' '))
    expect(entries.length).toBeGreaterThan(3)
    for (const [url, descriptor] of entries) {
      const width = Number(descriptor?.replace('w', ''))
      const p = params(url!)
      expect(p.w).toBe(String(width))
      expect(p.h).toBe(String(Math.round(width / aspect)))
      expect([p.rect, p['fp-x'], p['fp-y']]).toEqual(['600,160,1800,1440', '0.467', '0.444'])
    }
    // No second optimisation: the browser fetches the CDN directly, never /_next/image.
    expect(props.srcSet).not.toContain('/_next/image')
  })
})

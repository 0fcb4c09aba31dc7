import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  articleShareImage,
  articleStructuredDataImages,
  generatedArticleImage,
  metadataRouteSuffix,
} from './share-image.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

const require = createRequire(import.meta.url)

const path = SEED_ARTICLE.path
const cover = {
  asset: { _ref: 'image-a1b2c3d4e5f6-2400x1600-jpg' },
  crop: { top: 0, bottom: 0, left: 0, right: 0 },
  hotspot: { x: 0.5, y: 0.3, width: 0.4, height: 0.4 },
  url: 'https://cdn.sanity.io/images/abc123/production/a1b2c3d4e5f6-2400x1600.jpg',
  alt: 'Two people on a bench in Nairobi',
}

describe('metadataRouteSuffix', () => {
  it("gives the address Next.js serves the article's opengraph-image.tsx at", () => {
    // Next.js's own function (internal; a change in it shows up here and in the e2e test).
    const { fillMetadataSegment } = require('next/dist/lib/metadata/get-metadata-route') as {
      fillMetadataSegment: (
        segment: string,
        params: Record<string, string>,
        lastSegment: string,
        isStatic: boolean,
      ) => string
    }
    const params = {
      year: '2026',
      month: '02',
      day: '28',
      slug: SEED_ARTICLE.slug,
    }
    const nextPath = fillMetadataSegment(
      '/(site)/[year]/[month]/[day]/[slug]',
      params,
      'opengraph-image',
      false,
    )
    expect(generatedArticleImage(path, 'T').url).toBe(nextPath)
    expect(metadataRouteSuffix('/(site)/[year]/[month]/[day]/[slug]')).toMatch(/^[0-9a-z]{1,6}$/)
    expect(metadataRouteSuffix('/blog/[slug]')).toBe('')
  })
})

describe('articleShareImage', () => {
  it('uses the cover, cropped to 1200×630 around the hotspot, when there is one', () => {
    const image = articleShareImage({ title: 'T', coverImage: cover }, path)
    expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/jpeg', alt: cover.alt })
    const url = new URL(image.url)
    expect(url.origin + url.pathname).toBe(
      'https://cdn.sanity.io/images/abc123/production/a1b2c3d4e5f6-2400x1600.jpg',
    )
    expect(url.searchParams.get('w')).toBe('1200')
    expect(url.searchParams.get('h')).toBe('630')
    expect(url.searchParams.get('fm')).toBe('jpg')
    // The hotspot moves the crop: a rect is chosen rather than the centre.
    expect(url.searchParams.get('rect')).toMatch(/^\d+,\d+,\d+,\d+$/)
  })

  it('falls back to the generated image without a cover, or with an unresolvable one', () => {
    const generated = generatedArticleImage(path, 'T')
    expect(generated.url).toMatch(new RegExp(`^${path}/opengraph-image(-[0-9a-z]+)?$`))
    expect(generated).toMatchObject({ width: 1200, height: 630, type: 'image/png', alt: 'T' })
    expect(articleShareImage({ title: 'T', coverImage: null }, path)).toEqual(generated)
    // A reference whose asset document is missing (no CDN address) cannot be shown.
    expect(articleShareImage({ title: 'T', coverImage: { ...cover, url: null } }, path)).toEqual(
      generated,
    )
    // The bundled demo's images are local files, not on the CDN their export address names.
    const demo = { ...cover, url: cover.url.replace('/abc123/', '/nabado-demo/') }
    expect(articleShareImage({ title: 'T', coverImage: demo }, path)).toEqual(generated)
  })
})

describe('articleStructuredDataImages', () => {
  it('gives 16:9, 4:3 and 1:1 crops of a cover', () => {
    const images = articleStructuredDataImages({ title: 'T', coverImage: cover }, path)
    expect(images.map((url) => new URL(url).searchParams.get('h'))).toEqual(['675', '900', '1200'])
  })

  it('gives the generated image without a cover', () => {
    expect(articleStructuredDataImages({ title: 'T' }, path)).toEqual([
      generatedArticleImage(path, 'T').url,
    ])
  })
})

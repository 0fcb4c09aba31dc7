import { describe, expect, it } from 'vitest'
import { isReaderPath, previewPath, readerPathOf } from './preview.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

describe('isReaderPath', () => {
  it.each([
    '/',
    '/support',
    '/search',
    '/page/2',
    SEED_ARTICLE.path,
    '/category/relationships',
    '/category/relationships/page/2',
    '/author/nabado-editors',
    '/some-slug',
    // Editors' pages: /<slug> and /<parent>/<slug>.
    '/about',
    '/about/team',
    '/no/such/page',
  ])('%s is a reader page (or its 404)', (path) => {
    expect(isReaderPath(path)).toBe(true)
  })

  it.each([
    '/studio',
    '/studio/structure/post',
    '/api/draft-mode/enable',
    '/api/revalidate',
    '/preview',
    '/preview/support',
    '/_next/static/chunks/a.js',
    '/feed',
    '/feed.xml',
    '/sitemap.xml',
    '/sitemap/0.xml',
    '/robots.txt',
    '/icon.svg',
    '/logo.png',
    '/enhance/enhance.0123456789.js',
    '/dataset-images/a-1200x800.webp',
    '/opengraph-image',
    '/2026/02/28/a-slug/opengraph-image-hp7afa',
  ])('%s is not', (path) => {
    expect(isReaderPath(path)).toBe(false)
  })

  it('does not take a slug that merely starts like a reserved word', () => {
    expect(isReaderPath('/studios-of-nairobi')).toBe(true)
    expect(isReaderPath('/feedback')).toBe(true)
    expect(isReaderPath('/previewing-love')).toBe(true)
  })
})

describe('previewPath and readerPathOf', () => {
  it('map a reader address to its preview twin and back', () => {
    for (const path of ['/', '/support', '/2026/02/28/a-slug', '/category/x/page/2']) {
      expect(readerPathOf(previewPath(path))).toBe(path)
    }
    expect(previewPath('/')).toBe('/preview')
    expect(previewPath('/support')).toBe('/preview/support')
  })

  it('says null for anything that is not a preview path', () => {
    expect(readerPathOf('/support')).toBeNull()
    expect(readerPathOf('/previewing-love')).toBeNull()
  })
})

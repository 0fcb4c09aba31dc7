import { describe, expect, it } from 'vitest'
import { PREVIEW_HEADER } from './names.ts'
import {
  classify,
  fresh,
  imageKey,
  imageSource,
  isArticlePath,
  isGone,
  isPreviewAnswer,
  storable,
  wantsSaveData,
  withoutMarkers,
  type RequestFacts,
  type WorkerContext,
} from './rules.ts'

const ORIGIN = 'https://nabado.co.ke'
const CDN = 'https://cdn.sanity.io'
const context: WorkerContext = { origin: ORIGIN, imageOrigins: [CDN], preview: false }

const ARTICLE = '/2026/02/28/love-and-money'
const COVER = `${ORIGIN}/_next/image?url=%2Fdataset-images%2Fabc-1200x800.webp&w=640&q=60`
const CDN_IMAGE = `${CDN}/images/p1/production/abc-1200x800.jpg?w=640&q=60&auto=format`

const page = (path: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: ORIGIN + path,
  mode: 'navigate',
  destination: 'document',
  ...extra,
})
const image = (url: string): RequestFacts => ({
  method: 'GET',
  url,
  mode: 'no-cors',
  destination: 'image',
})
const kind = (request: RequestFacts, ctx: WorkerContext = context) => classify(request, ctx).kind

describe('classify', () => {
  it('takes an article page network first, by its address without the query', () => {
    expect(classify(page(ARTICLE), context)).toEqual({ kind: 'article', path: ARTICLE })
    expect(classify(page(`${ARTICLE}?utm_source=whatsapp`), context)).toEqual({
      kind: 'article',
      path: ARTICLE,
    })
  })

  it('takes other reader pages to the network, with the offline page as fallback', () => {
    for (const path of ['/', '/support', '/category/relationships', '/search?q=love', '/page/2'])
      expect(kind(page(path)), path).toBe('page')
    // Not a real date, so not an article; still a page address (the site answers 404).
    expect(kind(page('/2026/02/30/love-and-money'))).toBe('page')
    expect(kind(page('/offline'))).toBe('offline')
  })

  it('never touches the Studio, APIs, preview, framework data or the worker itself', () => {
    for (const path of [
      '/studio',
      '/studio/structure/post',
      '/api/revalidate',
      '/api/draft-mode/enable?secret=x',
      '/preview',
      '/preview/2026/02/28/love-and-money',
      '/_next/data/build/index.json',
      '/sw.js',
    ]) {
      expect(kind(page(path)), path).toBe('skip')
      expect(kind(page(path, { mode: 'cors', destination: '' })), path).toBe('skip')
    }
    expect(kind(page(`${ARTICLE}?_rsc=1`))).toBe('skip')
  })

  it('never touches anything but GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'PATCH'])
      expect(kind(page(ARTICLE, { method })), method).toBe('skip')
    expect(kind({ ...image(COVER), method: 'POST' })).toBe('skip')
  })

  it('never touches other origins, but for the image CDN’s images', () => {
    expect(kind(page(ARTICLE, { url: `https://elsewhere.example${ARTICLE}` }))).toBe('skip')
    expect(kind(image('https://elsewhere.example/a.jpg'))).toBe('skip')
    expect(kind({ ...image(CDN_IMAGE), destination: 'script' })).toBe('skip')
    expect(classify(image(CDN_IMAGE), context)).toEqual({ kind: 'image', load: false, copy: false })
    expect(kind(image(CDN_IMAGE), { ...context, imageOrigins: [] })).toBe('skip')
  })

  it('keeps article images, covers and thumbnails, and knows the two markers', () => {
    expect(classify(image(COVER), context)).toEqual({ kind: 'image', load: false, copy: false })
    expect(kind(image(`${ORIGIN}/dataset-images/abc-1200x800.webp`))).toBe('image')
    expect(classify(image(`${COVER}&nabado-load=1`), context)).toEqual({
      kind: 'image',
      load: true,
      copy: false,
    })
    expect(classify(image(`${COVER}&nabado-copy=1`), context)).toEqual({
      kind: 'image',
      load: false,
      copy: true,
    })
    // The site's icon is an image but not content: a file, kept a day.
    expect(classify(image(`${ORIGIN}/icon.svg`), context)).toEqual({
      kind: 'file',
      maxAgeMs: 24 * 3600 * 1000,
    })
  })

  it('keeps the build files named by their content and the icon, and no other file', () => {
    const file = (path: string, destination: string) =>
      kind({ method: 'GET', url: ORIGIN + path, mode: 'no-cors', destination })
    expect(file('/_next/static/chunks/0a1b2c.css', 'style')).toBe('file')
    expect(file('/enhance/enhance.0123456789.js', 'script')).toBe('file')
    expect(file('/icon.svg', 'image')).toBe('file')
    expect(file('/manifest.webmanifest', 'manifest')).toBe('skip')
    expect(file('/logo.png', 'image')).toBe('skip')
    expect(file('/enhance/other.js', 'script')).toBe('skip')
    expect(file('/feed.xml', '')).toBe('skip')
    expect(file('/robots.txt', '')).toBe('skip')
  })

  it('steps aside for everything while an editor previews, watching pages only', () => {
    const previewing = { ...context, preview: true }
    expect(kind(page(ARTICLE), previewing)).toBe('preview')
    expect(kind(page('/'), previewing)).toBe('preview')
    expect(kind(image(COVER), previewing)).toBe('skip')
    expect(kind(image(CDN_IMAGE), previewing)).toBe('skip')
    expect(kind(page(ARTICLE, { method: 'POST' }), previewing)).toBe('skip')
  })

  it('skips what it cannot read', () => {
    expect(kind(page('', { url: 'not a url' }))).toBe('skip')
    expect(kind(page('', { url: 'data:text/html,hi' }))).toBe('skip')
    expect(kind(page('', { url: 'chrome-extension://x/y' }))).toBe('skip')
  })
})

describe('fresh', () => {
  const now = Date.parse('2026-12-02T12:00:00Z')
  it('keeps a build file’s copy forever, and the icon’s a day', () => {
    expect(fresh(null, undefined, now)).toBe(true)
    expect(fresh('Tue, 01 Dec 2026 12:00:01 GMT', 24 * 3600 * 1000, now)).toBe(true)
    expect(fresh('Tue, 01 Dec 2026 11:59:59 GMT', 24 * 3600 * 1000, now)).toBe(false)
    expect(fresh(null, 24 * 3600 * 1000, now)).toBe(false)
    expect(fresh('not a date', 24 * 3600 * 1000, now)).toBe(false)
  })
})

describe('isArticlePath', () => {
  it('is a real date and a slug', () => {
    expect(isArticlePath(ARTICLE)).toBe(true)
    expect(isArticlePath('/2024/02/29/leap')).toBe(true)
    for (const path of [
      '/2025/02/29/not-leap',
      '/2026/13/01/x',
      '/2026/02/28/Bad_Slug',
      '/2026/02/28/a/b',
      '/2026/02/28/',
      '/26/02/28/x',
      '/support',
      '/',
    ])
      expect(isArticlePath(path), path).toBe(false)
  })
})

describe('images at any size', () => {
  it('are the same image whatever the width (optimiser and CDN)', () => {
    const small = COVER.replace('w=640', 'w=360')
    expect(imageKey(small)).toBe(imageKey(COVER))
    expect(imageKey(COVER)).not.toBe(imageKey(COVER.replace('abc', 'def')))
    expect(imageKey(CDN_IMAGE.replace('w=640', 'w=1200'))).toBe(imageKey(CDN_IMAGE))
  })

  it('are found in a page’s HTML as written there', () => {
    const html = `<img srcset="/_next/image?url=%2Fdataset-images%2Fabc-1200x800.webp&amp;w=640&amp;q=60 640w" src="${CDN}/images/p1/production/xyz-10x10.jpg?w=80">`
    expect(html.includes(imageSource(COVER))).toBe(true)
    expect(html.includes(imageSource(`${CDN}/images/p1/production/xyz-10x10.jpg?w=160`))).toBe(true)
    expect(html.includes(imageSource(COVER.replace('abc', 'def')))).toBe(false)
  })

  it('lose the enhancement script’s markers before they are fetched or kept', () => {
    expect(withoutMarkers(`${COVER}&nabado-load=1`)).toBe(COVER)
    expect(withoutMarkers(`${COVER}&nabado-copy=1`)).toBe(COVER)
    expect(withoutMarkers(COVER)).toBe(COVER)
  })
})

describe('wantsSaveData', () => {
  it('follows the Save-Data header or the worker’s own setting', () => {
    expect(wantsSaveData('on', false)).toBe(true)
    expect(wantsSaveData(' On ', false)).toBe(true)
    expect(wantsSaveData(null, true)).toBe(true)
    expect(wantsSaveData(null, false)).toBe(false)
    expect(wantsSaveData('off', false)).toBe(false)
  })
})

describe('storable', () => {
  const response = (status: number, headers: Record<string, string> = {}, type = 'basic') => ({
    status,
    type,
    headers: new Headers(headers),
  })

  it('keeps a readable 200 a cache may keep', () => {
    expect(
      storable(response(200, { 'Cache-Control': 's-maxage=300, stale-while-revalidate' })),
    ).toBe(true)
    expect(storable(response(200, {}, 'cors'))).toBe(true)
  })

  it('never keeps an editor’s answer, no-store, private, errors or opaque answers', () => {
    expect(storable(response(200, { [PREVIEW_HEADER]: '1' }))).toBe(false)
    expect(
      storable(response(200, { 'Cache-Control': 'private, no-cache, no-store, max-age=0' })),
    ).toBe(false)
    expect(storable(response(200, { 'Cache-Control': 'private' }))).toBe(false)
    expect(storable(response(200, { Vary: '*' }))).toBe(false)
    for (const status of [204, 206, 301, 304, 404, 500])
      expect(storable(response(status)), String(status)).toBe(false)
    expect(storable(response(200, {}, 'opaque'))).toBe(false)
    expect(storable(response(0, {}, 'opaqueredirect'))).toBe(false)
  })

  it('tells an editor’s answer by its marker, and a gone article by 404 or 410', () => {
    expect(isPreviewAnswer(response(200, { 'nabado-preview': '1' }))).toBe(true)
    expect(isPreviewAnswer(response(200))).toBe(false)
    expect(isGone(404)).toBe(true)
    expect(isGone(410)).toBe(true)
    expect(isGone(500)).toBe(false)
  })
})

import { describe, expect, it, vi } from 'vitest'

// The content source is read once at import (lib/env/server.ts); each mode gets a fresh import.
async function loadResolve(config: object | null) {
  vi.resetModules()
  vi.doUnmock('@/lib/env/server')
  if (config) vi.doMock('@/lib/env/server', () => ({ contentSourceConfig: config }))
  return import('./resolve.ts')
}

const DEMO = {
  alt: ' Two people on a hill. ',
  hotspot: { x: 0.49, y: 0.68, width: 0.3, height: 0.3 },
  asset: {
    _id: 'image-c3391e24769178d54653edcadfac78b67af2f7d2-1200x800-webp',
    url: 'https://cdn.sanity.io/images/nabado-demo/production/c3391e24769178d54653edcadfac78b67af2f7d2-1200x800.webp',
  },
}

const ELSEWHERE = {
  alt: 'A market in Kisumu',
  crop: { top: 0, bottom: 0.25, left: 0, right: 0 },
  asset: {
    _id: 'image-abc123-2000x1000-jpg',
    url: 'https://cdn.sanity.io/images/realproj/live/abc123-2000x1000.jpg',
  },
}

describe('resolveImage in bundled mode', () => {
  it('serves the demo’s own files through Next.js, the hotspot kept in view by CSS', async () => {
    const { resolveImage } = await loadResolve(null)
    expect(resolveImage(DEMO, { aspect: 1 })).toEqual({
      src: '/dataset-images/c3391e24769178d54653edcadfac78b67af2f7d2-1200x800.webp',
      width: 800,
      height: 800,
      alt: 'Two people on a hill.',
      objectPosition: '49% 68%',
    })
    expect(resolveImage(DEMO)).toMatchObject({ width: 1200, height: 800 })
  })

  it('takes another export’s images from the CDN its addresses name', async () => {
    const { resolveImage } = await loadResolve(null)
    const image = resolveImage(ELSEWHERE)
    expect(image).toMatchObject({ width: 2000, height: 750, alt: 'A market in Kisumu' })
    expect(image?.loader?.({ src: image.src, width: 640 })).toBe(
      'https://cdn.sanity.io/images/realproj/live/abc123-2000x1000.jpg?rect=0,0,2000,750&w=640&q=60&auto=format',
    )
  })

  it('shows nothing for an image without a resolvable asset', async () => {
    const { resolveImage } = await loadResolve(null)
    // An imported placeholder never uploaded, a missing asset document, a broken address.
    const placeholder = { alt: 'x', _sanityAsset: 'image@https://nabado.co.ke/wp/a.jpg' }
    expect(resolveImage(placeholder as never)).toBeNull()
    expect(resolveImage({ alt: 'x', asset: null })).toBeNull()
    expect(resolveImage({ alt: 'x', asset: { _id: 'image-abc-10x10-png', url: null } })).toBeNull()
    expect(resolveImage({ asset: { _id: 'not-an-image', url: DEMO.asset.url } })).toBeNull()
    expect(resolveImage(null)).toBeNull()
  })
})

describe('resolveImage in Sanity mode', () => {
  it('builds CDN addresses from the configured project, with the crop and hotspot', async () => {
    const { resolveImage } = await loadResolve({
      kind: 'sanity',
      projectId: 'e2etest',
      dataset: 'production',
    })
    const image = resolveImage(
      { ...DEMO, crop: { top: 0, bottom: 0.1, left: 0, right: 0 } },
      {
        aspect: 3 / 2,
      },
    )
    expect(image).toMatchObject({ src: DEMO.asset._id, width: 1080, height: 720 })
    expect(image?.objectPosition).toBeUndefined()
    const url = new URL(image!.loader!({ src: image!.src, width: 480 }))
    expect(url.origin + url.pathname).toBe(
      'https://cdn.sanity.io/images/e2etest/production/c3391e24769178d54653edcadfac78b67af2f7d2-1200x800.webp',
    )
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      rect: '0,0,1200,720',
      'fp-x': '0.49',
      'fp-y': '0.756',
      w: '480',
      h: '320',
      fit: 'crop',
      crop: 'focalpoint',
    })
  })
})

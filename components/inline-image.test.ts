import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from './portable-text-body.tsx'

const paragraph = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

const render = (value: object[]) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))

const DEMO_ASSET = {
  _id: 'image-64771c5b03cd3c1de581c592bcf4ca384850beaa-1200x675-webp',
  url: 'https://cdn.sanity.io/images/nabado-demo/production/64771c5b03cd3c1de581c592bcf4ca384850beaa-1200x675.webp',
}

describe('inline images in an article body (bundled mode)', () => {
  it('render as a figure: a lazy responsive <img> with size and alt, and the caption', () => {
    const html = render([
      paragraph('p1', 'Before.'),
      {
        _type: 'inlineImage',
        _key: 'i1',
        alt: 'A phone in the dark',
        caption: 'Fewer messages, slower replies.',
        asset: DEMO_ASSET,
      },
    ])
    expect(html).toMatch(/<figure><img [^>]*alt="A phone in the dark"/)
    expect(html).toContain('width="1200" height="675"')
    expect(html).toContain('loading="lazy"')
    expect(html).toMatch(/srcSet="\/_next\/image\?url=%2Fdataset-images%2F64771c5b[^"]*w=\d+/)
    expect(html).toContain('<figcaption>Fewer messages, slower replies.</figcaption></figure>')
  })

  it('leave no trace, caption included, when the image cannot be shown', () => {
    const html = render([
      paragraph('p1', 'Before.'),
      // What a WordPress import leaves before its files are uploaded.
      {
        _type: 'inlineImage',
        _key: 'i1',
        alt: 'x',
        caption: 'Lost caption',
        _sanityAsset: 'image@https://nabado.co.ke/wp-content/uploads/a.jpg',
      },
      // An asset reference whose document is missing (asset-> is null).
      { _type: 'inlineImage', _key: 'i2', alt: 'y', asset: null },
      paragraph('p2', 'After.'),
    ])
    expect(html).toBe('<p>Before.</p><p>After.</p>')
  })
})

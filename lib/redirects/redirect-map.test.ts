import { describe, expect, it } from 'vitest'
import { lookupRedirect, normalPath, type RedirectMap } from './redirect-map.ts'

const map: RedirectMap = {
  query: {
    p: { '101': '/2024/03/06/habari-za-mapenzi' },
    page_id: {
      '106': '/about',
      '108': '/about/team',
      '113': '/about/history',
      '112': '/support-page',
    },
    cat: { '4': '/category/money-love' },
    author: { '2': '/author/otieno-okoth' },
    tag: { nairobi: '/search?q=Nairobi' },
  },
  paths: {
    '/tag/nairobi': '/search?q=Nairobi',
    '/category/élan-vital': '/category/elan-vital',
    '/about/team/history': '/about/history',
  },
}
const lookup = (address: string) => {
  const url = new URL(address, 'https://nabado.co.ke')
  return lookupRedirect(map, url.pathname, url.searchParams)
}

describe('lookupRedirect', () => {
  it('sends WordPress ids on the home page to their new addresses', () => {
    expect(lookup('/?p=101')).toBe('/2024/03/06/habari-za-mapenzi')
    expect(lookup('/index.php?p=101&utm_source=x')).toBe('/2024/03/06/habari-za-mapenzi')
    expect(lookup('/?cat=4')).toBe('/category/money-love')
    expect(lookup('/?author=2')).toBe('/author/otieno-okoth')
    expect(lookup('/?tag=Nairobi')).toBe('/search?q=Nairobi')
  })

  it("sends WordPress's search and feed addresses to the site's", () => {
    expect(lookup('/?s=mapenzi+na+pesa')).toBe('/search?q=mapenzi%20na%20pesa')
    expect(lookup('/?feed=rss2')).toBe('/feed')
  })

  it('answers not-found for ids the import did not bring, or that are not ids', () => {
    expect(lookup('/?p=999')).toBe('not-found')
    expect(lookup('/?p=abc')).toBe('not-found')
    expect(lookup('/?page_id=110')).toBe('not-found')
  })

  it('leaves other addresses alone', () => {
    expect(lookup('/')).toBeUndefined()
    expect(lookup('/?utm_source=whatsapp')).toBeUndefined()
    expect(lookup('/2024/03/06/habari-za-mapenzi?p=101')).toBeUndefined()
    expect(lookup('/category/money-love')).toBeUndefined()
  })

  it('matches old paths decoded, in any case, with or without the trailing slash', () => {
    expect(lookup('/tag/nairobi/')).toBe('/search?q=Nairobi')
    expect(lookup('/TAG/Nairobi')).toBe('/search?q=Nairobi')
    expect(lookup('/category/%C3%A9lan-vital/')).toBe('/category/elan-vital')
    expect(lookup('/category/%c3%a9lan-vital')).toBe('/category/elan-vital')
  })

  it('normalises paths the way the importer keys them', () => {
    expect(normalPath('/Tag/X//')).toBe('/tag/x')
    expect(normalPath('/')).toBe('/')
  })

  describe('WordPress pages', () => {
    it('sends ?page_id=<id> to the page, wherever the page now lives', () => {
      expect(lookup('/?page_id=106')).toBe('/about')
      expect(lookup('/?page_id=108')).toBe('/about/team')
      expect(lookup('/index.php?page_id=113&preview=true')).toBe('/about/history')
      // A page whose slug was one of the site's own addresses.
      expect(lookup('/?page_id=112')).toBe('/support-page')
    })

    it('sends a page deeper than two levels to its new address, with or without the slash', () => {
      expect(lookup('/about/team/history/')).toBe('/about/history')
      expect(lookup('/About/Team/History')).toBe('/about/history')
    })

    it('leaves a page at its own address, and the site’s own addresses, alone', () => {
      // /about/ and /about/team/ reach the page through Next.js's trailing-slash 308.
      expect(lookup('/about')).toBeUndefined()
      expect(lookup('/about/team')).toBeUndefined()
      expect(lookup('/support')).toBeUndefined()
    })

    it('never answers an address with itself', () => {
      const looping: RedirectMap = { query: {}, paths: { '/about': '/about/' } }
      expect(lookupRedirect(looping, '/about/', new URLSearchParams())).toBeUndefined()
    })
  })
})

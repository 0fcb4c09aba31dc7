import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OfflineView } from '../../../components/offline-view.tsx'
import {
  formatSavedAt,
  offlinePage,
  offlineShellFrom,
  pageFiles,
  readArticle,
  savedCopy,
} from './html.ts'

const ARTICLE_URL = 'https://nabado.co.ke/2026/02/28/love-and-money'
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>Love &amp; Money: who pays? · Nabado</title>
<meta property="og:title" content="Love &amp; Money: who &quot;pays&quot;?"/>
<meta property="og:site_name" content="Nabado"/>
<meta property="article:published_time" content="2026-02-28T09:00:00+03:00"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-n-g=""/>
<link rel="icon" href="/icon.svg"/>
<link rel="preload" as="image" imageSrcSet="/_next/image?url=a&amp;w=640 640w"/>
<script src="/enhance/enhance.0123456789.js" defer=""></script>
<script src="https://elsewhere.example/x.js"></script>
</head><body><div><main id="main" tabindex="-1" class="mx-auto"><article><h1 class="font-serif">Love &amp; Money</h1><p>Text.</p></article></main><footer>Footer</footer></div></body></html>`

describe('readArticle', () => {
  it('reads the title without the site name, and the publication date', () => {
    expect(readArticle(ARTICLE)).toEqual({
      title: 'Love & Money: who "pays"?',
      published: '2026-02-28T09:00:00+03:00',
    })
  })

  it('falls back to the heading, then the page title', () => {
    expect(readArticle('<h1 class="x">A <em>b</em> &amp; c</h1>')).toEqual({
      title: 'A b & c',
      published: null,
    })
    expect(readArticle('<title>Only &#x27;this&#39;</title>').title).toBe("Only 'this'")
    expect(readArticle('').title).toBe('Untitled')
  })
})

describe('pageFiles', () => {
  it('lists the same-origin stylesheets, icon and scripts, absolute', () => {
    expect(pageFiles(ARTICLE, ARTICLE_URL)).toEqual([
      'https://nabado.co.ke/_next/static/chunks/site.css',
      'https://nabado.co.ke/icon.svg',
      'https://nabado.co.ke/enhance/enhance.0123456789.js',
    ])
  })
})

describe('savedCopy', () => {
  const at = Date.parse('2026-12-01T06:12:00Z') // 09:12 in Nairobi

  it('says "Saved copy from <date>" at the top of the main landmark', () => {
    const html = savedCopy(ARTICLE, at)
    const notice = /<main[^>]*>(<p role="status"[^>]*>.*?<\/p>)<article>/.exec(html)?.[1]
    expect(notice).toContain('Saved copy from 1 December 2026')
    expect(notice).toContain('09:12')
    expect(formatSavedAt(at)).toMatch(/^1 December 2026.*09:12$/)
    // Nothing else changes.
    expect(html.replace(notice!, '')).toBe(ARTICLE)
  })

  it('leaves a page without a main landmark as it is', () => {
    expect(savedCopy('<p>x</p>', at)).toBe('<p>x</p>')
  })
})

describe('offlinePage', () => {
  const view = renderToStaticMarkup(createElement(OfflineView))
  const shell = `<html><head><title>Saved articles · Nabado</title></head><body><main id="main">${view}</main></body></html>`
  const list = [
    {
      path: '/2026/02/28/love-and-money',
      title: 'Love & <Money>',
      published: '2026-02-28T09:00:00+03:00',
    },
    { path: '/2026/02/20/loneliness', title: 'Loneliness', published: null },
  ]

  it('fills the list the offline view renders, as links with their dates', () => {
    const html = offlinePage(shell, list)
    const items = /<ul[^>]*data-offline-list[^>]*>(.*?)<\/ul>/.exec(html)?.[1] ?? ''
    expect(items.match(/<li>/g)).toHaveLength(2)
    expect(items).toContain('<a href="/2026/02/28/love-and-money"')
    expect(items).toContain('>Love &amp; &lt;Money&gt;</a>')
    expect(items).toContain('<time datetime="2026-02-28T09:00:00+03:00">28 February 2026</time>')
    // The empty-state line is hidden once there is something to list.
    expect(html).toMatch(/<p hidden data-offline-empty/)
    expect(html).not.toContain('role="status"')
  })

  it('keeps the empty-state line when nothing is saved', () => {
    const html = offlinePage(shell, [])
    expect(html).not.toContain('<p hidden')
    expect(html).toContain('Nothing is saved on this phone yet.')
  })

  it('says the page asked for is not saved when it stands in for it', () => {
    const html = offlinePage(shell, list, { missing: true })
    expect(html).toMatch(
      /<main id="main"><p role="status"[^>]*><strong>You are offline\.<\/strong>/,
    )
  })

  it('escapes what it writes: a title cannot inject markup', () => {
    const html = offlinePage(shell, [
      {
        path: '/x"><script>alert(1)</script>',
        title: '<img src=x onerror=alert(1)>',
        published: null,
      },
    ])
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
  })
})

describe('offlineShellFrom', () => {
  it('makes an offline page from a saved article: its frame, the offline view inside', () => {
    const shell = offlineShellFrom(ARTICLE)
    expect(shell).toContain('<title>Saved articles · Nabado</title>')
    expect(shell).not.toContain('Text.')
    expect(shell).not.toContain('rel="preload"')
    expect(shell).toContain('<footer>Footer</footer>')
    expect(shell).toContain('/_next/static/chunks/site.css')
    const filled = offlinePage(shell, [{ path: '/a', title: 'A', published: null }])
    expect(filled).toMatch(/data-offline-list[^>]*><li><a href="\/a"/)
  })
})

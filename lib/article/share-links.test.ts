import { describe, expect, it } from 'vitest'
import { shareLinks } from './share-links.ts'

describe('shareLinks', () => {
  const url = 'https://nabado.co.ke/2026/02/28/a-b'
  const links = shareLinks(url, 'Love & Money?')

  it('puts WhatsApp first, then Facebook, X and Telegram', () => {
    expect(links.map((link) => link.name)).toEqual(['WhatsApp', 'Facebook', 'X', 'Telegram'])
  })

  it('encodes the address and title into each service’s share address', () => {
    const [whatsapp, facebook, x, telegram] = links.map((link) => new URL(link.href))
    expect(whatsapp!.origin + whatsapp!.pathname).toBe('https://wa.me/')
    expect(whatsapp!.searchParams.get('text')).toBe(`Love & Money? ${url}`)
    expect(facebook!.searchParams.get('u')).toBe(url)
    expect(x!.searchParams.get('url')).toBe(url)
    expect(x!.searchParams.get('text')).toBe('Love & Money?')
    expect(telegram!.searchParams.get('url')).toBe(url)
    expect(telegram!.searchParams.get('text')).toBe('Love & Money?')
  })
})

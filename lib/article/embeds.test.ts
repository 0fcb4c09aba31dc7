import { describe, expect, it } from 'vitest'
import { recogniseEmbed } from './embeds.ts'

describe('recogniseEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
    ['https://www.youtube.com/shorts/abcDEF12345', 'youtube'],
    ['https://x.com/nabado/status/1234567890', 'x'],
    ['https://twitter.com/nabado/status/1234567890', 'x'],
    ['https://www.facebook.com/nabado/posts/pfbid0abc', 'facebook'],
    ['https://www.instagram.com/p/C1a2b3c4/', 'instagram'],
    ['https://www.tiktok.com/@nabado/video/7234567890123456789', 'tiktok'],
    ['https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'spotify'],
    ['https://vimeo.com/76979871', 'vimeo'],
  ])('knows %s', (address, id) => {
    expect(recogniseEmbed(address)?.provider.id).toBe(id)
  })

  it('makes the address https', () => {
    expect(recogniseEmbed('http://youtu.be/dQw4w9WgXcQ')?.url).toBe('https://youtu.be/dQw4w9WgXcQ')
  })

  it.each([
    'https://example.com/watch?v=x',
    'https://www.youtube.com/watch',
    'https://x.com/nabado',
    'https://www.facebook.com/nabado',
    'https://www.youtube.com/nabadochannel',
    'https://www.instagram.com/nabado/',
    'javascript:alert(1)',
    'https://user:pw@youtu.be/dQw4w9WgXcQ',
    'not a url',
    42,
  ])('refuses %s', (address) => {
    expect(recogniseEmbed(address)).toBeNull()
  })
})

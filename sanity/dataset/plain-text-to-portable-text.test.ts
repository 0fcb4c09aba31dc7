import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { plainTextToPortableText } from './plain-text-to-portable-text.ts'
import { parseSeedPage } from './seed-page.ts'

const seedPage = readFileSync(new URL('./sources/seed-page.txt', import.meta.url), 'utf8')
const { articleText } = parseSeedPage(seedPage)
const blocks = plainTextToPortableText(articleText, 'post-seed')
const textOf = (block: (typeof blocks)[number]) => block.children.map((c) => c.text).join('')

describe('plainTextToPortableText on the seed article', () => {
  it('turns the 18 numbered lines into h2 headings, in order', () => {
    const headings = blocks.filter((block) => block.style === 'h2').map(textOf)
    expect(headings).toHaveLength(18)
    expect(headings[0]).toBe('1. The Intimacy-Fear Paradox')
    expect(headings[13]).toBe('14. What NOT To Do When He Pulls Away')
    expect(headings[17]).toBe('18. The Bigger Picture')
    headings.forEach((heading, index) => expect(heading.startsWith(`${index + 1}. `)).toBe(true))
  })

  it('turns "- " lines into bullet list items without the dash', () => {
    const bullets = blocks.filter((block) => block.listItem === 'bullet')
    expect(bullets.map(textOf)).toContain('Emotional closeness increases vulnerability.')
    expect(bullets.map(textOf)).toContain('“I care about her.”')
    bullets.forEach((block) => {
      expect(block.level).toBe(1)
      expect(textOf(block).startsWith('- ')).toBe(false)
    })
  })

  it('keeps every line of the article word for word, in order', () => {
    const lines = articleText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => line.replace(/^-\s+/, ''))
    expect(blocks.map(textOf)).toEqual(lines)
    expect(blocks[0] && textOf(blocks[0])).toBe(
      'You meet a man. The chemistry is real. Conversations are deep. The attraction is obvious. He opens up. He texts first. He plans dates. It feels like momentum.',
    )
    expect(blocks.at(-1) && textOf(blocks.at(-1)!)).toBe('It is discernment.')
  })

  it('makes short lines paragraphs of their own', () => {
    const paragraph = blocks.find((block) => textOf(block) === 'Then suddenly, he changes.')
    expect(paragraph?.style).toBe('normal')
    expect(paragraph?.listItem).toBeUndefined()
  })

  it('gives every block and span a unique, stable _key', () => {
    const keys = blocks.flatMap((block) => [block._key, ...block.children.map((c) => c._key)])
    expect(new Set(keys).size).toBe(keys.length)
    expect(plainTextToPortableText(articleText, 'post-seed')).toEqual(blocks)
  })
})

describe('parseSeedPage', () => {
  it('finds the tagline and the seven suggested reads', () => {
    const seed = parseSeedPage(seedPage)
    expect(seed.tagline).toBe('simply amazing, always for you.')
    expect(seed.suggestedReads).toHaveLength(7)
    expect(seed.suggestedReads[0]).toBe(
      'When Money Changes Love: The Hidden Ways Wealth Affects Relationships',
    )
  })

  it('refuses a page without the expected sections', () => {
    expect(() => parseSeedPage('just some text')).toThrow(/expected shape/)
  })
})

import { describe, expect, it } from 'vitest'
import { slugify } from './slugify.ts'

describe('slugify', () => {
  it('makes WordPress-style slugs from Nabado titles', () => {
    expect(slugify('The Hidden Forces Making Trust Harder in Today’s Relationships')).toBe(
      'the-hidden-forces-making-trust-harder-in-todays-relationships',
    )
    expect(
      slugify(
        'The Emotional Cost of Being Strong in Kenyan Society — And Why Many Are Tired of Pretending',
      ),
    ).toBe(
      'the-emotional-cost-of-being-strong-in-kenyan-society-and-why-many-are-tired-of-pretending',
    )
    expect(slugify('Love, Money, and Expectations')).toBe('love-money-and-expectations')
  })

  it('drops accents and stray punctuation', () => {
    expect(slugify('  Café — “Déjà vu”!  ')).toBe('cafe-deja-vu')
  })
})

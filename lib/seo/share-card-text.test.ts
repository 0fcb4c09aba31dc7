import { describe, expect, it } from 'vitest'
import { shareCardText } from './share-card-text.ts'

describe('shareCardText', () => {
  it('drops emoji, flags and their joiners, and keeps every letter', () => {
    expect(shareCardText('Habari za Mapenzi: Love & Money in Nairobi 💸')).toBe(
      'Habari za Mapenzi: Love & Money in Nairobi',
    )
    expect(shareCardText('🇰🇪 Kenya 👩🏾‍💻 kazi ❤️ sana')).toBe('Kenya kazi sana')
    expect(shareCardText('Élan, “quotes” — and 2024')).toBe('Élan, “quotes” — and 2024')
  })
})

/**
 * The bundled dataset's demo images: drawn for the demo by scripts/make-demo-images.ts (which
 * writes the files to public/dataset-images/ and their facts to demo-images.json), placed
 * here on posts as covers and inline images with their alternative text, captions and the
 * editor's hotspot and crop.
 */

/** One image file, as the generator recorded it (sha1 and size of the file's bytes). */
export type DemoImageFile = {
  key: string
  file: string
  sha1: string
  size: number
  width: number
  height: number
  extension: string
  mimeType: string
}

/** Sanity's image hotspot and crop, fractions of the image (what the Studio stores). */
export type Hotspot = { x: number; y: number; width: number; height: number }
export type Crop = { top: number; bottom: number; left: number; right: number }

export type DemoImageUse = {
  image: string
  alt: string
  hotspot?: Hotspot
  crop?: Crop
}

export type DemoInlineImage = DemoImageUse & {
  caption?: string
  /** Placed after the first paragraph that follows the h2 heading with this number. */
  afterHeading: number
}

/** Covers, by post title. */
export const demoCovers: Record<string, DemoImageUse> = {
  'The Hidden Male Fear That Makes Him Pull Away From You': {
    image: 'two-figures-at-dusk',
    alt: 'Two people standing a few steps apart on a hill at dusk, the sun low behind them.',
    // The two figures, left of centre: cards cropped square keep them in view.
    hotspot: { x: 0.49, y: 0.68, width: 0.3, height: 0.3 },
  },
  'When Money Changes Love: The Hidden Ways Wealth Affects Relationships': {
    image: 'heart-and-coins-balance',
    alt: 'A balance with a red heart on one pan and a stack of gold coins on the other.',
    hotspot: { x: 0.5, y: 0.5, width: 0.7, height: 0.6 },
    // The editor trimmed the empty floor below the stand.
    crop: { top: 0, bottom: 0.1, left: 0, right: 0 },
  },
  'Why Loneliness Is Rising Despite Social Media': {
    image: 'screens-and-an-empty-chair',
    alt: 'Rows of glowing phone screens above a single empty chair.',
  },
}

/** Inline images in the seed article's body. */
export const demoSeedInlineImages: DemoInlineImage[] = [
  {
    image: 'phone-in-the-dark',
    alt: 'A phone lying face up in a dark room, its screen full of unanswered messages.',
    caption: 'Distance often starts quietly: fewer messages, slower replies.',
    afterHeading: 1,
  },
  {
    image: 'path-that-forks',
    alt: 'A dirt path that splits in two beside a lone acacia tree.',
    caption: 'Closeness asks him to choose a path he has not walked before.',
    hotspot: { x: 0.5, y: 0.7, width: 0.5, height: 0.5 },
    afterHeading: 6,
  },
]

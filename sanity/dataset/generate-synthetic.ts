/**
 * Makes a synthetic dataset of N posts, for the scale benchmark (bench/scale.ts) and the
 * bundled source's tests, in Sanity's export format (NDJSON, like
 * sanity/dataset/production.ndjson): the bundled site settings, categories and author, the
 * bundled posts, then generated posts with realistic bodies (headings, paragraphs, bullets,
 * links), 1 to 3 categories out of 12, one of 40 authors, some editor picks, and a few drafts
 * (which the published perspective must hide). Deterministic: same N, same file.
 *
 *   npm exec -- node sanity/dataset/generate-synthetic.ts 10000 [out.ndjson]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson, toNdjson, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { slugify } from '../../lib/text/slugify.ts'
import { stableKey } from './keys.ts'
import { plainTextToPortableText } from './plain-text-to-portable-text.ts'

export const BUNDLED_DATASET = path.join(import.meta.dirname, 'production.ndjson')

/** A small seeded PRNG (mulberry32), so datasets (and the giving soak) are reproducible. */
export function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EXTRA_CATEGORIES = [
  ['family', 'Family', 'Parents, children, in-laws and the ties that hold.'],
  ['marriage', 'Marriage', 'Weddings, dowry, vows and the years after.'],
  ['dating', 'Dating', 'Meeting people, first dates and the apps in between.'],
  ['faith', 'Faith', 'Church, mosque and belief in everyday life.'],
  ['work', 'Work & Life', 'Jobs, hustles and the hours they take from home.'],
  ['health', 'Mental Health', 'Stress, grief, therapy and asking for help.'],
  ['youth', 'Youth', 'Growing up in Kenya now.'],
] as const

const FIRST_NAMES = [
  'Achieng',
  'Wanjiru',
  'Kamau',
  'Otieno',
  'Njeri',
  'Mwangi',
  'Akinyi',
  'Kiprono',
  'Wambui',
  'Mutua',
  'Chebet',
  'Omondi',
  'Nyambura',
  'Kipchoge',
  'Atieno',
  'Karanja',
  'Moraa',
  'Wafula',
  'Jepkosgei',
  'Ndungu',
]
const LAST_NAMES = [
  'Odhiambo',
  'Waweru',
  'Kariuki',
  'Onyango',
  'Mutiso',
  'Cheruiyot',
  'Njoroge',
  'Barasa',
]

const SUBJECTS = [
  'Couples',
  'Young professionals in Nairobi',
  'Many parents',
  'Men in their thirties',
  'Women who earn more',
  'Newly married partners',
  'Students',
  'Families upcountry',
  'Friends',
  'Single mothers',
]
const VERBS = [
  'quietly avoid',
  'rarely talk about',
  'struggle with',
  'learn to live with',
  'argue about',
  'hide',
  'carry',
  'underestimate',
  'misread',
  'slowly rebuild',
]
const OBJECTS = [
  'money',
  'trust',
  'loneliness',
  'family expectations',
  'jealousy',
  'the pressure to marry',
  'long-distance love',
  'grief',
  'their phones',
  'silence after a fight',
  'dowry negotiations',
  'the cost of living',
]
const CLAUSES = [
  'because nobody taught them how',
  'until it becomes a crisis',
  'even when they love each other',
  'and the children notice',
  'while everyone is watching',
  'long before anyone says a word',
  'in ways that surprise them',
  'after the wedding photos fade',
]
const ADVICE = [
  'Name the problem out loud',
  'Agree on one small change',
  'Talk before the salary arrives',
  'Ask what the other person needs',
  'Set limits with relatives',
  'Put the phone down at dinner',
  'Find someone neutral to talk to',
  'Keep a shared budget',
]
const TITLE_OPENERS = [
  'Why',
  'How',
  'What Happens When',
  'The Quiet Truth About How',
  'Nobody Tells You How',
]

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T
}

function sentence(rand: () => number): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, CLAUSES)}.`
}

/** A body in the bundled dataset's plain-text shape: "1. " headings, "- " bullets, paragraphs. */
function bodyText(rand: () => number): string {
  const lines: string[] = []
  const sections = 3 + Math.floor(rand() * 4)
  for (let p = 0; p < 2; p++)
    lines.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' '))
  for (let s = 1; s <= sections; s++) {
    lines.push(`${s}. ${pick(rand, ADVICE)}`)
    for (let p = 0; p < 2 + Math.floor(rand() * 3); p++) {
      lines.push(Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(rand)).join(' '))
    }
    if (rand() < 0.4) for (let b = 0; b < 3; b++) lines.push(`- ${pick(rand, ADVICE)}.`)
  }
  return lines.join('\n')
}

const reference = (id: string, key?: string) => ({
  _type: 'reference',
  _ref: id,
  ...(key ? { _key: key } : {}),
})

/** Builds the documents: the bundled dataset's own, plus generated posts up to `posts`. */
export function generateDataset(
  posts: number,
  bundled = readFileSync(BUNDLED_DATASET, 'utf8'),
): SanityDocument[] {
  const base = parseNdjson(bundled, BUNDLED_DATASET)
  const rand = random(posts)
  const categories: SanityDocument[] = EXTRA_CATEGORIES.map(([slug, title, description]) => ({
    _id: `category-${slug}`,
    _type: 'category',
    title,
    slug: { _type: 'slug', current: slug },
    description,
  }))
  const authors: SanityDocument[] = Array.from({ length: 40 }, (_, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]}`
    const slug = `${slugify(name)}-${i}`
    return {
      _id: `author-${slug}`,
      _type: 'author',
      name,
      slug: { _type: 'slug', current: slug },
      bio: `${name} writes about ${pick(rand, OBJECTS)} for Nabado.`,
    }
  })
  const categoryIds = [...base, ...categories]
    .filter((d) => d._type === 'category')
    .map((d) => d._id)
  const authorIds = authors.map((a) => a._id)
  const existing = base.filter((d) => d._type === 'post').length
  const generated: SanityDocument[] = []
  // Newest first, one every 7 hours back from mid-November 2026 (newer than the bundled posts).
  const newest = Date.parse('2026-11-18T06:00:00.000Z')
  for (let i = 0; i < Math.max(0, posts - existing); i++) {
    const title = `${pick(rand, TITLE_OPENERS)} ${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} (${i + 1})`
    const slug = slugify(title)
    const id = `post-${slug}`
    const publishedAt = new Date(newest - i * 7 * 3600_000).toISOString()
    const cats = [
      ...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, categoryIds))),
    ]
    const body = plainTextToPortableText(bodyText(rand), id)
    // Some paragraphs link to an older article, as editors do.
    for (const block of body) {
      if (block.style === 'normal' && !block.listItem && rand() < 0.15 && generated.length > 0) {
        const target = pick(rand, generated)
        const key = stableKey(block._key, 'link')
        ;(block.markDefs as unknown as object[]).push({
          _type: 'link',
          _key: key,
          href: `/${(target.slug as { current: string }).current}`,
        })
        block.children[0]!.marks = [key]
      }
    }
    const doc: SanityDocument = {
      _id: id,
      _type: 'post',
      _createdAt: publishedAt,
      _updatedAt: publishedAt,
      title,
      slug: { _type: 'slug', current: slug },
      publishedAt,
      excerpt: `${sentence(rand)} ${sentence(rand)}`,
      author: reference(pick(rand, authorIds)),
      categories: cats.map((c) => reference(c, stableKey(id, 'category', c))),
      body,
    }
    if (generated.length > 10 && rand() < 0.1) {
      const picks = [...new Set([pick(rand, generated)._id, pick(rand, generated)._id])]
      doc.related = picks.map((p) => reference(p, stableKey(id, 'related', p)))
    }
    generated.push(doc)
    // One in fifty posts also has an unpublished draft, which readers must never see.
    if (i % 50 === 7) generated.push({ ...doc, _id: `drafts.${id}`, title: `${title} (draft)` })
  }
  return [...base, ...categories, ...authors, ...generated]
}

export function datasetFile(posts: number): string {
  return path.join(import.meta.dirname, '..', '..', '.bench', `dataset-${posts}.ndjson`)
}

/** Writes the dataset of `posts` posts under .bench/ (gitignored) and returns its path. */
export function writeDataset(posts: number, file = datasetFile(posts)): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, toNdjson(generateDataset(posts)))
  return file
}

if (import.meta.filename === process.argv[1]) {
  const posts = Number(process.argv[2] ?? 1000)
  if (!Number.isInteger(posts) || posts < 1)
    throw new Error('usage: generate-synthetic.ts <posts> [file]')
  console.log(writeDataset(posts, process.argv[3]))
}

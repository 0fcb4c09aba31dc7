// Draws the bundled dataset's demo images (flat, warm illustrations made for the demo) and
// writes them as WebP, named as Sanity names image files (<sha1>-<width>x<height>.webp), into
// public/dataset-images/, with their facts in sanity/dataset/sources/demo-images.json for
// `npm run dataset:build`. Run with `npm run dataset:images`, then `npm run dataset:build`.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import type { DemoImageFile } from '../sanity/dataset/sources/demo-images.ts'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const OUT_DIR = at('../public/dataset-images/')
const MANIFEST = at('../sanity/dataset/sources/demo-images.json')

type Drawing = { key: string; width: number; height: number; svg: string }

const svg = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`

/** Dusk over hills, two figures a step apart: the seed article's cover. */
const distance: Drawing = {
  key: 'two-figures-at-dusk',
  width: 1200,
  height: 800,
  svg: svg(
    1200,
    800,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3b2a4a"/><stop offset="0.55" stop-color="#c8553d"/><stop offset="1" stop-color="#f2a65a"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#sky)"/>
    <circle cx="820" cy="430" r="120" fill="#f6d18b" opacity="0.9"/>
    <path d="M0 560 C200 480 380 520 600 560 S1000 620 1200 540 V800 H0Z" fill="#5b3a3a"/>
    <path d="M0 640 C260 590 520 660 760 640 S1080 600 1200 640 V800 H0Z" fill="#2e2230"/>
    <g fill="#1b1420">
      <circle cx="470" cy="470" r="22"/><path d="M446 500 h48 l10 110 h-68z"/><rect x="452" y="605" width="14" height="45"/><rect x="474" y="605" width="14" height="45"/>
      <circle cx="700" cy="478" r="20"/><path d="M679 505 h42 l14 105 h-70z"/><rect x="688" y="605" width="12" height="45"/><rect x="706" y="605" width="12" height="45"/>
    </g>`,
  ),
}

/** A phone glowing in a dark room: an inline image in the seed article. */
const phone: Drawing = {
  key: 'phone-in-the-dark',
  width: 1200,
  height: 675,
  svg: svg(
    1200,
    675,
    `<rect width="1200" height="675" fill="#1f1a24"/>
    <ellipse cx="600" cy="420" rx="420" ry="190" fill="#3a2f3f"/>
    <ellipse cx="600" cy="360" rx="260" ry="150" fill="#f2a65a" opacity="0.18"/>
    <rect x="520" y="200" width="160" height="290" rx="22" fill="#0f0c12"/>
    <rect x="532" y="222" width="136" height="240" rx="8" fill="#f6d18b"/>
    <g fill="#c8553d"><rect x="548" y="246" width="104" height="18" rx="9"/><rect x="548" y="280" width="78" height="18" rx="9"/><rect x="570" y="314" width="82" height="18" rx="9"/><rect x="548" y="348" width="96" height="18" rx="9"/></g>
    <path d="M420 560 C480 500 560 520 600 560 S720 620 790 560 V675 H410Z" fill="#2e2230"/>`,
  ),
}

/** A path that forks under a tree: an inline image in the seed article. */
const crossroads: Drawing = {
  key: 'path-that-forks',
  width: 1200,
  height: 675,
  svg: svg(
    1200,
    675,
    `<rect width="1200" height="675" fill="#f4e7d3"/>
    <rect y="380" width="1200" height="295" fill="#b5a26b"/>
    <path d="M560 675 L600 380 L640 675Z" fill="#e8d3a8"/>
    <path d="M600 470 L330 675 H410 L600 500Z" fill="#e8d3a8"/>
    <path d="M600 470 L870 675 H790 L600 500Z" fill="#e8d3a8"/>
    <rect x="905" y="210" width="26" height="200" fill="#5b3a3a"/>
    <ellipse cx="918" cy="200" rx="170" ry="70" fill="#4f6b3a"/>
    <ellipse cx="918" cy="160" rx="120" ry="50" fill="#62803f"/>
    <circle cx="230" cy="140" r="60" fill="#f2a65a"/>`,
  ),
}

/** Coins and a heart on a balance: the money article's cover. */
const balance: Drawing = {
  key: 'heart-and-coins-balance',
  width: 1200,
  height: 800,
  svg: svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#eef0e2"/>
    <rect x="588" y="250" width="24" height="420" fill="#3d4a3a"/>
    <rect x="440" y="660" width="320" height="30" rx="10" fill="#3d4a3a"/>
    <rect x="300" y="300" width="600" height="16" rx="8" fill="#3d4a3a" transform="rotate(-6 600 308)"/>
    <path d="M300 330 l-70 150 h140z M900 270 l-70 150 h140z" fill="none" stroke="#3d4a3a" stroke-width="6"/>
    <path d="M300 470 c-40-50-110-10-70 40 l70 60 l70-60 c40-50-30-90-70-40z" fill="#c8553d"/>
    <g fill="#d9a53a" stroke="#a77c22" stroke-width="5">
      <ellipse cx="900" cy="410" rx="60" ry="16"/><ellipse cx="900" cy="392" rx="60" ry="16"/><ellipse cx="900" cy="374" rx="60" ry="16"/>
    </g>`,
  ),
}

/** Many small screens, one empty chair: the loneliness article's cover. */
const screens: Drawing = {
  key: 'screens-and-an-empty-chair',
  width: 1200,
  height: 800,
  svg: svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#243447"/>
    ${Array.from({ length: 24 }, (_, i) => {
      const x = 90 + (i % 8) * 130
      const y = 80 + Math.floor(i / 8) * 150
      const lit = [1, 4, 6, 9, 14, 19, 22].includes(i)
      return `<rect x="${x}" y="${y}" width="90" height="120" rx="12" fill="${lit ? '#f6d18b' : '#34495e'}"/>`
    }).join('')}
    <rect y="560" width="1200" height="240" fill="#1a2533"/>
    <g fill="#c8553d"><rect x="540" y="520" width="120" height="18" rx="6"/><rect x="540" y="430" width="18" height="100"/><rect x="545" y="538" width="14" height="110"/><rect x="641" y="538" width="14" height="110"/></g>`,
  ),
}

const drawings = [distance, phone, crossroads, balance, screens]

mkdirSync(OUT_DIR, { recursive: true })
for (const old of readdirSync(OUT_DIR)) rmSync(`${OUT_DIR}${old}`)

const manifest: DemoImageFile[] = []
for (const drawing of drawings) {
  // Flat drawings compress well; quality 72 keeps edges clean at a few kilobytes.
  const data = await sharp(Buffer.from(drawing.svg))
    .webp({ quality: 72, effort: 6, smartSubsample: true })
    .toBuffer()
  const sha1 = createHash('sha1').update(data).digest('hex')
  const file = `${sha1}-${drawing.width}x${drawing.height}.webp`
  writeFileSync(`${OUT_DIR}${file}`, data)
  manifest.push({
    key: drawing.key,
    file,
    sha1,
    size: data.length,
    width: drawing.width,
    height: drawing.height,
    extension: 'webp',
    mimeType: 'image/webp',
  })
  console.log(`${file}  ${(data.length / 1024).toFixed(1)} KB  (${drawing.key})`)
}
writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n')
console.log(`Wrote ${manifest.length} images to ${OUT_DIR} and ${MANIFEST}`)

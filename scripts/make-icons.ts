// Draws the web app manifest's icons (app/manifest.ts) from the site's icon, app/icon.svg:
// public/icons/icon-192.png and icon-512.png. The icon is a full-bleed square with the letter
// well inside the middle 80 %, so the 512 px file also serves as the maskable icon (Android
// cuts it to a circle or a rounded square). Run after changing app/icon.svg, and commit the
// files: `npm exec -- node scripts/make-icons.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const SOURCE = at('../app/icon.svg')
const OUT_DIR = at('../public/icons/')

export const ICON_SIZES = [192, 512] as const

export async function makeIcons(svg = readFileSync(SOURCE), outDir = OUT_DIR) {
  mkdirSync(outDir, { recursive: true })
  const written: string[] = []
  for (const size of ICON_SIZES) {
    // Rendered at the target size from the vector (density scales the 32-unit viewBox).
    const png = await sharp(svg, { density: (72 * size) / 32 })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: true })
      .toBuffer()
    const file = `${outDir}icon-${size}.png`
    writeFileSync(file, png)
    written.push(file)
  }
  return written
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await makeIcons()) console.log(`wrote ${file}`)
}

// Writes the bundled dataset as a folder `sanity dataset import` takes with its images:
//   npm run dataset:import-folder -- <folder>   (default: nabado-dataset-import in the temp dir)
//   npx sanity dataset import <folder> production
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseNdjson, toNdjson } from '../lib/dataset/ndjson.ts'
import { toImportFolder } from '../sanity/dataset/import-folder.ts'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const target = resolve(process.argv[2] ?? join(tmpdir(), 'nabado-dataset-import'))

const dataset = parseNdjson(readFileSync(at('../sanity/dataset/production.ndjson'), 'utf8'))
const { documents, images } = toImportFolder(dataset)

rmSync(target, { recursive: true, force: true })
mkdirSync(join(target, 'images'), { recursive: true })
writeFileSync(join(target, 'data.ndjson'), toNdjson(documents))
for (const file of images)
  copyFileSync(at(`../public/dataset-images/${file}`), join(target, 'images', file))
console.log(`Wrote ${documents.length} documents and ${images.length} images to ${target}`)
console.log(`Import with: npx sanity dataset import ${target} <dataset>`)

// Regenerates the bundled dataset (sanity/dataset/production.ndjson) from its sources.
// Run with `npm run dataset:build`.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { toNdjson } from '../lib/dataset/ndjson.ts'
import { buildDataset } from '../sanity/dataset/build.ts'
import { checkExport } from '../sanity/dataset/check-export.ts'
import type { DemoImageFile } from '../sanity/dataset/sources/demo-images.ts'
import { samplePosts } from '../sanity/dataset/sources/sample-posts.ts'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const seedPage = readFileSync(at('../sanity/dataset/sources/seed-page.txt'), 'utf8')
const images = JSON.parse(
  readFileSync(at('../sanity/dataset/sources/demo-images.json'), 'utf8'),
) as DemoImageFile[]
const documents = buildDataset(seedPage, samplePosts, images)
const problems = checkExport(documents)
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
const target = at('../sanity/dataset/production.ndjson')
writeFileSync(target, toNdjson(documents))
console.log(`Wrote ${documents.length} documents to ${target}`)

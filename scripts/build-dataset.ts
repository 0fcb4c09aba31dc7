// Regenerates the bundled dataset (sanity/dataset/production.ndjson) from its sources.
// Run with `npm run dataset:build`.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildDataset, toNdjson } from '../sanity/dataset/build.ts'
import { checkExport } from '../sanity/dataset/check-export.ts'
import { samplePosts } from '../sanity/dataset/sources/sample-posts.ts'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const seedPage = readFileSync(at('../sanity/dataset/sources/seed-page.txt'), 'utf8')
const documents = buildDataset(seedPage, samplePosts)
const problems = checkExport(documents)
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
const target = at('../sanity/dataset/production.ndjson')
writeFileSync(target, toNdjson(documents))
console.log(`Wrote ${documents.length} documents to ${target}`)

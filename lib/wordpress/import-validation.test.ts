import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@sanity/client'
import { validateDocument } from '@sanity/validation'
import { createSchema } from 'sanity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanityStandIn, type SanityStandIn } from '../../e2e/sanity-stand-in/server.ts'
import { schemaTypes } from '../../sanity/schemaTypes/index.ts'
import { parseNdjson } from '../content/bundled-source.ts'
import { runImport } from './run-import.ts'

// Sanity's own validation (the rules the Studio runs) over every document the importer
// writes from the fixture export, drafts included, against a local stand-in of Sanity's API
// (references and slug uniqueness are checked through a real client).

const FIXTURE = fileURLToPath(
  new URL('../../e2e/fixtures/wordpress/nabado-export.xml', import.meta.url),
)
const schema = createSchema({ name: 'nabado', types: schemaTypes })
let standIn: SanityStandIn
let client: ReturnType<typeof createClient>
let documents: ReturnType<typeof parseNdjson>

beforeAll(async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'wordpress-validation-'))
  const output = path.join(directory, 'out.ndjson')
  await runImport({
    input: FIXTURE,
    output,
    redirects: path.join(directory, 'redirects.json'),
    drafts: 'draft',
    images: 'asset',
    skipTypes: [],
  })
  documents = parseNdjson(readFileSync(output, 'utf8'))
  standIn = await createSanityStandIn({ projectId: 'test', documents })
  client = createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-10-01',
    apiHost: standIn.httpUrl,
    useProjectHostname: false,
    useCdn: false,
  })
})

afterAll(() => standIn?.close())

describe('the imported documents against the Studio schema', () => {
  it('every document passes Sanity’s validation', async () => {
    expect(documents.length).toBeGreaterThan(10)
    for (const document of documents) {
      expect(schema.get(document._type), document._type).toBeDefined()
      const result = await validateDocument({
        document: document as Parameters<typeof validateDocument>[0]['document'],
        schema,
        client,
      })
      const errors = result.markers
        .filter((marker) => marker.level === 'error')
        .map((marker) => `${document._id} ${marker.path.join('.')}: ${marker.message}`)
      expect(errors).toEqual([])
    }
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readNdjsonFile, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { startValidator, type DocumentValidator } from '../../sanity/validate-documents.ts'
import { runImport } from './run-import.ts'

// Sanity's own validation (the rules the Studio runs) over every document the importer
// writes from the fixture export, drafts included, against a local stand-in of Sanity's API
// (references and slug uniqueness are checked through a real client).

const FIXTURE = fileURLToPath(
  new URL('../../e2e/fixtures/wordpress/nabado-export.xml', import.meta.url),
)
let documents: SanityDocument[]
let validator: DocumentValidator

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
  documents = readNdjsonFile(output)
  validator = await startValidator(documents)
})

afterAll(() => validator?.close())

describe('the imported documents against the Studio schema', () => {
  it('every document passes Sanity’s validation', async () => {
    expect(documents.length).toBeGreaterThan(10)
    for (const document of documents) {
      const errors = await validator.problems(document)
      expect(errors.map((error) => `${document._id} ${error}`)).toEqual([])
    }
  })
})

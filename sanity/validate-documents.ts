// For tests: Sanity's own validation (the rules the Studio runs) over a set of documents.
// Reference checks, slug uniqueness and custom rules query the dataset, so the documents are
// served by the local stand-in of Sanity's API and read through a real client.
// eslint-disable-next-line no-restricted-imports -- test support, which talks to the API as tests do
import { createClient } from '@sanity/client'
import { validateDocument } from '@sanity/validation'
import { createSchema } from 'sanity'
import { createSanityStandIn } from '../tools/sanity-stand-in/server.ts'
import type { SanityDocument } from '../lib/dataset/ndjson.ts'
import { schemaTypes } from './schemaTypes/index.ts'

const schema = createSchema({ name: 'nabado', types: schemaTypes })

export type DocumentValidator = {
  /** What Sanity reports at that level, one `path: message` line each. */
  markers(document: SanityDocument, level: 'error' | 'warning'): Promise<string[]>
  /** The errors: none for a document the Studio would publish. */
  problems(document: SanityDocument): Promise<string[]>
  close(): Promise<void>
}

const pathSegment = (segment: unknown) =>
  typeof segment === 'object' && segment !== null && '_key' in segment
    ? String(segment._key)
    : String(segment)

/** Serves `documents` from a stand-in and validates any document against them. */
export async function startValidator(documents: SanityDocument[]): Promise<DocumentValidator> {
  const standIn = await createSanityStandIn({ projectId: 'test', documents })
  const client = createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-10-01',
    apiHost: standIn.httpUrl,
    useProjectHostname: false,
    useCdn: false,
  })

  async function markers(document: SanityDocument, level: 'error' | 'warning') {
    if (!schema.get(document._type)) return [`_type: the schema has no type ${document._type}`]
    const result = await validateDocument({
      document: document as Parameters<typeof validateDocument>[0]['document'],
      schema,
      client,
    })
    return result.markers
      .filter((marker) => marker.level === level)
      .map((marker) => `${marker.path.map(pathSegment).join('.')}: ${marker.message}`)
  }

  return {
    markers,
    problems: (document) => markers(document, 'error'),
    close: () => standIn.close(),
  }
}

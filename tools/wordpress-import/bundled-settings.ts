import { readFile } from 'node:fs/promises'
import { parseNdjson, type SanityDocument } from '../../lib/dataset/ndjson.ts'

/**
 * The site settings document of a bundled dataset (NDJSON), kept when an import replaces
 * the dataset (--bundled): WordPress has no M-Pesa till or support appeal to bring across.
 * Empty when the file or the document is missing.
 */
export async function bundledSettings(file: string): Promise<SanityDocument[]> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return parseNdjson(text, file).filter(
    (document) => document._type === 'siteSettings' && !document._id.startsWith('drafts.'),
  )
}

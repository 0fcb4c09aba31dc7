import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bundledSettings } from './bundled-settings.ts'

describe('bundledSettings', () => {
  it('keeps the bundled dataset’s settings document only', async () => {
    const file = fileURLToPath(new URL('../../sanity/dataset/production.ndjson', import.meta.url))
    const documents = await bundledSettings(file)
    expect(documents.map((document) => document._id)).toEqual(['siteSettings'])
    expect(documents[0]).toMatchObject({ siteName: 'Nabado', support: { tillNumber: '9549825' } })
  })

  it('is empty when there is no dataset', async () => {
    expect(await bundledSettings('/nonexistent/production.ndjson')).toEqual([])
  })
})

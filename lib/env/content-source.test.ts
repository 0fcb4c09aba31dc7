import { describe, expect, it } from 'vitest'
import { resolveContentSource } from './content-source.ts'

describe('resolveContentSource', () => {
  it('selects the bundled dataset when no Sanity setting is present', () => {
    expect(resolveContentSource({})).toEqual({ kind: 'bundled', datasetFile: undefined })
    expect(
      resolveContentSource({ NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: ' ' }),
    ).toEqual({ kind: 'bundled', datasetFile: undefined })
  })

  it('passes a dataset file override to the bundled source', () => {
    expect(resolveContentSource({ NABADO_DATASET_FILE: '/tmp/x.ndjson' })).toEqual({
      kind: 'bundled',
      datasetFile: '/tmp/x.ndjson',
    })
  })

  it('selects Sanity when project id and dataset are set, with a default API version', () => {
    expect(
      resolveContentSource({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_READ_TOKEN: 'secret',
        SANITY_API_HOST: 'http://127.0.0.1:3333',
      }),
    ).toEqual({
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-10-01',
      token: 'secret',
      apiHost: 'http://127.0.0.1:3333',
    })
  })

  it('fails fast on a half-set config, naming the missing variable', () => {
    expect(() => resolveContentSource({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' })).toThrow(
      /NEXT_PUBLIC_SANITY_DATASET is missing/,
    )
    expect(() => resolveContentSource({ NEXT_PUBLIC_SANITY_DATASET: 'production' })).toThrow(
      /NEXT_PUBLIC_SANITY_PROJECT_ID is missing/,
    )
    expect(() => resolveContentSource({ SANITY_API_READ_TOKEN: 'secret' })).toThrow(
      /SANITY_API_READ_TOKEN is set but NEXT_PUBLIC_SANITY_PROJECT_ID/,
    )
  })

  it('rejects malformed values without echoing secrets', () => {
    expect(() =>
      resolveContentSource({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'Bad Id!',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
      }),
    ).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID may hold only/)
    expect(() =>
      resolveContentSource({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        NEXT_PUBLIC_SANITY_API_VERSION: 'latest',
      }),
    ).toThrow(/must be a date/)
  })
})

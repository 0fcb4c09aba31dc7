import { z } from 'zod'
import { DEFAULT_SANITY_API_VERSION } from './public.ts'

/** Where content comes from: the bundled NDJSON export, or Sanity's Content Lake. */
export type ContentSourceConfig =
  | { kind: 'bundled'; datasetFile: string | undefined }
  | {
      kind: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      token: string | undefined
      apiHost: string | undefined
    }

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const optional = z.preprocess(blankToUndefined, z.string().trim().optional())

const envSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, 'NEXT_PUBLIC_SANITY_PROJECT_ID may hold only a-z, 0-9 and "-"')
      .optional(),
  ),
  NEXT_PUBLIC_SANITY_DATASET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[a-z0-9_-]{1,64}$/, 'NEXT_PUBLIC_SANITY_DATASET may hold only a-z, 0-9, "_" and "-"')
      .optional(),
  ),
  NEXT_PUBLIC_SANITY_API_VERSION: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^v?\d{4}-\d{2}-\d{2}$/, 'NEXT_PUBLIC_SANITY_API_VERSION must be a date, YYYY-MM-DD')
      .optional(),
  ),
  SANITY_API_READ_TOKEN: optional,
  SANITY_API_HOST: z.preprocess(
    blankToUndefined,
    z.url({ message: 'SANITY_API_HOST must be a URL such as https://api.sanity.io' }).optional(),
  ),
  NABADO_DATASET_FILE: optional,
})

export type ContentEnv = Partial<Record<keyof z.infer<typeof envSchema>, string | undefined>>

/**
 * Picks the content source from the environment. No Sanity settings at all selects the
 * bundled dataset; a half-set Sanity config is a deployment mistake, so it fails fast
 * and names the missing variable instead of quietly serving demo content.
 */
export function resolveContentSource(env: ContentEnv): ContentSourceConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => issue.message).join('; ')
    throw new Error(`Invalid content configuration: ${messages}`)
  }
  const {
    NEXT_PUBLIC_SANITY_PROJECT_ID: projectId,
    NEXT_PUBLIC_SANITY_DATASET: dataset,
    NEXT_PUBLIC_SANITY_API_VERSION: apiVersion,
    SANITY_API_READ_TOKEN: token,
    SANITY_API_HOST: apiHost,
    NABADO_DATASET_FILE: datasetFile,
  } = parsed.data

  if (!projectId && !dataset) {
    const sanityOnly = { SANITY_API_READ_TOKEN: token, SANITY_API_HOST: apiHost }
    const stray = Object.entries(sanityOnly).find(([, value]) => value !== undefined)
    if (stray) {
      throw new Error(
        `${stray[0]} is set but NEXT_PUBLIC_SANITY_PROJECT_ID and NEXT_PUBLIC_SANITY_DATASET are not: set both to use Sanity, or unset ${stray[0]} to use the bundled dataset.`,
      )
    }
    return { kind: 'bundled', datasetFile }
  }
  if (!projectId) {
    throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is missing: NEXT_PUBLIC_SANITY_DATASET is set.')
  }
  if (!dataset) {
    throw new Error('NEXT_PUBLIC_SANITY_DATASET is missing: NEXT_PUBLIC_SANITY_PROJECT_ID is set.')
  }
  return {
    kind: 'sanity',
    projectId,
    dataset,
    apiVersion: apiVersion ?? DEFAULT_SANITY_API_VERSION,
    token,
    apiHost,
  }
}

import { z } from 'zod'

/** Sanity's image CDN. */
export const DEFAULT_IMAGE_CDN_URL = 'https://cdn.sanity.io'

const imageHost = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .url({
      protocol: /^https?$/,
      message: 'SANITY_IMAGE_HOST must be an http(s) URL such as https://cdn.sanity.io',
    })
    .optional(),
)

/**
 * Where readers' browsers fetch Sanity images from: Sanity's CDN, or SANITY_IMAGE_HOST (an
 * image proxy or cache in front of it, or the tests' local stand-in), which must answer
 * `/images/<projectId>/<dataset>/<file>?<params>` as the CDN does. The same value feeds the
 * Content-Security-Policy's img-src (next.config.ts), so set it before `next build`.
 */
export function resolveImageCdnUrl(env: { SANITY_IMAGE_HOST?: string }): string {
  const parsed = imageHost.safeParse(env.SANITY_IMAGE_HOST)
  if (!parsed.success) {
    throw new Error(`Invalid image configuration: ${parsed.error.issues[0]?.message}`)
  }
  return (parsed.data ?? DEFAULT_IMAGE_CDN_URL).replace(/\/+$/, '')
}

export const imageCdnUrl = resolveImageCdnUrl({ SANITY_IMAGE_HOST: process.env.SANITY_IMAGE_HOST })

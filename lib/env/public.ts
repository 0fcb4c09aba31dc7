/**
 * Configuration that may reach the browser (the Studio needs the project id and dataset).
 * Next.js inlines NEXT_PUBLIC_* only when read as literal `process.env.NAME`, so each is
 * spelled out here rather than read through a loop.
 */
export const publicEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
}

/** Sanity's API is versioned by date; queries are written against this one. */
export const DEFAULT_SANITY_API_VERSION = '2025-10-01'

export const DEFAULT_SITE_URL = 'http://localhost:3000'

export const siteUrl = (publicEnv.NEXT_PUBLIC_SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '')

/**
 * An API host for the Studio in the browser (a proxy, or a local stand-in in tests). The
 * Studio always puts the project id in front of this host, as it does for api.sanity.io.
 */
export const studioApiHost = process.env.NEXT_PUBLIC_SANITY_STUDIO_API_HOST || undefined

export const studioConfig =
  publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID && publicEnv.NEXT_PUBLIC_SANITY_DATASET
    ? {
        projectId: publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
        dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
        apiVersion: publicEnv.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_SANITY_API_VERSION,
      }
    : null

/**
 * The address of the reader pages' enhancement script (lib/browser/enhance/), named by its content
 * hash. next.config.ts builds the script and inlines this at build time; null in a build
 * that did not make it (unit tests).
 */
export const enhanceScriptPath = process.env.NABADO_ENHANCE_SCRIPT || null

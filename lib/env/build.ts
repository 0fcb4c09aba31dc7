// What the build reads: next.config.ts and sanity.cli.ts run before (or outside) the site, so
// they take their variables from here rather than from process.env, and lib/env/ stays the
// only place the project's code reads configuration. Values are fixed at build time.

/** Output folder: a second build (the end-to-end tests' Sanity-mode site) gets its own. */
export const distDir = process.env.NEXT_DIST_DIR || '.next'

/**
 * `NABADO_SKIP_BUILD_TYPECHECK=1` skips Next.js's own type-check during `next build`. The
 * end-to-end tests set it: `npm test` has type-checked the whole project just before.
 */
export const skipBuildTypecheck = process.env.NABADO_SKIP_BUILD_TYPECHECK === '1'

/** The inputs of the security headers (lib/http/security-headers.ts), fixed into the build. */
export const securityHeaderInputs = {
  production: process.env.NODE_ENV === 'production',
  siteUrl: process.env.NEXT_PUBLIC_SITE_URL,
  projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || undefined,
  studioApiHost: process.env.NEXT_PUBLIC_SANITY_STUDIO_API_HOST || undefined,
  imageHost: process.env.SANITY_IMAGE_HOST || undefined,
}

/** The Sanity CLI's project: only commands that talk to Sanity use it (typegen is offline). */
export const sanityCliProject = {
  projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured',
  dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
}

import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A second build (the end-to-end tests' Sanity-mode site) gets its own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The X-Powered-By header only helps fingerprinting.
  poweredByHeader: false,
  reactStrictMode: true,
  // The end-to-end tests build the site twice right after `npm test` has type-checked the
  // whole project; they skip Next's second type-check. Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.NABADO_SKIP_BUILD_TYPECHECK === '1' },
  // The bundled dataset is read from disk at run time; make sure hosts that trace files
  // (standalone output, Vercel) ship it.
  outputFileTracingIncludes: { '/**': ['./sanity/dataset/*.ndjson'] },
}

export default nextConfig

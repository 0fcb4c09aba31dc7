import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A second build (the end-to-end tests' Sanity-mode site) gets its own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The X-Powered-By header only helps fingerprinting.
  poweredByHeader: false,
  reactStrictMode: true,
  // The bundled dataset is read from disk at run time; make sure hosts that trace files
  // (standalone output, Vercel) ship it.
  outputFileTracingIncludes: { '/**': ['./sanity/dataset/*.ndjson'] },
}

export default nextConfig

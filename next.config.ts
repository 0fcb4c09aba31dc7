import { join } from 'node:path'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'
import { bootScript } from './lib/theme/boot-script.ts'
import { distDir, securityHeaderInputs, skipBuildTypecheck } from './lib/env/build.ts'
import { output } from './lib/env/redis.ts'
import { securityHeaderRules, workerImageOrigins } from './lib/http/security-headers.ts'

const nextConfig: NextConfig = {
  // A second build (the end-to-end tests' Sanity-mode site) gets its own output folder.
  distDir,
  // The X-Powered-By header only helps fingerprinting.
  poweredByHeader: false,
  reactStrictMode: true,
  // The end-to-end tests build the site twice right after `npm test` has type-checked the
  // whole project; they skip Next's second type-check. Every other build checks types.
  typescript: { ignoreBuildErrors: skipBuildTypecheck },
  // The bundled dataset is read from disk at run time; make sure hosts that trace files
  // (standalone output, Vercel) ship it.
  outputFileTracingIncludes: { '/**': ['./sanity/dataset/*.ndjson'] },
  // Next.js's file-system ISR cache, minus 404s of addresses that never had a page, which
  // would otherwise let anyone fill the disk with made-up addresses (docs/security.md); with
  // REDIS_URL set, a cache in Redis shared by every instance ("Scaling out" in
  // docs/architecture.md). Chosen at start-up by lib/cache-handlers/handler.mjs.
  cacheHandler: join(process.cwd(), 'lib/cache-handlers/handler.mjs'),
  // NABADO_OUTPUT=standalone: also write <distDir>/standalone/ for the container image
  // (Dockerfile); `next start` serves the usual build either way.
  output,
  // Images (docs/architecture.md "Images"): the bundled dataset's files go through Next.js's
  // optimiser; Sanity's CDN resizes its own (a custom loader, lib/images/resolve.ts). Widths
  // stop at 1200: the widest image box is about 600 CSS px (2x screens). AVIF, then WebP.
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1200],
    imageSizes: [80, 96, 160, 192],
    qualities: [60],
  },
  // Security headers on every response (lib/http/security-headers.ts, docs/security.md), from
  // values fixed at build time, like NEXT_PUBLIC_*.
  async headers() {
    // The enhancement script's name changes with its content: cache it for a year.
    const enhanceScript = {
      source: '/enhance/:file',
      headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
    }
    // The offline worker keeps its address. Chromium checks it after every page a reader
    // opens (a 304 of 1.3 KB each with no-cache); cached for an hour (the pages register it
    // with updateViaCache 'all'), it is checked once an hour at most. docs/architecture.md.
    const worker = {
      source: '/sw.js',
      headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }],
    }
    return [
      enhanceScript,
      worker,
      ...securityHeaderRules({ ...securityHeaderInputs, inlineScripts: [bootScript] }),
    ]
  },
}

/**
 * A build (or the dev server) first builds the reader pages' enhancement script
 * (lib/browser/enhance/, esbuild) into public/enhance/enhance.<content hash>.js and inlines its
 * address, so every build names exactly the file it made and browsers may cache it for a
 * year. `next start` serves what the build made and needs neither esbuild nor the source.
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase !== PHASE_PRODUCTION_BUILD && phase !== PHASE_DEVELOPMENT_SERVER) return nextConfig
  const { buildEnhanceScript } = await import('./lib/browser/enhance/build.ts')
  const { buildServiceWorker } = await import('./lib/browser/offline/build.ts')
  const built = phase === PHASE_PRODUCTION_BUILD
  const { publicPath } = buildEnhanceScript({ root: process.cwd(), offline: built })
  // The offline worker (lib/browser/offline/) into public/sw.js; the dev server's only retires one.
  const imageOrigins = workerImageOrigins(securityHeaderInputs.imageHost)
  buildServiceWorker({ root: process.cwd(), imageOrigins, retire: !built })
  return { ...nextConfig, env: { NABADO_ENHANCE_SCRIPT: publicPath } }
}

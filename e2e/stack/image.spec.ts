import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { containerOf, docker, dockerUnavailable, STACK_IMAGE, STACK_SECRETS } from './setup.ts'

// The image the stack runs (Dockerfile): who it runs as, what it holds, what it never holds.

test.skip(dockerUnavailable() !== null, `stack tests skipped: ${dockerUnavailable()}`)

const inSiteA = (...command: string[]) => docker('exec', containerOf('site-a'), ...command)

test('runs as the unprivileged node user with NODE_ENV=production and a HEALTHCHECK, and is healthy', async () => {
  const config = JSON.parse(docker('image', 'inspect', '--format', '{{json .Config}}', STACK_IMAGE))
  expect(config.User).toBe('node')
  expect(config.Env).toContain('NODE_ENV=production')
  expect(config.Healthcheck.Test.join(' ')).toContain('/api/health')
  expect(inSiteA('id', '-u').trim()).toBe('1000')
  await expect
    .poll(
      () => docker('inspect', '--format', '{{.State.Health.Status}}', containerOf('site-a')).trim(),
      {
        timeout: 45_000,
        intervals: [1000],
      },
    )
    .toBe('healthy')
})

test('holds no dev dependencies, no source maps, and PGlite’s pg_trgm', () => {
  const packages = inSiteA('ls', '/app/node_modules').split(/\s+/)
  for (const dev of [
    'vitest',
    'eslint',
    'typescript',
    'prettier',
    'esbuild',
    'jsdom',
    'lighthouse',
    'tailwindcss',
    '@playwright',
    'patch-package',
  ]) {
    expect(packages, dev).not.toContain(dev)
  }
  // PGlite's own `pg_filenode.map` files in the data volume are not source maps.
  expect(inSiteA('find', '/app', '-name', '*.js.map', '-o', '-name', '*.mjs.map').trim()).toBe('')
  expect(inSiteA('ls', '/app/node_modules/@electric-sql/pglite/dist')).toContain('pg_trgm.tar.gz')
  const sizes = inSiteA(
    'du',
    '-sh',
    '/app/node_modules',
    '/app/.next',
    '/app/public',
    '/usr/local/bin/node',
  )
  const size = Number(docker('image', 'inspect', '--format', '{{.Size}}', STACK_IMAGE))
  console.log(`stack: image ${(size / 1e6).toFixed(0)} MB\n${sizes}`)
  console.log(
    docker('history', '--format', '{{.Size}}\t{{.CreatedBy}}', STACK_IMAGE).slice(0, 4000),
  )
})

/** Whether the bytes of `file` contain `needle` (streamed: an image is hundreds of MB). */
async function fileContains(file: string, needles: string[]): Promise<string[]> {
  const found = new Set<string>()
  const longest = Math.max(...needles.map((needle) => needle.length))
  let tail = ''
  for await (const chunk of createReadStream(file, { encoding: 'latin1' })) {
    const text = tail + (chunk as string)
    for (const needle of needles) if (text.includes(needle)) found.add(needle)
    tail = text.slice(-longest)
  }
  return [...found]
}

test('no layer holds a secret the containers were given', async () => {
  test.setTimeout(120_000)
  const folder = mkdtempSync(path.join(tmpdir(), 'nabado-image-'))
  try {
    const saved = path.join(folder, 'image.tar')
    // Every layer and the image's configuration (its history, its ENV), uncompressed.
    docker('save', '-o', saved, STACK_IMAGE)
    expect(await fileContains(saved, Object.values(STACK_SECRETS))).toEqual([])
    // The check can fail: the same scan finds what the image does hold.
    expect(await fileContains(saved, ['NODE_ENV=production'])).toEqual(['NODE_ENV=production'])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

import { describe, expect, it } from 'vitest'
import { ownPathsFirst, revalidateEach } from './revalidate-paths.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('revalidateEach', () => {
  it('revalidates every path, at most four at a time', async () => {
    let running = 0
    let most = 0
    const done: string[] = []
    const paths = Array.from({ length: 10 }, (_, i) => `/p${i}`)
    const report = await revalidateEach(paths, async (path) => {
      most = Math.max(most, ++running)
      await tick()
      running--
      done.push(path)
    })
    expect(most).toBe(4)
    expect(done.sort()).toEqual([...paths].sort())
    expect(report).toEqual({ revalidated: paths, failed: [] })
  })

  it('logs a failing path on one line and goes on with the others', async () => {
    const lines: string[] = []
    const report = await revalidateEach(
      ['/a', '/b', '/c'],
      async (path) => {
        if (path === '/b') throw new Error('Failed to revalidate /b: Invalid response 500\n  at x')
      },
      { log: (line: string) => lines.push(line) },
    )
    expect(report).toEqual({ revalidated: ['/a', '/c'], failed: ['/b'] })
    expect(lines).toEqual(['[revalidate] /b failed: Failed to revalidate /b: Invalid response 500'])
  })

  it('does nothing for no paths', async () => {
    expect(await revalidateEach([], async () => undefined)).toEqual({
      revalidated: [],
      failed: [],
    })
  })
})

describe('ownPathsFirst', () => {
  it('puts the changed post’s addresses first and keeps the rest in order', () => {
    const paths = ['/', '/2026/02/20/b', '/2026/02/24/a', '/category/x', '/2026/02/28/c']
    expect(ownPathsFirst(paths, ['a', 'old-a'])).toEqual([
      '/2026/02/24/a',
      '/',
      '/2026/02/20/b',
      '/category/x',
      '/2026/02/28/c',
    ])
    expect(ownPathsFirst(paths, [null, undefined])).toEqual(paths)
  })

  it('matches whole slugs only', () => {
    expect(ownPathsFirst(['/2026/02/24/not-a', '/2026/02/24/a'], ['a'])).toEqual([
      '/2026/02/24/a',
      '/2026/02/24/not-a',
    ])
  })
})

import { nginxURL } from './setup.ts'

// Readers through nginx while a test breaks something: `concurrency` readers, each asking for
// one reader page after another until stopped. Half the requests carry a query string of their
// own, which nginx has never cached: they reach an instance, so an instance's failure shows.

export const LOAD_PATHS = [
  '/',
  '/2026/02/20/why-loneliness-is-rising-despite-social-media',
  '/category/relationships',
  '/author/nabado-editors',
  '/support',
]

/**
 * `failed`: requests not answered 200 (an error status, or no answer at all). `cut`: answered
 * 200 but the body ended early: an instance killed (SIGKILL) while it was sending the page,
 * which nginx cannot pass to the other instance once it has begun answering the reader.
 */
export type LoadResult = { total: number; failed: number; cut: number; failures: string[] }

export function startLoad(concurrency = 6) {
  let running = true
  let counter = 0
  const result: LoadResult = { total: 0, failed: 0, cut: 0, failures: [] }
  const reader = async () => {
    while (running) {
      const n = counter++
      const path = LOAD_PATHS[n % LOAD_PATHS.length]!
      const address = n % 2 === 0 ? path : `${path}?load=${n}`
      const note = (error: unknown) => {
        if (result.failures.length < 10) result.failures.push(`${address}: ${String(error)}`)
      }
      try {
        const response = await fetch(`${nginxURL}${address}`, { redirect: 'manual' })
        if (response.status !== 200) throw new Error(`status ${response.status}`)
        try {
          await response.arrayBuffer()
        } catch (error) {
          result.cut++
          note(error)
        }
      } catch (error) {
        result.failed++
        note(error)
      }
      result.total++
    }
  }
  const readers = Array.from({ length: concurrency }, reader)
  return {
    /** Stops the readers and resolves with what they saw. */
    async stop(): Promise<LoadResult> {
      running = false
      await Promise.all(readers)
      return result
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

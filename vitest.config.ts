import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // `server-only` throws outside a React Server Component bundle; unit tests run the
      // server modules directly, so it resolves to its empty variant here.
      'server-only': fileURLToPath(new URL('./tests/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    // Build folders (.next, .next-sanity, …) hold copies of packages with their own tests.
    exclude: ['node_modules/**', '.next*/**', '.bench/**', '.wordpress-e2e/**'],
    environment: 'node',
  },
})

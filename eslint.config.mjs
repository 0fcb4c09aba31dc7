import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import nabado from './tools/eslint-rules/import-extensions.mjs'

// Content has one door: only lib/content/ may talk to Sanity's clients or groq-js.
const contentClients = [
  { name: 'next-sanity', message: 'Read content through lib/content/.' },
  { name: '@sanity/client', message: 'Read content through lib/content/.' },
  { name: 'groq-js', message: 'Read content through lib/content/.' },
]

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next*/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'sanity/types.ts',
    // The enhancement script and the offline worker as built (lib/browser/enhance/, lib/browser/offline/).
    'public/enhance/**',
    'public/sw.js',
    // Benchmarks' scratch space (a baseline checkout of another commit, datasets).
    '.bench/**',
  ]),
  {
    rules: {
      'no-restricted-imports': ['error', { paths: contentClients }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.' },
      ],
    },
  },
  {
    // Reader pages have no client-side router on purpose (docs/architecture.md, "Reader
    // pages"): their links are plain <a>, full page loads of plain HTML. The rule wants
    // next/link for every internal link because a pages/ folder exists.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Client components and the browser's enhancement script never reach content or server
    // configuration (the secrets' guard, lib/server-only.ts, only fails at run time).
    files: ['lib/browser/enhance/**', 'components/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: contentClients,
          patterns: [
            {
              group: ['@/lib/content', '@/lib/content/*', '@/lib/env/server*'],
              allowTypeImports: true,
              message: 'Components and browser code get content as props, never read it.',
            },
            {
              // Not even for a type: a view's props are shaped in lib/view-props/, which the
              // loader and the view both import.
              group: ['@/lib/loaders', '@/lib/loaders/*'],
              message: 'Take the props type from lib/view-props/, not from a loader.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the local Sanity API stand-in talk to Sanity's API directly, as a real
    // client or server would.
    files: ['lib/content/**', '**/*.test.ts', 'e2e/**', 'tools/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The site never imports tools/ (the WordPress importer, the API stand-in: offline code
    // with jsdom and Sanity's internals), whatever the spelling (`@/tools/…`, `../../tools/…`).
    // typescript-eslint's copy of no-restricted-imports, because a file gets one option set
    // per rule: the core rule's sets above are replaced per folder, or off (lib/content/).
    // Tests and the validator they share may start the stand-in.
    files: [
      'app/**',
      'pages/**',
      'components/**',
      'lib/**',
      'sanity/**',
      'proxy.ts',
      'sanity.config.ts',
    ],
    ignores: ['**/*.test.ts', 'sanity/validate-documents.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.{1,2}/)+)tools(/|$)',
              message: 'tools/ is offline tooling; the site must not import it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The env modules are the one place that reads process.env; tooling config and
    // scripts run outside the app and read their own settings.
    files: [
      'lib/env/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'scripts/**',
      'e2e/**',
      'tools/**',
      'bench/**',
      'tests/**',
      '**/*.test.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Imports of the project's own files name their extension (tools/eslint-rules/).
    plugins: { nabado },
    rules: { 'nabado/import-extensions': 'error' },
  },
])

import { readdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { sendBody } from './helpers/webhook-cases.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

/**
 * Request bodies are bounded: a 1 MB and a 10 MB body sent to every route handler under
 * app/api/ and pages/api/ and to pages, feeds and sitemaps get a 4xx (413 where a body is
 * read, 405 where none is taken), and the server keeps answering. The route handlers are
 * listed from both folders, so a new one is covered the day it is added.
 */

const appApiRoutes = readdirSync(new URL('../app/api', import.meta.url), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => /(^|\/)route\.tsx?$/.test(file))
  .map((file) => `/api/${file.replace(/\/?route\.tsx?$/, '')}`)

// The Pages Router's API routes (pages/api/: the publish webhook, which revalidates pages).
const pagesApiRoutes = readdirSync(new URL('../pages/api', import.meta.url), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => `/api/${file.replace(/(\/index)?\.tsx?$/, '')}`)

const apiRoutes = [...appApiRoutes, ...pagesApiRoutes]

const OTHER_ROUTES = [
  '/',
  SEED_ARTICLE.path,
  '/category/relationships',
  '/search?q=love',
  '/feed.xml',
  '/sitemap.xml',
]

const SIZES = [
  { name: '1 MB', bytes: 1024 * 1024 },
  { name: '10 MB', bytes: 10 * 1024 * 1024 },
]

// Form and multipart bodies are what make Next.js treat a POST to a page as a form action.
const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
]

test('every route handler is found', () => {
  expect(apiRoutes).toEqual(
    expect.arrayContaining([
      '/api/revalidate',
      '/api/draft-mode/enable',
      '/api/draft-mode/disable',
    ]),
  )
})

for (const { name, bytes } of SIZES) {
  test(`a ${name} body is refused with a 4xx everywhere, and the site stays up`, async ({
    baseURL,
    request,
  }) => {
    test.setTimeout(120_000)
    const body = Buffer.alloc(bytes, 'a')
    const failures: string[] = []
    for (const path of [...apiRoutes, ...OTHER_ROUTES]) {
      for (const method of ['POST', 'PUT']) {
        for (const contentType of CONTENT_TYPES) {
          const answer = await sendBody(baseURL!, {
            method,
            path,
            body,
            headers: { 'content-type': contentType },
          })
          const label = `${method} ${path} (${contentType})`
          if ('reset' in answer) failures.push(`${label}: connection ${answer.reset}`)
          else if (answer.status < 400 || answer.status >= 500)
            failures.push(`${label}: ${answer.status}`)
        }
      }
    }
    expect(failures).toEqual([])
    expect((await request.get('/')).status()).toBe(200)
    expect((await request.get('/feed.xml')).status()).toBe(200)
  })
}

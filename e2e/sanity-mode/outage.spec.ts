import { expect, test } from '@playwright/test'
import { editorClient, sanitySiteUrl, standInControl } from './setup.ts'

// Sanity is unreachable: readers keep every page they could read before, a page never
// rendered gets a friendly 5xx page, and the site recovers by itself. Runs last in the
// Sanity project (files run in name order) because it takes the stand-in down.

const RENDERED = [
  '/',
  '/2026/02/28/the-hidden-male-fear-that-makes-him-pull-away-from-you',
  '/support',
]

test('an outage keeps rendered pages up, fails new ones kindly, and recovers', async ({ page }) => {
  test.setTimeout(60_000)
  // A post published just before the outage, that no reader has opened yet.
  const slug = `written-before-the-outage-${Date.now()}`
  const publishedAt = '2026-03-01T09:00:00+03:00'
  await editorClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: 'Written Before The Outage',
    slug: { _type: 'slug', current: slug },
    publishedAt,
  })
  const newPath = `/2026/03/01/${slug}`
  // The publish webhook expires the pages that list posts; wait until it has landed (the home
  // page lists the new post), or it could expire a page after its last good copy is taken.
  await expect
    .poll(async () => (await (await fetch(`${sanitySiteUrl}/`)).text()).includes(slug), {
      timeout: 10_000,
    })
    .toBe(true)
  const lastGood = new Map<string, string>()
  for (const path of RENDERED) {
    const response = await fetch(`${sanitySiteUrl}${path}`)
    expect(response.status).toBe(200)
    lastGood.set(path, await response.text())
  }

  await standInControl('stop')
  try {
    for (const path of RENDERED) {
      const response = await fetch(`${sanitySiteUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).toBe(lastGood.get(path))
    }

    const response = await page.goto(newPath)
    expect(response?.status()).toBeGreaterThanOrEqual(500)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong')
    const html = await response!.text()
    expect(html).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:3334|api\.sanity\.io|at .*\.js:\d+/)
  } finally {
    await standInControl('start')
  }

  // Back up: the same address now renders, with no restart of the site.
  await expect
    .poll(async () => (await fetch(`${sanitySiteUrl}${newPath}`)).status, { timeout: 10_000 })
    .toBe(200)
  await page.goto(newPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Written Before The Outage')
})

import { expect, test, type APIRequestContext } from '@playwright/test'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'
import { signInToStudio } from './studio-sign-in.ts'

// Issue #26 in the Studio, against the local stand-in: a published post's badge says how often
// it was read ("Read 3 times in the last 7 days · 3 in all"), and the Most read tool lists it
// with its reads, both from the site's GET /api/read-stats. Other specs of this site may read
// the seed article too, so the counts expected are the ones before plus this spec's beacons.

const BEACONS = 3

async function seedReads(request: APIRequestContext) {
  const answer = await request.get(`/api/read-stats?slug=${SEED_ARTICLE.slug}`)
  expect(answer.status()).toBe(200)
  return (await answer.json()) as { lastSevenDays: number; total: number }
}

const times = (n: number) => (n === 1 ? '1 time' : `${n.toLocaleString('en-GB')} times`)

test('the Studio shows a post’s reads on its badge and in Most read', async ({ page, request }) => {
  test.setTimeout(120_000)
  const before = await seedReads(request)
  for (let i = 0; i < BEACONS; i += 1) {
    const sent = await request.post('/api/read', {
      data: SEED_ARTICLE.path,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    })
    expect(sent.status()).toBe(204)
  }
  const after = await seedReads(request)
  expect(after.total).toBe(before.total + BEACONS)
  const label = `Read ${times(after.lastSevenDays)} in the last 7 days · ${after.total.toLocaleString('en-GB')} in all`

  await signInToStudio(page)
  await page.goto('/studio')
  await page.getByRole('link', { name: 'Posts' }).click()
  const item = page.getByRole('option').filter({ hasText: SEED_ARTICLE.title })
  await expect(item).toBeVisible({ timeout: 60_000 })
  await item.click()
  await expect(page.getByText(label, { exact: true }).last()).toBeVisible({ timeout: 30_000 })

  // The Most read tool: the seed article, with its reads, in both spans.
  await page.goto('/studio/most-read')
  await expect(page.getByRole('heading', { name: 'Most read', level: 1 })).toBeVisible({
    timeout: 60_000,
  })
  // The site's data folder is new each run: every read is of today, so 30 days hold them all.
  for (const [days, reads] of [
    [7, after.lastSevenDays],
    [30, after.total],
  ] as const) {
    const span = page.getByRole('region', { name: `Last ${days} days` })
    const row = span.getByRole('listitem').filter({ hasText: SEED_ARTICLE.title })
    await expect(row).toContainText(`${reads.toLocaleString('en-GB')} reads`)
    await expect(row.getByRole('link', { name: SEED_ARTICLE.title })).toHaveAttribute(
      'href',
      SEED_ARTICLE.path,
    )
  }
})

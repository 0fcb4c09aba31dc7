import { expect, test } from '@playwright/test'
import { postPath } from '../../lib/addresses/permalink.ts'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { editorClient } from './setup.ts'
import { signInToStudio } from './studio-sign-in.ts'

// Issue #26 in the Studio, against the local stand-in: a published post dated later is
// "Scheduled · 12 Dec 2099, 07:00 EAT" in the posts list and on the document's badge, and its
// date is shown in Nairobi time although this browser's computer is in Los Angeles. Readers
// meanwhile get a 404 at its address that names nothing of it; an editor's draft preview shows
// the post as it will look.

const ID = `post-scheduled-studio-${Date.now()}`
const TITLE = `A Studio piece for Monday ${Date.now()}`
const SLUG = `studio-scheduled-${Date.now()}`
// 04:00 UTC: 07:00 in Nairobi, 20:00 the evening before in Los Angeles.
const PUBLISHED_AT = '2099-12-12T04:00:00.000Z'
const LABEL = 'Scheduled · 12 Dec 2099, 07:00 EAT'

test.use({ timezoneId: 'America/Los_Angeles' })

test.beforeAll(async () => {
  await editorClient.createOrReplace({
    _id: ID,
    _type: 'post',
    title: TITLE,
    slug: { _type: 'slug', current: SLUG },
    publishedAt: PUBLISHED_AT,
    excerpt: 'Written ahead for a Monday morning.',
    author: { _type: 'reference', _ref: 'author-nabado-editors' },
  })
})
test.afterAll(async () => {
  await editorClient.delete(ID)
})

test('the Studio shows a scheduled post as scheduled, in Nairobi time', async ({ page }) => {
  test.setTimeout(120_000)
  await signInToStudio(page)
  await page.goto('/studio')
  await page.getByRole('link', { name: 'Posts' }).click()
  const item = page.getByRole('option').filter({ hasText: TITLE })
  await expect(item).toBeVisible({ timeout: 60_000 })
  await expect(item).toContainText(LABEL)
  await item.click()

  // The document's badge, beside its status.
  await expect(page.getByText(LABEL, { exact: true }).last()).toBeVisible({ timeout: 30_000 })
  // The date as entered and shown: Nairobi's 07:00, not Los Angeles' 20:00 the day before.
  const dateInputs = page.locator('input[value*="2099"]')
  await expect(dateInputs.first()).toHaveValue(/2099.*12.*12.*07:00/)
})

test('its address is a 404 that names nothing of it, and no list has it', async ({ request }) => {
  const path = postPath({ slug: SLUG, publishedAt: PUBLISHED_AT })
  const response = await request.get(path)
  expect(response.status()).toBe(404)
  const html = await response.text()
  for (const leak of [TITLE, SLUG, 'Monday morning']) expect(html).not.toContain(leak)
  // Its slug alone does not redirect to it (that would tell its address).
  const short = await request.get(`/${SLUG}`, { maxRedirects: 0 })
  expect(short.status()).toBe(404)
  for (const list of ['/', '/feed.xml', '/sitemap.xml', '/author/nabado-editors'])
    expect(await (await request.get(list)).text(), list).not.toContain(SLUG)
})

test('an editor’s preview shows it as it will look, readers still get the 404', async ({
  browser,
}) => {
  const path = postPath({ slug: SLUG, publishedAt: PUBLISHED_AT })
  const { secret } = await createPreviewSecret(editorClient, 'e2e', '/studio', 'e2e-editor')
  const editor = await browser.newContext()
  const page = await editor.newPage()
  await page.goto(
    `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(path)}`,
  )
  await expect(page).toHaveURL(path)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE)
  // Its place on the home page, newest of all (dated 2099).
  await page.goto('/')
  await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible()
  await editor.close()
  const reader = await browser.newContext()
  const response = await (await reader.newPage()).goto(path)
  expect(response?.status()).toBe(404)
  await reader.close()
})

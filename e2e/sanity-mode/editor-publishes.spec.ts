import { expect, test } from '@playwright/test'
import { postPath } from '../../lib/permalink.ts'
import { editorClient, STAND_IN } from './setup.ts'

// The editor's whole path: open /studio, write a post, publish it, and find it on the site.
// The Studio runs for real in Chromium against the local stand-in of Sanity's API.
//
// Not exercised offline, and why:
// - Image uploads (the stand-in has no asset pipeline or image CDN).
// - Real-time collaboration and presence (they ride on Sanity's websocket, /socket, which the
//   stand-in refuses; the Studio falls back and works without it).
// - The Studio's full-text search ranking (groq-js has no text::query(); the stand-in
//   rewrites it to plain `match`, so filtering works but ranking is not Sanity's).
// - Signing in: Sanity's login providers are hosted; the editor here is signed in with a
//   token, the Studio's own token login method.

// FIXME (issue 3, open): every step up to Publish works here (the Studio boots against the
// stand-in, lists posts newest first, creates a post, generates the slug, types the body, and
// saves the draft). Publish worked once and since answers "Please fix the validation errors
// before publishing" with no field marked, although Sanity's own validator passes the same
// draft from the CLI. Until that is understood this test is not run.
test.fixme('an editor writes and publishes a post in the Studio, and readers get it', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.addInitScript(
    ([projectId, token]) => {
      window.localStorage.setItem(`__studio_auth_token_${projectId}`, JSON.stringify({ token }))
    },
    [STAND_IN.projectId, STAND_IN.token],
  )

  await page.goto('/studio')
  await page.getByRole('link', { name: 'Posts' }).click()
  await expect(page.getByText('28 Feb 2026 · Nabado Editors')).toBeVisible({ timeout: 60_000 })
  await page.getByTestId('action-intent-button').click()

  const title = `Saying No Without Losing Love ${Date.now()}`
  const titleInput = page.getByRole('textbox', { name: 'Title' })
  await titleInput.fill(title)
  await page.getByRole('button', { name: 'Generate' }).click()
  const slug = title.toLowerCase().replace(/\s+/g, '-')
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(slug)

  const body = page.locator('[data-pt-editor="true"][contenteditable="true"]')
  await body.click()
  await page.keyboard.type('Boundaries are a form of care, not a lack of it.')

  const counts = () =>
    editorClient.fetch<{ published: number; drafts: number }>(
      `{
        "published": count(*[slug.current == $slug && !(_id in path("drafts.**"))]),
        "drafts": count(*[slug.current == $slug && _id in path("drafts.**") && defined(body)])
      }`,
      { slug },
      { perspective: 'raw' },
    )
  // The Studio saves edits as a draft in the background; give it a moment, as an editor would.
  await page.waitForTimeout(3_000)
  await page.getByTestId('action-publish').click()
  await expect(page.getByText(/was published/)).toBeVisible({ timeout: 30_000 })
  // Published: the stand-in holds the published document, with no draft left over.
  await expect.poll(counts, { timeout: 30_000 }).toEqual({ published: 1, drafts: 0 })

  const published = await editorClient.fetch<{ publishedAt: string }>(
    '*[slug.current == $slug][0]{publishedAt}',
    { slug },
  )
  const permalink = postPath({ slug, publishedAt: published.publishedAt })

  // Readers: the article at its permalink, and on the home page once the webhook has landed.
  const reader = await page.context().browser()!.newContext()
  const readerPage = await reader.newPage()
  const response = await readerPage.goto(new URL(permalink, page.url()).href)
  expect(response?.status()).toBe(200)
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(
    readerPage.getByText('Boundaries are a form of care, not a lack of it.'),
  ).toBeVisible()
  await expect
    .poll(
      async () => {
        await readerPage.goto(new URL('/', page.url()).href)
        return readerPage.getByRole('link', { name: title }).count()
      },
      { timeout: 10_000 },
    )
    .toBe(1)
  await reader.close()
})

import { expect, test } from '@playwright/test'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { editorClient, sanitySiteUrl } from './setup.ts'

// An editor previews a draft: draft mode shows it, nobody else ever sees it.

const POST_ID = 'post-when-money-changes-love-the-hidden-ways-wealth-affects-relationships'
const PATH = '/2026/02/24/when-money-changes-love-the-hidden-ways-wealth-affects-relationships'
const PUBLISHED_TITLE = 'When Money Changes Love: The Hidden Ways Wealth Affects Relationships'
const DRAFT_TITLE = 'When Money Changes Love (draft being edited)'

test('a draft edit shows in draft mode and never outside it', async ({ browser }) => {
  const published = await editorClient.getDocument(POST_ID)
  expect(published?.title).toBe(PUBLISHED_TITLE)
  await editorClient.createOrReplace({
    ...published!,
    _id: `drafts.${POST_ID}`,
    title: DRAFT_TITLE,
  })

  // The Presentation tool's way in: a one-time secret stored in the dataset, checked by
  // /api/draft-mode/enable with the server's read token.
  const { secret } = await createPreviewSecret(editorClient, 'e2e', '/studio', 'e2e-editor')
  const editor = await browser.newContext()
  const editorPage = await editor.newPage()
  await editorPage.goto(
    `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(PATH)}`,
  )
  await expect(editorPage).toHaveURL(PATH)
  await expect(editorPage.getByRole('heading', { level: 1 })).toContainText(DRAFT_TITLE)
  await expect(
    editorPage
      .getByRole('status')
      .filter({ hasText: 'Preview: you are seeing unpublished drafts.' }),
  ).toBeVisible()
  await expect(editorPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  // A reader at the same moment, and the cached page itself, still get the published post.
  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  await readerPage.goto(PATH)
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(PUBLISHED_TITLE)
  const html = await (await fetch(`${sanitySiteUrl}${PATH}`)).text()
  expect(html).not.toContain(DRAFT_TITLE)

  // Leaving preview returns the editor to the published post.
  await editorPage.getByRole('link', { name: 'Leave preview' }).click()
  await editorPage.goto(PATH)
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(PUBLISHED_TITLE)

  await editor.close()
  await reader.close()
  await editorClient.delete(`drafts.${POST_ID}`)
})

test('draft mode cannot be turned on without a valid secret', async ({ request }) => {
  const response = await request.get(
    `/api/draft-mode/enable?sanity-preview-secret=not-a-secret&sanity-preview-pathname=${PATH}`,
    { maxRedirects: 0 },
  )
  expect(response.status()).toBe(401)
  expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
})

import { expect, test } from '@playwright/test'
import { editorClient, sanitySiteUrl } from './setup.ts'

// The support page is built from the settings document: an editor's change there reaches
// donors after the publish webhook, with no rebuild.

test('changing the support details in the settings changes the support page', async ({ page }) => {
  await page.goto('/support')
  await expect(page.getByText('9549825', { exact: true })).toBeVisible()

  await editorClient
    .patch('siteSettings')
    .set({ 'support.tillName': 'NABADO MEDIA TEST', 'support.tillNumber': '1234567' })
    .commit()

  await expect
    .poll(async () => (await fetch(`${sanitySiteUrl}/support`)).text(), { timeout: 5_000 })
    .toContain('1234567')
  await page.reload()
  await expect(page.getByText('1234567', { exact: true })).toBeVisible()
  await expect(page.getByText('NABADO MEDIA TEST').first()).toBeVisible()
  await expect(page.getByText('9549825', { exact: true })).toHaveCount(0)

  // Put the real till number back for the tests that follow.
  await editorClient
    .patch('siteSettings')
    .set({ 'support.tillNumber': '9549825' })
    .unset(['support.tillName'])
    .commit()
  await expect
    .poll(async () => (await fetch(`${sanitySiteUrl}/support`)).text(), { timeout: 5_000 })
    .toContain('9549825')
})

import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { expectNoSidewaysScrolling } from './helpers/layout.ts'

// The support details in the bundled dataset (sanity/dataset/production.ndjson).
const TILL_NUMBER = '9549825'
const PHONE_NUMBER = '+254701838999'
const PHONE_NUMBER_SHOWN = '+254 701 838 999'
const RECIPIENT = 'Peterson Getuma Okemwa'
const SERVICES = [
  { name: 'Remitly', url: 'https://www.remitly.com/' },
  { name: 'Western Union', url: 'https://www.westernunion.com/' },
  { name: 'SendWave', url: 'https://www.sendwave.com/' },
  { name: 'WorldRemit', url: 'https://www.worldremit.com/' },
]
const COPY_BUTTONS = [
  { label: 'Copy till number', value: TILL_NUMBER },
  { label: 'Copy phone number', value: PHONE_NUMBER },
  { label: 'Copy recipient’s name', value: RECIPIENT },
]
// The menu as it reads on the phone, in order.
const MPESA_STEPS = [
  /M-PESA/,
  /Lipa na M-PESA/,
  /Buy Goods and Services/,
  new RegExp(`Enter Till No\\. ${TILL_NUMBER}`),
  /amount/,
  /PIN/,
  /name.*confirm/,
]

const mpesaSection = (page: Page) => page.getByRole('region', { name: /M-Pesa/ })
const abroadSection = (page: Page) => page.getByRole('region', { name: 'From outside Kenya' })

/** Everything a donor needs, as plain text: true with or without JavaScript. */
async function expectSupportDetails(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support Nabado')

  const mpesa = mpesaSection(page)
  await expect(mpesa.getByText(TILL_NUMBER, { exact: true })).toBeVisible()
  await expect(mpesa.getByText('Lipa na M-PESA · Buy Goods and Services')).toBeVisible()
  const steps = mpesa.getByRole('list').getByRole('listitem')
  await expect(steps).toHaveCount(MPESA_STEPS.length)
  for (const [index, step] of MPESA_STEPS.entries()) {
    await expect(steps.nth(index)).toHaveText(step)
  }

  const abroad = abroadSection(page)
  await expect(abroad.getByText(/M-Pesa mobile wallet in Kenya/)).toBeVisible()
  await expect(abroad.getByRole('link', { name: PHONE_NUMBER_SHOWN })).toHaveAttribute(
    'href',
    `tel:${PHONE_NUMBER}`,
  )
  await expect(abroad.getByText(RECIPIENT, { exact: true })).toBeVisible()
  await expect(abroad.getByText(/name exactly as registered/)).toBeVisible()
  await expect(abroad.getByText(/KES/)).toBeVisible()
  for (const service of SERVICES) {
    const link = abroad.getByRole('link', { name: service.name })
    await expect(link).toHaveAttribute('href', service.url)
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  }

  const safety = page.getByRole('region', { name: 'Stay safe' })
  await expect(safety.getByText(/never asks for your M-Pesa PIN/)).toBeVisible()
  await expect(safety.getByText(/never asks anyone to reverse a payment/)).toBeVisible()
  await expect(safety.getByText(/comes from M-PESA, not from a phone number/)).toBeVisible()

  await expect(page.getByRole('region', { name: 'Thank you' })).toBeVisible()
}

test.describe('support page', () => {
  test('shows the till number, the M-Pesa steps, the details for abroad and the safety notes', async ({
    page,
  }) => {
    const response = await page.goto('/support')
    expect(response?.status()).toBe(200)
    await expectSupportDetails(page)
    // The appeal from the settings stays.
    await expect(
      page.getByText(/Your support helps us keep delivering great content!/),
    ).toBeVisible()
  })

  test('shows when the details were last checked, as a machine-readable date', async ({ page }) => {
    await page.goto('/support')
    // Shown only when the settings document has an update time (a bundled export may not).
    const checked = page.getByText(/^Details last checked/)
    if ((await checked.count()) > 0) {
      const time = checked.getByRole('time')
      await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
      await expect(time).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
    }
  })

  test('makes the till number the largest text on the page', async ({ page }) => {
    await page.goto('/support')
    const tillSize = await mpesaSection(page)
      .getByText(TILL_NUMBER, { exact: true })
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    const largest = await page.evaluate(() =>
      Math.max(
        ...Array.from(document.querySelectorAll('main *'), (element) =>
          element.textContent?.trim() ? parseFloat(getComputedStyle(element).fontSize) : 0,
        ),
      ),
    )
    expect(tillSize).toBe(largest)
  })

  test.describe('copy buttons', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

    for (const { label, value } of COPY_BUTTONS) {
      test(`"${label}" copies ${value} exactly and announces it`, async ({ page }) => {
        await page.goto('/support')
        const button = page.getByRole('button', { name: label, exact: true })
        await expect(button.getByText('Copied', { exact: true })).toBeHidden()
        await button.click()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value)
        await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1)
        await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveAttribute(
          'aria-live',
          'polite',
        )
        // Seen as well as heard.
        await expect(button.getByText('Copied', { exact: true })).toBeVisible()
        await expect(button.getByText('Copy', { exact: true })).toBeHidden()
      })
    }

    test('are tap targets of at least 44 by 44 CSS pixels on a phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto('/support')
      for (const { label } of COPY_BUTTONS) {
        const box = await page.getByRole('button', { name: label, exact: true }).boundingBox()
        expect(box, label).not.toBeNull()
        expect(box!.width, label).toBeGreaterThanOrEqual(44)
        expect(box!.height, label).toBeGreaterThanOrEqual(44)
      }
    })
  })

  test('sends no request anywhere but the site itself', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto('/support', { waitUntil: 'networkidle' })
    await page.setViewportSize({ width: 360, height: 740 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForLoadState('networkidle')
    expect(requested.length).toBeGreaterThan(0)
    expect(
      requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
    ).toEqual([])
  })

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/support')
    await expectNoSidewaysScrolling(page)
  })

  // On a slow phone the copy buttons arrive seconds after the details; they must not push
  // what the reader is looking at (at 360 px each sits on its own line below its value).
  for (const width of [360, 1280]) {
    test(`the copy buttons appear without moving the page (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 })
      const headingTops = () =>
        page
          .getByRole('main')
          .getByRole('heading')
          .evaluateAll((headings) =>
            headings.map((heading) => Math.round(heading.getBoundingClientRect().top + scrollY)),
          )
      // Before the enhancement script has run: it held back, the inline boot script run.
      await page.route('**/enhance/**', (route) =>
        route.request().resourceType() === 'script' ? route.abort() : route.fallback(),
      )
      await page.goto('/support')
      await expect(page.locator('html')).toHaveAttribute('data-js', '')
      await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
      const before = await headingTops()
      expect(before.length).toBeGreaterThanOrEqual(4)

      await page.unrouteAll()
      await page.goto('/support')
      for (const { label } of COPY_BUTTONS)
        await expect(page.getByRole('button', { name: label })).toBeVisible()
      expect(await headingTops()).toEqual(before)
    })
  }

  test('has no accessibility violations in light mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/support')
    await expectNoAxeViolations(page)
  })

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' })

    test('has no accessibility violations', async ({ page }) => {
      await page.goto('/support')
      await expectNoAxeViolations(page)
    })
  })

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false })

    test('shows every detail as plain text and no dead copy button', async ({ page }) => {
      const response = await page.goto('/support')
      expect(response?.status()).toBe(200)
      await expectSupportDetails(page)
      // The page's own buttons; the header's search button is a plain form's and works.
      await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
    })
  })
})

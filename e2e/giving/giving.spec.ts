import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from '../helpers/axe.ts'
import {
  freshClientAddress,
  freshPhone,
  onlyPromptTo,
  promptsTo,
  resendCallback,
  setScript,
  startDaraja,
  stopDaraja,
  type LedgerEntry,
  type StandInScript,
} from './daraja.ts'
import { formBody, formToken, giveFromSupportPage, postGive } from './form.ts'
import { darajaControlURL, givingSiteURL } from './setup.ts'

// Giving by M-Pesa against the Daraja stand-in (issue #24): the supporter's path with
// JavaScript off and on for every outcome, what the status page says and keeps to itself.
// Each test has its own phone number and client address, so limits never cross tests.

const TILL = '9549825'
const giftPath = /\/support\/gift\/([A-Za-z0-9_-]{24})$/

const OUTCOMES: { outcome: NonNullable<StandInScript['outcome']>; heading: RegExp }[] = [
  { outcome: 'paid', heading: /^Thank you$/ },
  { outcome: 'cancelled', heading: /cancelled on your phone/ },
  { outcome: 'insufficient-funds', heading: /not enough money/ },
  { outcome: 'wrong-pin', heading: /PIN was not accepted/ },
  { outcome: 'failed', heading: /M-Pesa could not complete this/ },
]

async function expectWaitingPage(page: Page, amount: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your phone')
  await expect(
    page.getByText(`Enter your M-Pesa PIN to give KES ${amount} to Nabado`),
  ).toBeVisible()
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    for (const { outcome, heading } of OUTCOMES) {
      test(`a prompt that ends ${outcome} says so, with what to do next`, async ({ page }) => {
        const phone = freshPhone()
        await setScript(phone.msisdn, { outcome })
        await giveFromSupportPage(page, {
          phone: phone.typed,
          amount: 200,
          clientAddress: freshClientAddress(),
        })
        await expectWaitingPage(page, '200')
        const waitingUrl = page.url()
        if (javaScriptEnabled)
          await page.evaluate(() => ((window as { stayed?: true }).stayed = true))

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, {
          timeout: 20_000,
        })
        const prompt = await onlyPromptTo(phone.msisdn)
        expect(prompt).toMatchObject({ amount: 200, partyB: TILL, transactionDesc: 'Nabado gift' })
        if (javaScriptEnabled) {
          // Updated in place by the enhancement script, not by reloading.
          expect(await page.evaluate(() => (window as { stayed?: true }).stayed)).toBe(true)
        }
        expect(page.url()).toBe(waitingUrl)

        const html = await page.content()
        expect(html).not.toContain(phone.msisdn.slice(3))
        expect(html).not.toContain(phone.typed)
        if (outcome === 'paid') {
          await expect(page.getByText(`Your M-Pesa receipt is ${prompt.receipt}`)).toBeVisible()
          await expect(
            page.getByRole('link', { name: 'Share Nabado on WhatsApp' }),
          ).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/)
          await expect(page.getByRole('link', { name: 'Try again' })).toHaveCount(0)
        } else {
          await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute(
            'href',
            '/support#give-heading',
          )
          await expect(page.getByText(`till number ${TILL}`)).toBeVisible()
        }
      })
    }
  })
}

test('the status page is never stored, never indexed, and refreshes itself only while waiting', async ({
  page,
  request,
}) => {
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'paid', delayMs: 4000 })
  await giveFromSupportPage(page, {
    phone: phone.typed,
    amount: 100,
    clientAddress: freshClientAddress(),
  })
  const path = new URL(page.url()).pathname
  const waiting = await request.get(path)
  expect(waiting.headers()['cache-control']).toContain('no-store')
  expect(waiting.headers()['x-robots-tag']).toBe('noindex')
  const html = await waiting.text()
  expect(html).toMatch(/<noscript[^>]*><meta http-equiv="refresh" content="5"\/?><\/noscript>/)
  expect(html).toMatch(/<meta name="robots" content="noindex/)
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes('Thank you'), {
      timeout: 20_000,
    })
    .toBe(true)
  expect(await (await request.get(path)).text()).not.toContain('http-equiv="refresh"')
})

test('a callback sent twice, and one sent again later, records the gift once', async ({ page }) => {
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'paid', callback: 'twice' })
  await giveFromSupportPage(page, {
    phone: phone.typed,
    amount: 500,
    clientAddress: freshClientAddress(),
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', { timeout: 20_000 })
  const prompt = await onlyPromptTo(phone.msisdn)
  await expect.poll(async () => (await onlyPromptTo(phone.msisdn)).callbacks.length).toBe(2)
  const again = (await resendCallback(prompt.checkoutRequestId)) as { status: number }
  expect(again.status).toBe(200)
  const answered = (await onlyPromptTo(phone.msisdn)).callbacks.map((callback) => callback.status)
  expect(answered).toEqual([200, 200, 200])
  await page.reload()
  await expect(
    page.getByText(`We received KES 500. Your M-Pesa receipt is ${prompt.receipt}.`),
  ).toBeVisible()
})

test('no answer from the phone: after 90 s the site asks M-Pesa itself and says so', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'no-answer' })
  await giveFromSupportPage(page, {
    phone: phone.typed,
    amount: 50,
    clientAddress: freshClientAddress(),
  })
  await expectWaitingPage(page, '50')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Your phone did not answer the M-Pesa prompt',
    {
      timeout: 150_000,
    },
  )
  const prompt = await onlyPromptTo(phone.msisdn)
  expect(prompt.callbacks).toEqual([])
  await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible()
})

test.describe('when a prompt cannot be sent', () => {
  test.use({ javaScriptEnabled: false })

  test('Daraja refusing (500) gives a sentence and the till, no error page', async ({ page }) => {
    const phone = freshPhone()
    await setScript(phone.msisdn, { push: 'error-500' })
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': freshClientAddress() })
    await page.goto('/support')
    await page.getByLabel('Your M-Pesa phone number').fill(phone.typed)
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/support/give')),
      page.getByRole('button', { name: 'Give KES 100', exact: true }).click(),
    ])
    expect(answer.status()).toBe(200)
    await expect(page.getByRole('alert')).toContainText('M-Pesa is not answering right now')
    await expect(page.getByRole('alert')).toContainText(TILL)
    await expect(page.getByLabel('Your M-Pesa phone number')).toHaveValue(phone.typed)
  })

  test('Daraja down gives a sentence and the till; back up, giving works again', async ({
    page,
  }) => {
    const phone = freshPhone()
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': freshClientAddress() })
    await page.goto('/support')
    await stopDaraja()
    try {
      await page.getByLabel('Your M-Pesa phone number').fill(phone.typed)
      const [answer] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/support/give')),
        page.getByRole('button', { name: 'Give KES 50', exact: true }).click(),
      ])
      expect(answer.status()).toBe(200)
      await expect(page.getByRole('alert')).toContainText(TILL)
    } finally {
      await startDaraja()
    }
    await giveFromSupportPage(page, {
      phone: phone.typed,
      amount: 50,
      clientAddress: freshClientAddress(),
    })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', {
      timeout: 20_000,
    })
  })
})

test.describe('the form checks what it is given', () => {
  test.use({ javaScriptEnabled: false })

  test('a number that is not a Kenyan mobile is refused beside the field, nothing sent', async ({
    page,
  }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': freshClientAddress() })
    await page.goto('/support')
    await page.getByLabel('Your M-Pesa phone number').fill('020 222 2222')
    await page.getByLabel(/Or another amount/).fill('150.50')
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/support/give')),
      page.getByRole('button', { name: 'Give', exact: true }).click(),
    ])
    expect(answer.status()).toBe(400)
    const phoneField = page.getByLabel('Your M-Pesa phone number')
    await expect(phoneField).toHaveAttribute('aria-invalid', 'true')
    await expect(phoneField).toHaveValue('020 222 2222')
    await expect(page.locator('#give-phone-error')).toBeVisible()
    await expect(page.locator('#give-amount-error')).toHaveText(
      'Whole shillings only, please: M-Pesa takes no cents.',
    )
  })

  test('Enter in the amount field gives the typed amount, not the first preset', async ({
    page,
  }) => {
    const phone = freshPhone()
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': freshClientAddress() })
    await page.goto('/support')
    await page.getByLabel('Your M-Pesa phone number').fill(phone.typed)
    await page.getByLabel(/Or another amount/).fill('1,250')
    await page.getByLabel(/Or another amount/).press('Enter')
    await expect(page).toHaveURL(giftPath)
    await expectWaitingPage(page, '1,250')
    expect((await onlyPromptTo(phone.msisdn)).amount).toBe(1250)
  })

  test('hostile posts get a short 4xx and send nothing', async ({ request }) => {
    const token = await formToken(request)
    const phone = freshPhone()
    const good = { token, phone: phone.typed, amount: '100' }
    const cases: {
      name: string
      status: number
      body: string
      headers?: Record<string, string>
    }[] = [
      {
        name: 'another site',
        status: 403,
        body: formBody(good),
        headers: { origin: 'https://evil.example' },
      },
      { name: 'no token', status: 400, body: formBody({ phone: phone.typed, amount: '100' }) },
      {
        name: 'a forged token',
        status: 400,
        body: formBody({ ...good, token: `${token.split('.')[0]}.${'A'.repeat(43)}` }),
      },
      { name: 'a broken escape', status: 400, body: `token=${token}&phone=%E2%82&amount=100` },
      {
        name: 'JSON',
        status: 400,
        body: JSON.stringify(good),
        headers: { 'content-type': 'application/json' },
      },
      { name: 'a body over 4 KB', status: 413, body: `${formBody(good)}&pad=${'x'.repeat(5000)}` },
      { name: 'a negative amount', status: 400, body: formBody({ ...good, amount: '-100' }) },
      {
        name: 'an amount over the limit',
        status: 400,
        body: formBody({ ...good, amount: '250001' }),
      },
      {
        name: 'letters for a number',
        status: 400,
        body: formBody({ ...good, phone: 'O7I2 345 678' }),
      },
    ]
    for (const { name, status, body, headers } of cases) {
      const answer = await postGive(request, { body, headers, clientAddress: freshClientAddress() })
      expect(answer.status(), name).toBe(status)
      const text = await answer.text()
      expect(text, name).not.toMatch(/at .*\.(?:ts|js):\d+|Error:/)
    }
    expect(await promptsTo(phone.msisdn)).toEqual([])
  })

  test('a GET of the form address goes back to /support; unknown gifts are 404', async ({
    request,
  }) => {
    const back = await request.get('/support/give', { maxRedirects: 0 })
    expect(back.status()).toBe(303)
    expect(back.headers().location).toBe('/support')
    for (const path of [
      '/support/gift/nope',
      '/support/gift/AAAAAAAAAAAAAAAAAAAAAAAA',
      '/support/gift/%00',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })
})

test.describe('limits', () => {
  test.use({ javaScriptEnabled: false })

  test('one prompt waiting per phone; a second gets 429 with the till', async ({ request }) => {
    const phone = freshPhone()
    await setScript(phone.msisdn, { outcome: 'paid', delayMs: 30_000 })
    const token = await formToken(request)
    const body = formBody({ token, phone: phone.typed, amount: '100' })
    const first = await postGive(request, { body, clientAddress: freshClientAddress() })
    expect(first.status()).toBe(303)
    const second = await postGive(request, { body, clientAddress: freshClientAddress() })
    expect(second.status()).toBe(429)
    const text = await second.text()
    expect(text).toContain('A prompt is already waiting on this phone')
    expect(text).toContain(TILL)
    expect(await promptsTo(phone.msisdn)).toHaveLength(1)
  })

  test('three prompts per phone in 10 minutes', async ({ request }) => {
    const phone = freshPhone()
    await setScript(phone.msisdn, { outcome: 'cancelled', delayMs: 200 })
    const token = await formToken(request)
    const body = formBody({ token, phone: phone.typed, amount: '100' })
    for (let i = 0; i < 3; i++) {
      const answer = await postGive(request, { body, clientAddress: freshClientAddress() })
      expect(answer.status()).toBe(303)
      const path = answer.headers().location!
      await expect
        .poll(async () =>
          (await (await request.get(path)).text()).includes('cancelled on your phone'),
        )
        .toBe(true)
    }
    const fourth = await postGive(request, { body, clientAddress: freshClientAddress() })
    expect(fourth.status()).toBe(429)
    expect(await fourth.text()).toContain('This phone has had 3 prompts in the last 10 minutes')
    expect(await promptsTo(phone.msisdn)).toHaveLength(3)
  })

  test('ten prompts per client address in 10 minutes', async ({ request }) => {
    const clientAddress = freshClientAddress()
    const token = await formToken(request)
    for (let i = 0; i < 10; i++) {
      const phone = freshPhone()
      await setScript(phone.msisdn, { outcome: 'cancelled', delayMs: 200 })
      const answer = await postGive(request, {
        body: formBody({ token, phone: phone.typed, amount: '10' }),
        clientAddress,
      })
      expect(answer.status(), `prompt ${i + 1}`).toBe(303)
    }
    const phone = freshPhone()
    const eleventh = await postGive(request, {
      body: formBody({ token, phone: phone.typed, amount: '10' }),
      clientAddress,
    })
    expect(eleventh.status()).toBe(429)
    expect(await eleventh.text()).toContain('Too many prompts were sent from here')
    expect(await promptsTo(phone.msisdn)).toEqual([])
  })
})

test.describe('accessibility and looks', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the form, its errors and every state pass axe (${colorScheme})`, async ({ page }) => {
      test.setTimeout(90_000)
      await page.emulateMedia({ colorScheme })
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': freshClientAddress() })
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/support')
        await expectNoAxeViolations(page)
        await page.getByRole('region', { name: 'Give with M-Pesa' }).screenshot({
          path: `test-results/giving-screens/form-${width}-${colorScheme}.png`,
        })
      }
      await page.setViewportSize({ width: 360, height: 800 })
      await page.getByLabel('Your M-Pesa phone number').fill('12345')
      await page.getByRole('button', { name: 'Give', exact: true }).click()
      await expect(page.locator('#give-phone-error')).toBeVisible()
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: `test-results/giving-screens/errors-360-${colorScheme}.png`,
        fullPage: true,
      })

      for (const outcome of ['paid', 'wrong-pin'] as const) {
        const phone = freshPhone()
        await setScript(phone.msisdn, { outcome, delayMs: 3000 })
        await giveFromSupportPage(page, {
          phone: phone.typed,
          amount: 200,
          clientAddress: freshClientAddress(),
        })
        await expectNoAxeViolations(page)
        await page.screenshot({ path: `test-results/giving-screens/waiting-${colorScheme}.png` })
        await expect(page.locator('[data-gift-status]')).not.toHaveAttribute(
          'data-gift-status',
          'pending',
          { timeout: 20_000 },
        )
        await expectNoAxeViolations(page)
        await page.screenshot({
          path: `test-results/giving-screens/${outcome}-360-${colorScheme}.png`,
          fullPage: true,
        })
      }
    })
  }
})

test("the support page shows this month's total, rendered again when a gift arrives", async ({
  page,
  request,
}) => {
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'paid' })
  await giveFromSupportPage(page, {
    phone: phone.typed,
    amount: 1000,
    clientAddress: freshClientAddress(),
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', {
    timeout: 20_000,
  })
  // Every gift the stand-in has charged for this site in this run is in its total, and
  // nothing else (the giving-postgres instance shares the stand-in, with its own callbacks).
  const paidByStandIn = async () => {
    const { prompts } = (await (await fetch(`${darajaControlURL}/ledger`)).json()) as {
      prompts: LedgerEntry[]
    }
    return prompts
      .filter((prompt) => prompt.due && prompt.outcome === 'paid')
      .filter((prompt) => prompt.callbackUrl.startsWith(`${givingSiteURL}/`))
      .reduce((sum, prompt) => sum + prompt.amount, 0)
  }
  const shown = async () => {
    const html = await (await request.get('/support')).text()
    const total = /Readers gave KES ([\d,]+) this month\. Thank you\./.exec(html)?.[1]
    return total ? Number(total.replace(/,/g, '')) : null
  }
  await expect.poll(async () => (await shown()) === (await paidByStandIn())).toBe(true)
  expect(await shown()).toBeGreaterThanOrEqual(1000)
})

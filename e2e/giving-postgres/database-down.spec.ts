import { expect, test } from '@playwright/test'
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../tests/harness/postgres-server.ts'
import { freshClientAddress, freshPhone, setScript } from '../giving/daraja.ts'
import { formBody, formToken, postGive } from '../giving/form.ts'
import { GIVING_POSTGRES, givingPostgresSiteURL } from '../giving/setup.ts'
import { expectNoAxeViolations } from '../helpers/axe.ts'

// The giving site's second instance keeps its gifts in a real PostgreSQL (DATABASE_URL) that
// this spec starts, stops and starts again, as an outage would (issue #24: "database down").
// The instance was started before the database: it must connect, and reconnect, by itself.
// Its search index (#25) lives in the same PostgreSQL.

const TILL = '9549825'
let postgres: ThrowawayPostgres

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  postgres = await startThrowawayPostgres(GIVING_POSTGRES.databasePort)
})

test.afterAll(async () => {
  await postgres?.remove()
})

async function give(request: Parameters<typeof formToken>[0]) {
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'paid', delayMs: 300 })
  const token = await formToken(request)
  return postGive(request, {
    body: formBody({ token, phone: phone.typed, amount: '100' }),
    clientAddress: freshClientAddress(),
    origin: givingPostgresSiteURL,
  })
}

test('PostgreSQL down: /support keeps the till, the form says so, a gift page waits; back up, giving works again without a restart', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const first = await give(request)
  expect(first.status()).toBe(303)
  const giftPath = first.headers().location!
  await expect
    .poll(async () => (await (await request.get(giftPath)).text()).includes('Thank you'), {
      timeout: 20_000,
    })
    .toBe(true)

  await postgres.stop({ crash: true })
  try {
    const support = await request.get('/support')
    expect(support.status()).toBe(200)
    expect(await support.text()).toContain(TILL)

    const refused = await give(request)
    expect(refused.status()).toBe(200)
    const text = await refused.text()
    expect(text).toContain('Giving by phone is unavailable right now')
    expect(text).toContain(TILL)

    const waiting = await request.get(giftPath)
    expect(waiting.status()).toBe(200)
    expect(await waiting.text()).toContain('We cannot check your gift just now')

    await page.goto(giftPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'We cannot check your gift just now',
    )
  } finally {
    await postgres.start()
  }

  // Back up: the next post works, with no restart of the site.
  await expect.poll(async () => (await give(request)).status(), { timeout: 30_000 }).toBe(303)
  await page.goto(giftPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', {
    timeout: 20_000,
  })
})

test('PostgreSQL down: search says it is not working just now (200, the form kept); back up, it finds again', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const finds = async () => {
    const response = await request.get('/search?q=loneliness')
    return response.status() === 200 && (await response.text()).includes('Why Loneliness Is Rising')
  }
  // The index in PostgreSQL is filled by this instance (at its first search, or its 30 s check).
  await expect.poll(finds, { timeout: 40_000 }).toBe(true)

  await postgres.stop({ crash: true })
  try {
    const response = await request.get('/search?q=loneliness')
    expect(response.status()).toBe(200)
    await page.goto('/search?q=loneliness')
    await expect(
      page.getByRole('status').filter({ hasText: 'Search is not working just now' }),
    ).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }),
    ).toHaveValue('loneliness')
    await expectNoAxeViolations(page)
  } finally {
    await postgres.start()
  }
  await expect.poll(finds, { timeout: 30_000 }).toBe(true)
})

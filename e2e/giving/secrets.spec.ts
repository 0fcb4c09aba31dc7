import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { freshClientAddress, freshPhone, setScript } from './daraja.ts'
import { formBody, formToken, postGive } from './form.ts'
import { GIVING_DIST_DIR, givingSiteEnv } from './setup.ts'

// The giving site is built and run with the M-Pesa credentials of setup.ts. None of them, nor
// the Basic credentials made of two of them, may reach a browser: not in a file the build
// writes for browsers, not in the props of the static support page, not in any answer of the
// giving path (the form, its errors, a gift's page, the callback's refusals).

const SECRETS = {
  'consumer key': givingSiteEnv.MPESA_CONSUMER_KEY,
  'consumer secret': givingSiteEnv.MPESA_CONSUMER_SECRET,
  passkey: givingSiteEnv.MPESA_PASSKEY,
  'basic credentials': Buffer.from(
    `${givingSiteEnv.MPESA_CONSUMER_KEY}:${givingSiteEnv.MPESA_CONSUMER_SECRET}`,
  ).toString('base64'),
}

const NEEDLES = Object.entries(SECRETS).flatMap(([name, secret]) => [
  { name, value: Buffer.from(secret) },
  { name: `${name} (base64)`, value: Buffer.from(Buffer.from(secret).toString('base64')) },
])

const leaksIn = (bytes: Buffer | string) =>
  NEEDLES.filter((needle) =>
    (typeof bytes === 'string' ? Buffer.from(bytes) : bytes).includes(needle.value),
  ).map((needle) => needle.name)

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

test('no M-Pesa credential is in any file the build writes for browsers', () => {
  const files = [
    ...filesUnder(join(GIVING_DIST_DIR, 'static')),
    ...filesUnder(join(GIVING_DIST_DIR, 'server', 'pages')).filter((file) =>
      /\.(html|json)$/.test(file),
    ),
    ...filesUnder('public'),
  ]
  expect(files.length).toBeGreaterThan(50)
  const leaks = files.flatMap((file) => leaksIn(readFileSync(file)).map((n) => `${file}: ${n}`))
  expect(leaks).toEqual([])
})

test('no M-Pesa credential is in any answer of the giving path', async ({ request }) => {
  const buildId = readFileSync(join(GIVING_DIST_DIR, 'BUILD_ID'), 'utf8').trim()
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'wrong-pin', delayMs: 200 })
  const token = await formToken(request)
  const prompted = await postGive(request, {
    body: formBody({ token, phone: phone.typed, amount: '100' }),
    clientAddress: freshClientAddress(),
  })
  expect(prompted.status()).toBe(303)
  const answers = [
    await request.get('/support'),
    await request.get(`/_next/data/${buildId}/support.json`),
    prompted,
    await request.get(prompted.headers().location!),
    await postGive(request, {
      body: formBody({ token, phone: '123', amount: '1.5' }),
      clientAddress: freshClientAddress(),
    }),
    await postGive(request, { body: 'token=nope', clientAddress: freshClientAddress() }),
    await request.post(`/api/mpesa/callback/${'A'.repeat(24)}/${'B'.repeat(43)}`, { data: {} }),
  ]
  for (const answer of answers) {
    const headers = JSON.stringify(answer.headers())
    expect(leaksIn(headers + (await answer.text())), answer.url()).toEqual([])
  }
})

// The stand-in, driven by the site's own Daraja client (lib/mpesa/daraja/) as the giving flow
// uses it, with a small HTTP server as the site's CallBackURL; raw requests where the
// client, rightly, refuses to send what Daraja would refuse.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  CALLBACK_ACKNOWLEDGEMENT,
  createDarajaClient,
  nairobiTimestamp,
  parseCallback,
  password,
  SUPPORTER_MESSAGES,
  type DarajaClient,
  type DarajaConfig,
  type StkPushRequest,
} from '../../lib/mpesa/daraja/index.ts'
import { serveControl, type ControlServer } from './control.ts'
import { createDarajaStandIn, STAND_IN_DEFAULTS, type DarajaStandIn } from './server.ts'

const DELAY_MS = 40

type Received = { path: string; body: unknown }

let stand: DarajaStandIn
let receiver: Server
let callbackBase: string
const received: Received[] = []
let client: DarajaClient
let phoneCounter = 0

/** A phone no other test has prompted (Daraja locks a phone while its prompt is open). */
const freshPhone = () => `2547${String(10_000_000 + ++phoneCounter).slice(-8)}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function config(overrides: Partial<DarajaConfig> = {}): DarajaConfig {
  return { apiUrl: stand.url, ...STAND_IN_DEFAULTS, ...overrides }
}

function push(msisdn: string, overrides: Partial<StkPushRequest> = {}): StkPushRequest {
  return {
    msisdn,
    amount: 250,
    callbackUrl: `${callbackBase}/api/mpesa/callback`,
    accountReference: 'Nabado',
    description: 'Gift',
    ...overrides,
  }
}

async function accepted(request: StkPushRequest, using = client): Promise<string> {
  const result = await using.stkPush(request)
  if (result.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`)
  return result.checkoutRequestId
}

function callbacksFor(checkoutRequestId: string): Received[] {
  return received.filter((entry) => {
    const parsed = parseCallback(entry.body)
    return parsed.ok && parsed.callback.checkoutRequestId === checkoutRequestId
  })
}

async function waitForCallbacks(checkoutRequestId: string, count = 1): Promise<Received[]> {
  const started = Date.now()
  for (;;) {
    const found = callbacksFor(checkoutRequestId)
    if (found.length >= count) return found
    if (Date.now() - started > 3000) throw new Error(`no callback for ${checkoutRequestId}`)
    await sleep(10)
  }
}

const entryOf = (checkoutRequestId: string) =>
  stand.ledger().prompts.find((entry) => entry.checkoutRequestId === checkoutRequestId)

/** A request as Daraja gets it, to send what the site's client would never send. */
async function raw(
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${stand.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token ?? (await client.accessToken())}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

function validPushBody(msisdn: string): Record<string, unknown> {
  const timestamp = nairobiTimestamp()
  return {
    BusinessShortCode: STAND_IN_DEFAULTS.shortcode,
    Password: password(STAND_IN_DEFAULTS.shortcode, STAND_IN_DEFAULTS.passkey, timestamp),
    Timestamp: timestamp,
    TransactionType: 'CustomerBuyGoodsOnline',
    Amount: 100,
    PartyA: msisdn,
    PartyB: STAND_IN_DEFAULTS.till,
    PhoneNumber: msisdn,
    CallBackURL: `${callbackBase}/api/mpesa/callback`,
    AccountReference: 'Nabado',
    TransactionDesc: 'Gift',
  }
}

const rawPush = (body: unknown, token?: string) =>
  raw('/mpesa/stkpush/v1/processrequest', body, token)

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(CALLBACK_ACKNOWLEDGEMENT))
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  callbackBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  stand = await createDarajaStandIn({
    callbackDelayMs: DELAY_MS,
    duplicateAfterMs: 30,
    lateByMs: 30,
  })
})

afterAll(async () => {
  await stand?.close()
  await new Promise((resolve) => receiver?.close(resolve))
})

beforeEach(async () => {
  await stand.settled()
  stand.reset()
  received.length = 0
  client = createDarajaClient(config(), { timeoutMs: 1000 })
})

describe('the OAuth token', () => {
  it('is issued for the right Basic credentials, as Daraja issues it', async () => {
    const basic = Buffer.from(
      `${STAND_IN_DEFAULTS.consumerKey}:${STAND_IN_DEFAULTS.consumerSecret}`,
    ).toString('base64')
    const response = await fetch(`${stand.url}/oauth/v1/generate?grant_type=client_credentials`, {
      headers: { authorization: `Basic ${basic}` },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      access_token: expect.stringMatching(/^\S{20,}$/),
      expires_in: '3599',
    })
  })

  it('is refused for wrong credentials and a wrong grant type', async () => {
    const wrong = Buffer.from(`${STAND_IN_DEFAULTS.consumerKey}:nope`).toString('base64')
    const refused = await fetch(`${stand.url}/oauth/v1/generate?grant_type=client_credentials`, {
      headers: { authorization: `Basic ${wrong}` },
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({
      requestId: expect.any(String),
      errorCode: '400.008.01',
      errorMessage: 'Invalid Authentication passed',
    })
    const badGrant = await fetch(`${stand.url}/oauth/v1/generate?grant_type=password`)
    expect(await badGrant.json()).toMatchObject({ errorCode: '400.008.02' })

    const wrongClient = createDarajaClient(config({ consumerSecret: 'nope' }), { timeoutMs: 1000 })
    const result = await wrongClient.stkPush(push(freshPhone()))
    expect(result).toMatchObject({ kind: 'unavailable', maybeSent: false })
    expect(stand.ledger().summary.prompts).toBe(0)
  })

  it('is shared: concurrent pushes fetch one token', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => client.stkPush(push(freshPhone()))),
    )
    expect(results.map((result) => result.kind)).toEqual(Array(5).fill('accepted'))
    expect(stand.ledger().summary).toMatchObject({ tokensIssued: 1, prompts: 5 })
  })

  it('once expired is answered 404.001.03, and the client fetches a new one and retries', async () => {
    await accepted(push(freshPhone()))
    const oldToken = await client.accessToken()
    stand.expireTokens()

    const refused = await rawPush(validPushBody(freshPhone()), oldToken)
    expect(refused.status).toBe(404)
    expect(refused.json).toMatchObject({
      errorCode: '404.001.03',
      errorMessage: 'Invalid Access Token',
    })

    await accepted(push(freshPhone()))
    const { summary } = stand.ledger()
    expect(summary.tokensIssued).toBe(2)
    expect(summary.prompts).toBe(2)
    // The raw request above and the client's first try.
    expect(summary.pushAnswers['404 404.001.03 Invalid Access Token']).toBe(2)
  })
})

describe('scripted outcomes', () => {
  it('paid (the default): Daraja accepts, then posts the receipt and metadata once', async () => {
    const msisdn = freshPhone()
    const accept = await rawPush(validPushBody(msisdn))
    expect(accept.status).toBe(200)
    expect(accept.json).toEqual({
      MerchantRequestID: expect.stringMatching(/^\d+-\d+-1$/),
      CheckoutRequestID: expect.stringMatching(/^ws_CO_\d{14,}$/),
      ResponseCode: '0',
      ResponseDescription: 'Success. Request accepted for processing',
      CustomerMessage: 'Success. Request accepted for processing',
    })
    const id = accept.json.CheckoutRequestID as string

    const [callback] = await waitForCallbacks(id)
    const stk = (callback?.body as { Body: { stkCallback: Record<string, unknown> } }).Body
      .stkCallback
    expect(stk.ResultCode).toBe(0)
    const parsed = parseCallback(callback?.body)
    if (!parsed.ok) throw new Error(parsed.reason)
    const entry = entryOf(id)
    expect(parsed.callback).toMatchObject({
      checkoutRequestId: id,
      merchantRequestId: accept.json.MerchantRequestID,
      resultCode: '0',
      outcome: 'paid',
      payment: {
        amount: 100,
        receipt: entry?.receipt,
        phoneNumber: msisdn,
        transactionDate: nairobiTimestamp(new Date(entry?.dueAt ?? 0)),
      },
    })
    expect(entry?.receipt).toMatch(/^[A-Z][A-Z0-9]{9}$/)
    expect(stk.CallbackMetadata).toEqual({
      Item: [
        { Name: 'Amount', Value: 100 },
        { Name: 'MpesaReceiptNumber', Value: entry?.receipt },
        { Name: 'Balance' },
        { Name: 'TransactionDate', Value: expect.any(Number) },
        { Name: 'PhoneNumber', Value: Number(msisdn) },
      ],
    })

    // The query answers ResultCode as a string.
    const timestamp = nairobiTimestamp()
    const query = await raw('/mpesa/stkpushquery/v1/query', {
      BusinessShortCode: STAND_IN_DEFAULTS.shortcode,
      Password: password(STAND_IN_DEFAULTS.shortcode, STAND_IN_DEFAULTS.passkey, timestamp),
      Timestamp: timestamp,
      CheckoutRequestID: id,
    })
    expect(query.json).toMatchObject({ ResponseCode: '0', ResultCode: '0' })
    expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'settled', outcome: 'paid' })

    await stand.settled()
    const { summary } = stand.ledger()
    expect(summary.paid).toEqual({ count: 1, amount: 100 })
    expect(summary.told).toMatchObject({ count: 1, paidCount: 1, paidAmount: 100 })
    expect(summary.callbacks).toMatchObject({ sent: 1, acknowledged: 1, failed: 0 })
  })

  it.each([
    ['cancelled', 1032],
    ['insufficient-funds', 1],
    ['wrong-pin', 2001],
  ] as const)('%s: a callback with ResultCode %i and no metadata', async (outcome, code) => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { outcome })
    const id = await accepted(push(msisdn))
    const [callback] = await waitForCallbacks(id)
    const stk = (callback?.body as { Body: { stkCallback: Record<string, unknown> } }).Body
      .stkCallback
    expect(stk.ResultCode).toBe(code)
    expect(stk.CallbackMetadata).toBeUndefined()
    expect(parseCallback(callback?.body)).toMatchObject({
      ok: true,
      callback: { outcome, payment: undefined },
    })
    expect(await client.stkPushQuery(id)).toMatchObject({
      kind: 'settled',
      resultCode: String(code),
      outcome,
    })
    expect(stand.ledger().summary.paid).toEqual({ count: 0, amount: 0 })
  })

  it('1037 (no answer on the phone): no callback ever; the query says 1037', async () => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { outcome: 'no-answer' })
    const id = await accepted(push(msisdn))
    await sleep(DELAY_MS + 150)
    await stand.settled()
    expect(callbacksFor(id)).toHaveLength(0)
    expect(entryOf(id)).toMatchObject({ due: true, callback: 'never', callbacks: [] })
    expect(await client.stkPushQuery(id)).toEqual({
      kind: 'settled',
      resultCode: '1037',
      resultDesc: 'DS timeout user cannot be reached',
      outcome: 'no-answer',
    })
  })

  it('a duplicated callback: the same result arrives twice, the money is counted once', async () => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { callback: 'twice' })
    const id = await accepted(push(msisdn))
    const [first, second] = await waitForCallbacks(id, 2)
    expect(second?.body).toEqual(first?.body)
    await stand.settled()
    expect(entryOf(id)?.callbacks.map((delivery) => delivery.kind)).toEqual(['first', 'duplicate'])
    const { summary } = stand.ledger()
    expect(summary.callbacks).toMatchObject({ sent: 2, duplicates: 1 })
    expect(summary.paid).toEqual({ count: 1, amount: 250 })
  })

  it('a late callback: nothing until a query has answered, then the callback', async () => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { callback: 'late' })
    const id = await accepted(push(msisdn))
    await sleep(DELAY_MS + 100)
    expect(callbacksFor(id)).toHaveLength(0)
    const queriedAt = Date.now()
    expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'settled', outcome: 'paid' })
    const [late] = await waitForCallbacks(id)
    expect(parseCallback(late?.body)).toMatchObject({ ok: true, callback: { outcome: 'paid' } })
    const delivery = entryOf(id)?.callbacks[0]
    expect(delivery?.kind).toBe('late')
    expect(Date.parse(delivery?.at ?? '')).toBeGreaterThanOrEqual(queriedAt)
  })

  it('a query while the prompt is open answers "being processed"; the phone is locked', async () => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { delayMs: 400 })
    const id = await accepted(push(msisdn))
    expect(await client.stkPushQuery(id)).toEqual({ kind: 'processing' })
    const timestamp = nairobiTimestamp()
    const query = await raw('/mpesa/stkpushquery/v1/query', {
      BusinessShortCode: STAND_IN_DEFAULTS.shortcode,
      Password: password(STAND_IN_DEFAULTS.shortcode, STAND_IN_DEFAULTS.passkey, timestamp),
      Timestamp: timestamp,
      CheckoutRequestID: id,
    })
    expect(query.status).toBe(500)
    expect(query.json).toMatchObject({
      errorCode: '500.001.1001',
      errorMessage: 'The transaction is being processed',
    })
    expect(await client.stkPush(push(msisdn))).toMatchObject({
      kind: 'rejected',
      code: '500.001.1001',
      supporterMessage: SUPPORTER_MESSAGES.promptOpen,
    })
    await waitForCallbacks(id)
    expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'settled', outcome: 'paid' })
  })

  it('a script from a phone number falls back to `default`, then to paid', async () => {
    stand.setScript('default', { outcome: 'cancelled' })
    const cancelled = await accepted(push(freshPhone()))
    stand.clearScript('default')
    const paid = await accepted(push(freshPhone()))
    await stand.settled()
    expect(entryOf(cancelled)?.outcome).toBe('cancelled')
    expect(entryOf(paid)?.outcome).toBe('paid')
  })
})

describe("Daraja's validation", () => {
  const refusals: Array<[string, (body: Record<string, unknown>) => void, number, string, string]> =
    [
      [
        'a non-numeric BusinessShortCode',
        (body) => (body.BusinessShortCode = 'ABC'),
        400,
        '400.002.02',
        'Bad Request - Invalid BusinessShortCode',
      ],
      [
        'a local PhoneNumber',
        (body) => (body.PhoneNumber = '0712345678'),
        400,
        '400.002.02',
        'Bad Request - Invalid PhoneNumber',
      ],
      [
        'a landline PartyA',
        (body) => (body.PartyA = '254202345678'),
        400,
        '400.002.02',
        'Bad Request - Invalid PartyA',
      ],
      [
        'an unknown TransactionType',
        (body) => (body.TransactionType = 'CustomerSendMoney'),
        400,
        '400.002.02',
        'Bad Request - Invalid TransactionType',
      ],
      [
        'a paybill push with the till as PartyB',
        (body) => (body.TransactionType = 'CustomerPayBillOnline'),
        400,
        '400.002.02',
        'Bad Request - Invalid PartyB',
      ],
      [
        'an AccountReference of 13 characters',
        (body) => (body.AccountReference = 'A'.repeat(13)),
        400,
        '400.002.02',
        'Bad Request - Invalid AccountReference',
      ],
      [
        'a TransactionDesc of 14 characters',
        (body) => (body.TransactionDesc = 'D'.repeat(14)),
        400,
        '400.002.02',
        'Bad Request - Invalid TransactionDesc',
      ],
      [
        'a plain-http CallBackURL off this machine',
        (body) => (body.CallBackURL = 'http://nabado.co.ke/api/mpesa/callback'),
        400,
        '400.002.02',
        'Bad Request - Invalid CallBackURL',
      ],
      [
        'a fractional Amount',
        (body) => (body.Amount = 10.5),
        400,
        '400.002.02',
        'Bad Request - Invalid Amount',
      ],
      [
        'a Timestamp in UTC rather than Nairobi time',
        (body) => {
          const utc = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
          body.Timestamp = utc
          body.Password = password(STAND_IN_DEFAULTS.shortcode, STAND_IN_DEFAULTS.passkey, utc)
        },
        400,
        '400.002.02',
        'Bad Request - Invalid Timestamp',
      ],
      [
        'a wrong Password',
        (body) => (body.Password = Buffer.from('nope').toString('base64')),
        500,
        '500.001.1001',
        'Wrong credentials',
      ],
      [
        'another store number',
        (body) => (body.BusinessShortCode = '600000'),
        500,
        '500.001.1001',
        'Merchant does not exist',
      ],
    ]

  it.each(refusals)('refuses %s', async (_, change, status, errorCode, errorMessage) => {
    const body = validPushBody(freshPhone())
    change(body)
    const answer = await rawPush(body)
    expect(answer).toEqual({
      status,
      json: { requestId: expect.any(String), errorCode, errorMessage },
    })
    expect(stand.ledger().summary.prompts).toBe(0)
  })

  it('takes an https CallBackURL anywhere and plain http on loopback', async () => {
    for (const url of ['https://nabado.co.ke/api/mpesa/callback', 'http://localhost:9/cb']) {
      const answer = await rawPush({ ...validPushBody(freshPhone()), CallBackURL: url })
      expect(answer.status).toBe(200)
    }
  })

  it("refuses the site's client when its settings are not the stand-in's", async () => {
    const cases: Array<[Partial<DarajaConfig>, string]> = [
      [{ passkey: 'not-the-passkey' }, 'Wrong credentials'],
      [{ shortcode: '600000' }, 'Merchant does not exist'],
      [{ till: '1234567' }, 'Bad Request - Invalid PartyB'],
    ]
    for (const [overrides, message] of cases) {
      const misconfigured = createDarajaClient(config(overrides), { timeoutMs: 1000 })
      const result = await misconfigured.stkPush(push(freshPhone()))
      expect(result).toMatchObject({
        kind: 'rejected',
        supporterMessage: SUPPORTER_MESSAGES.siteProblem,
      })
      if (result.kind === 'rejected') expect(result.logMessage).toContain(message)
    }
    expect(stand.ledger().summary.prompts).toBe(0)
  })
})

describe('Daraja down', () => {
  it('answering 500: the push and the query are `unavailable`, nothing was prompted', async () => {
    const msisdn = freshPhone()
    stand.setScript(msisdn, { push: 'error-500' })
    expect(await client.stkPush(push(msisdn))).toMatchObject({
      kind: 'unavailable',
      maybeSent: false,
      supporterMessage: SUPPORTER_MESSAGES.unavailable,
    })
    expect(stand.ledger().summary.prompts).toBe(0)

    const other = freshPhone()
    stand.setScript(other, { query: 'error-500', delayMs: 0 })
    const id = await accepted(push(other))
    expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'unavailable' })
  })

  it('not answering at all: the client gives up, and says a prompt may still come', async () => {
    const impatient = createDarajaClient(config(), { timeoutMs: 200 })
    const msisdn = freshPhone()
    stand.setScript(msisdn, { push: 'hang' })
    expect(await impatient.stkPush(push(msisdn))).toMatchObject({
      kind: 'unavailable',
      maybeSent: true,
      supporterMessage: SUPPORTER_MESSAGES.timedOut,
    })
    expect(stand.ledger().summary.pushAnswers.hang).toBe(1)

    const other = freshPhone()
    stand.setScript(other, { query: 'hang' })
    const id = await accepted(push(other), impatient)
    expect(await impatient.stkPushQuery(id)).toMatchObject({ kind: 'unavailable' })
  })

  it('stopped: connections are refused; started again, it answers with its state kept', async () => {
    const id = await accepted(push(freshPhone()))
    await stand.stop()
    try {
      // The first may go out on a kept-alive connection the stand-in just cut (a reset:
      // "may have been sent"); a new connection is refused.
      expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'unavailable' })
      const refused = await client.stkPush(push(freshPhone()))
      expect(refused).toMatchObject({ kind: 'unavailable', maybeSent: false })
      if (refused.kind === 'unavailable') expect(refused.logMessage).toContain('refused')
    } finally {
      await stand.start()
    }
    await waitForCallbacks(id)
    expect(await client.stkPushQuery(id)).toMatchObject({ kind: 'settled', outcome: 'paid' })
  })
})

describe('the control port', () => {
  let control: ControlServer

  beforeAll(async () => {
    control = await serveControl(stand)
  })

  afterAll(async () => {
    await control?.close()
  })

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${control.url}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined }
  }

  it('scripts phones, shows the ledger, and resets', async () => {
    const cancelled = freshPhone()
    const twice = freshPhone()
    expect(await call('PUT', `/scripts/${cancelled}`, { outcome: 'cancelled' })).toEqual({
      status: 204,
      json: undefined,
    })
    expect((await call('POST', '/scripts', { [twice]: { callback: 'twice' } })).status).toBe(204)
    expect((await call('GET', '/scripts')).json).toEqual({
      [cancelled]: { outcome: 'cancelled' },
      [twice]: { callback: 'twice' },
    })

    await accepted(push(cancelled))
    await accepted(push(twice, { amount: 500 }))
    expect((await call('POST', '/settled')).status).toBe(204)

    const ledger = (await call('GET', '/ledger')).json as ReturnType<DarajaStandIn['ledger']>
    expect(ledger.prompts.map((entry) => [entry.msisdn, entry.outcome])).toEqual([
      [cancelled, 'cancelled'],
      [twice, 'paid'],
    ])
    expect(ledger.summary.paid).toEqual({ count: 1, amount: 500 })
    expect((await call('GET', '/summary')).json).toMatchObject({ paid: { amount: 500 } })

    expect((await call('POST', '/reset')).status).toBe(204)
    expect((await call('GET', '/ledger')).json).toMatchObject({ prompts: [] })
    expect((await call('GET', '/scripts')).json).toEqual({})
  })

  it('refuses a bad script and an unknown route', async () => {
    expect(await call('PUT', `/scripts/${freshPhone()}`, { outcome: 'maybe' })).toMatchObject({
      status: 400,
      json: { error: expect.stringContaining('outcome must be one of') },
    })
    expect((await call('PUT', '/scripts/0712345678', {})).status).toBe(400)
    expect((await call('GET', '/nothing')).status).toBe(404)
  })

  it('expires tokens and resends a callback on demand', async () => {
    const id = await accepted(push(freshPhone()))
    await waitForCallbacks(id)
    expect((await call('POST', '/tokens/expire')).status).toBe(204)
    const resent = await call('POST', `/callbacks/${id}/resend`)
    expect(resent).toMatchObject({ status: 200, json: { kind: 'resent', status: 200 } })
    expect(callbacksFor(id)).toHaveLength(2)
    await accepted(push(freshPhone()))
    expect(stand.ledger().summary.tokensIssued).toBe(2)
  })
})

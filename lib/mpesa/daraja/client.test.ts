import { describe, expect, it } from 'vitest'
import { createDarajaClient, type DarajaConfig, type StkPushRequest } from './client.ts'
import { SUPPORTER_MESSAGES } from './messages.ts'
import { nairobiTimestamp, password } from './password.ts'

const CONFIG: DarajaConfig = {
  apiUrl: 'https://daraja.test/',
  consumerKey: 'key-123',
  consumerSecret: 'secret-456',
  passkey: 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
  shortcode: '174379',
  till: '9549825',
}

const PUSH: StkPushRequest = {
  msisdn: '254712345678',
  amount: 200,
  callbackUrl: 'https://nabado.co.ke/api/giving/callback/abc?token=xyz',
  accountReference: 'Nabado',
  description: 'Gift',
}

type Call = { url: URL; method: string; headers: Headers; body: unknown }
type Route = (call: Call, index: number) => Response | Promise<Response>

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const ACCEPTED = json(200, {
  MerchantRequestID: '29115-34620561-1',
  CheckoutRequestID: 'ws_CO_191220191020363925',
  ResponseCode: '0',
  ResponseDescription: 'Success. Request accepted for processing',
  CustomerMessage: 'Success. Request accepted for processing',
})

/** A fake Daraja: one handler per path, each call recorded. */
function fakeDaraja(routes: Record<string, Route>, start = Date.parse('2026-03-14T20:59:59Z')) {
  const calls: Call[] = []
  let clock = start
  let tokens = 0
  const counts = new Map<string, number>()
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input))
    const call: Call = {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    calls.push(call)
    const index = counts.get(url.pathname) ?? 0
    counts.set(url.pathname, index + 1)
    if (url.pathname === '/oauth/v1/generate' && !routes[url.pathname]) {
      tokens++
      return json(200, { access_token: `token-${tokens}`, expires_in: '3599' })
    }
    const route = routes[url.pathname]
    if (!route) return json(404, { errorCode: '404.001.01', errorMessage: 'Resource not found' })
    // Like fetch, give up when the signal does.
    const signal = init?.signal
    return await new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
      Promise.resolve(route(call, index)).then(resolve, reject)
    })
  }
  const client = (timeoutMs?: number) =>
    createDarajaClient(CONFIG, { fetch, timeoutMs, now: () => new Date(clock) })
  return {
    client,
    calls,
    of: (path: string) => calls.filter((call) => call.url.pathname === path),
    advance: (ms: number) => {
      clock += ms
    },
  }
}

const PUSH_PATH = '/mpesa/stkpush/v1/processrequest'
const QUERY_PATH = '/mpesa/stkpushquery/v1/query'
const TOKEN_PATH = '/oauth/v1/generate'

describe('stkPush', () => {
  it('sends what Daraja documents for a till, and reads the acceptance', async () => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => ACCEPTED.clone() })
    const result = await daraja.client().stkPush(PUSH)
    expect(result).toEqual({
      kind: 'accepted',
      merchantRequestId: '29115-34620561-1',
      checkoutRequestId: 'ws_CO_191220191020363925',
    })

    const [token] = daraja.of(TOKEN_PATH)
    expect(token?.url.search).toBe('?grant_type=client_credentials')
    expect(token?.method).toBe('GET')
    expect(token?.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('key-123:secret-456').toString('base64')}`,
    )

    const [push] = daraja.of(PUSH_PATH)
    expect(push?.method).toBe('POST')
    expect(push?.headers.get('authorization')).toBe('Bearer token-1')
    // 20:59:59 UTC is 23:59:59 in Nairobi.
    const timestamp = '20260314235959'
    expect(nairobiTimestamp(new Date('2026-03-14T20:59:59Z'))).toBe(timestamp)
    expect(push?.body).toEqual({
      BusinessShortCode: '174379',
      Password: password('174379', CONFIG.passkey, timestamp),
      Timestamp: timestamp,
      TransactionType: 'CustomerBuyGoodsOnline',
      Amount: 200,
      PartyA: '254712345678',
      PartyB: '9549825',
      PhoneNumber: '254712345678',
      CallBackURL: PUSH.callbackUrl,
      AccountReference: 'Nabado',
      TransactionDesc: 'Gift',
    })
  })

  it('asks for one token for 20 concurrent pushes', async () => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => ACCEPTED.clone() })
    const client = daraja.client()
    const results = await Promise.all(Array.from({ length: 20 }, () => client.stkPush(PUSH)))
    expect(results.every((result) => result.kind === 'accepted')).toBe(true)
    expect(daraja.of(TOKEN_PATH)).toHaveLength(1)
    expect(daraja.of(PUSH_PATH)).toHaveLength(20)
  })

  it('keeps the token for its life, and renews it a minute before it ends', async () => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => ACCEPTED.clone() })
    const client = daraja.client()
    await client.stkPush(PUSH)
    daraja.advance(3599_000 - 61_000)
    await client.stkPush(PUSH)
    expect(daraja.of(TOKEN_PATH)).toHaveLength(1)
    daraja.advance(2_000)
    await client.stkPush(PUSH)
    expect(daraja.of(TOKEN_PATH)).toHaveLength(2)
    expect(daraja.of(PUSH_PATH).map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ])
  })

  it('retries once with a fresh token when Daraja says the token is invalid', async () => {
    const daraja = fakeDaraja({
      [PUSH_PATH]: (_call, index) =>
        index === 0
          ? json(401, {
              requestId: '1459-15094918-1',
              errorCode: '404.001.03',
              errorMessage: 'Invalid Access Token',
            })
          : ACCEPTED.clone(),
    })
    const result = await daraja.client().stkPush(PUSH)
    expect(result.kind).toBe('accepted')
    expect(daraja.of(TOKEN_PATH)).toHaveLength(2)
    expect(daraja.of(PUSH_PATH).map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ])
  })

  it('gives up after the second refused token', async () => {
    const daraja = fakeDaraja({
      [PUSH_PATH]: () =>
        json(401, { errorCode: '404.001.03', errorMessage: 'Invalid Access Token' }),
    })
    const result = await daraja.client().stkPush(PUSH)
    expect(result).toMatchObject({
      kind: 'unavailable',
      supporterMessage: SUPPORTER_MESSAGES.siteProblem,
      maybeSent: false,
    })
    expect(daraja.of(PUSH_PATH)).toHaveLength(2)
  })

  it('does not keep a failed token request', async () => {
    let refuse = true
    const daraja = fakeDaraja({
      [TOKEN_PATH]: () =>
        refuse
          ? json(400, { errorCode: '400.008.01', errorMessage: 'Invalid Authentication passed' })
          : json(200, { access_token: 'good', expires_in: '3599' }),
      [PUSH_PATH]: () => ACCEPTED.clone(),
    })
    const client = daraja.client()
    const first = await client.stkPush(PUSH)
    expect(first).toMatchObject({ kind: 'unavailable', maybeSent: false })
    expect(first.kind === 'unavailable' && first.logMessage).toMatch(
      /^daraja oauth: HTTP 400 400\.008\.01 "Invalid Authentication passed"/,
    )
    expect(first.kind === 'unavailable' && first.logMessage).not.toContain('secret-456')
    expect(daraja.of(PUSH_PATH)).toHaveLength(0)
    refuse = false
    expect((await client.stkPush(PUSH)).kind).toBe('accepted')
    expect(daraja.of(TOKEN_PATH)).toHaveLength(2)
  })

  it.each([
    [400, '400.002.02', 'Bad Request - Invalid PhoneNumber', SUPPORTER_MESSAGES.phoneRefused],
    [400, '400.002.02', 'Bad Request - Invalid Amount', SUPPORTER_MESSAGES.amountRefused],
    [400, '400.002.02', 'Bad Request - Invalid BusinessShortCode', SUPPORTER_MESSAGES.siteProblem],
    [500, '500.001.1001', 'Wrong credentials', SUPPORTER_MESSAGES.siteProblem],
    [
      500,
      '500.001.1001',
      'Unable to lock subscriber, a transaction is already in process for the current subscriber',
      SUPPORTER_MESSAGES.promptOpen,
    ],
  ])('turns HTTP %i %s "%s" into a refusal', async (status, code, message, sentence) => {
    const daraja = fakeDaraja({
      [PUSH_PATH]: () =>
        json(status, { requestId: '11259-2330641-1', errorCode: code, errorMessage: message }),
    })
    const result = await daraja.client().stkPush(PUSH)
    expect(result).toEqual({
      kind: 'rejected',
      code,
      supporterMessage: sentence,
      logMessage: `daraja stkpush: HTTP ${status} ${code} "${message}" (request 11259-2330641-1)`,
    })
  })

  it('reads a non-zero ResponseCode as a refusal', async () => {
    const daraja = fakeDaraja({
      [PUSH_PATH]: () => json(200, { ResponseCode: '1', ResponseDescription: 'Rejected' }),
    })
    expect(await daraja.client().stkPush(PUSH)).toMatchObject({ kind: 'rejected', code: '1' })
  })

  it.each([
    [
      'a 500 without a deliberate code',
      () => json(500, { errorCode: '500.003.1001', errorMessage: 'Internal Server Error' }),
    ],
    ['a 503 page', () => new Response('<html>Service Unavailable</html>', { status: 503 })],
    [
      'a rate limit',
      () => json(429, { errorCode: '429.001.01', errorMessage: 'Too many requests' }),
    ],
    ['an answer that is not JSON', () => new Response('OK', { status: 200 })],
    ['an acceptance without ids', () => json(200, { ResponseCode: '0' })],
  ])('is unavailable on %s', async (_name, route) => {
    const daraja = fakeDaraja({ [PUSH_PATH]: route })
    const result = await daraja.client().stkPush(PUSH)
    expect(result).toMatchObject({
      kind: 'unavailable',
      supporterMessage: SUPPORTER_MESSAGES.unavailable,
      maybeSent: false,
    })
    expect(result.kind === 'unavailable' && result.logMessage).toMatch(
      /^daraja stkpush: HTTP \d{3}/,
    )
  })

  it('times out, and says a prompt may still come', async () => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => new Promise<Response>(() => undefined) })
    const started = performance.now()
    const result = await daraja.client(150).stkPush(PUSH)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(result).toEqual({
      kind: 'unavailable',
      supporterMessage: SUPPORTER_MESSAGES.timedOut,
      logMessage: 'daraja stkpush: timeout (no answer within 150 ms)',
      maybeSent: true,
    })
  })

  it('knows a refused connection sent nothing', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    const daraja = fakeDaraja({ [PUSH_PATH]: () => Promise.reject(refused) })
    expect(await daraja.client().stkPush(PUSH)).toMatchObject({
      kind: 'unavailable',
      maybeSent: false,
      logMessage: 'daraja stkpush: refused (ECONNREFUSED)',
    })
  })

  it('never shows Daraja words to the supporter, and keeps log lines on one line', async () => {
    const daraja = fakeDaraja({
      [PUSH_PATH]: () =>
        json(400, { errorCode: '400.002.02', errorMessage: 'Bad <script>x</script>\nRequest' }),
    })
    const result = await daraja.client().stkPush(PUSH)
    expect(result.kind).toBe('rejected')
    if (result.kind !== 'rejected') return
    expect(Object.values(SUPPORTER_MESSAGES)).toContain(result.supporterMessage)
    expect(result.logMessage).not.toMatch(/\n/)
  })

  it.each<[string, Partial<StkPushRequest>]>([
    ['a number not normalised', { msisdn: '0712345678' }],
    ['a fraction', { amount: 20.5 }],
    ['too little', { amount: 5 }],
    ['too much', { amount: 250_001 }],
    ['an http callback', { callbackUrl: 'http://nabado.co.ke/cb' }],
    ['a long reference', { accountReference: 'Nabado gifts!' }],
    ['a long description', { description: 'A gift to Nabado' }],
    ['an empty description', { description: '' }],
  ])('sends nothing for %s', async (_name, change) => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => ACCEPTED.clone() })
    const result = await daraja.client().stkPush({ ...PUSH, ...change })
    expect(result).toMatchObject({ kind: 'rejected', code: 'invalid-request' })
    expect(daraja.calls).toHaveLength(0)
  })

  it('allows an http callback on loopback, for the stand-in', async () => {
    const daraja = fakeDaraja({ [PUSH_PATH]: () => ACCEPTED.clone() })
    const result = await daraja
      .client()
      .stkPush({ ...PUSH, callbackUrl: 'http://127.0.0.1:3100/api/giving/callback/1' })
    expect(result.kind).toBe('accepted')
  })
})

describe('stkPushQuery', () => {
  it('sends the credentials and the CheckoutRequestID', async () => {
    const daraja = fakeDaraja({
      [QUERY_PATH]: () =>
        json(200, {
          ResponseCode: '0',
          ResponseDescription: 'The service request has been accepted successsfully',
          MerchantRequestID: '22205-34066-1',
          CheckoutRequestID: 'ws_CO_13012021093521236557',
          ResultCode: '1032',
          ResultDesc: 'Request cancelled by user',
        }),
    })
    const result = await daraja.client().stkPushQuery('ws_CO_13012021093521236557')
    expect(result).toEqual({
      kind: 'settled',
      resultCode: '1032',
      resultDesc: 'Request cancelled by user',
      outcome: 'cancelled',
    })
    const [query] = daraja.of(QUERY_PATH)
    expect(query?.body).toEqual({
      BusinessShortCode: '174379',
      Password: password('174379', CONFIG.passkey, '20260314235959'),
      Timestamp: '20260314235959',
      CheckoutRequestID: 'ws_CO_13012021093521236557',
    })
  })

  it('reads a numeric ResultCode', async () => {
    const daraja = fakeDaraja({
      [QUERY_PATH]: () => json(200, { ResponseCode: 0, ResultCode: 0, ResultDesc: 'ok' }),
    })
    expect(await daraja.client().stkPushQuery('ws_CO_1')).toMatchObject({
      kind: 'settled',
      resultCode: '0',
      outcome: 'paid',
    })
  })

  it('says "still processing" while Daraja does', async () => {
    const daraja = fakeDaraja({
      [QUERY_PATH]: () =>
        json(500, {
          requestId: 'ws_CO_20022018230142206',
          errorCode: '500.001.1001',
          errorMessage: 'The transaction is being processed',
        }),
    })
    expect(await daraja.client().stkPushQuery('ws_CO_1')).toEqual({ kind: 'processing' })
  })

  it('is unavailable on other errors and on silence', async () => {
    const daraja = fakeDaraja({
      [QUERY_PATH]: (_call, index) =>
        index === 0
          ? json(400, {
              errorCode: '400.002.02',
              errorMessage: 'Bad Request - Invalid CheckoutRequestID',
            })
          : new Promise<Response>(() => undefined),
    })
    const client = daraja.client(100)
    expect(await client.stkPushQuery('ws_CO_1')).toMatchObject({
      kind: 'unavailable',
      logMessage:
        'daraja stkpushquery: HTTP 400 400.002.02 "Bad Request - Invalid CheckoutRequestID"',
    })
    expect(await client.stkPushQuery('ws_CO_1')).toMatchObject({
      kind: 'unavailable',
      supporterMessage: SUPPORTER_MESSAGES.unavailable,
      maybeSent: true,
    })
  })

  it('retries once on an invalid token', async () => {
    const daraja = fakeDaraja({
      [QUERY_PATH]: (_call, index) =>
        index === 0
          ? json(401, { errorCode: '404.001.03', errorMessage: 'Invalid Access Token' })
          : json(200, { ResponseCode: '0', ResultCode: '0', ResultDesc: 'ok' }),
    })
    expect((await daraja.client().stkPushQuery('ws_CO_1')).kind).toBe('settled')
    expect(daraja.of(TOKEN_PATH)).toHaveLength(2)
  })
})

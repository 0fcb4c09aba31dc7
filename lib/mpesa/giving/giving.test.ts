import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDarajaStandIn, type DarajaStandIn } from '@/tools/daraja-stand-in/server.ts'
import { openDatabase, type OpenDatabase } from '../../db/index.ts'
import { createDarajaClient } from '../daraja/index.ts'
import { CLOSE_AFTER_MS, QUERY_AFTER_MS, type GivingDeps } from './deps.ts'
import { callbackToken } from './gift-id.ts'
import { give, type GiveRequest } from './give.ts'
import { givingKeys } from './keys.ts'
import { receiveCallback } from './receive-callback.ts'
import { sweepOnce } from './sweep.ts'

// The giving steps as the site runs them, against the Daraja stand-in over HTTP and the
// gifts' ledger on PGlite: the stand-in posts its callbacks to a small server here that
// hands them to receiveCallback, as pages/api/mpesa/callback does. The site's clock is moved
// forward for the sweep; Daraja's is the real one.

let stand: DarajaStandIn
let database: OpenDatabase
let callbackServer: Server
let deps: GivingDeps
let clockOffset = 0
const logs: string[] = []
let serial = 0

/** A number of its own per test: the limits and the stand-in's scripts are per number. */
function nextMsisdn(): string {
  serial += 1
  return `25471${String(2000000 + serial).padStart(7, '0')}`
}
const request = (msisdn: string, amount = 200): GiveRequest => ({
  msisdn,
  amount,
  clientAddress: `198.51.100.${serial}`,
})

beforeAll(async () => {
  stand = await createDarajaStandIn({ callbackDelayMs: 50, duplicateAfterMs: 50, lateByMs: 50 })
  database = await openDatabase({ kind: 'pglite', dataDir: null, label: 'PGlite in memory' })
  callbackServer = createServer((req, res) => {
    const [, , , , id, token] = (req.url ?? '').split('/')
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      void receiveCallback(deps, { id, token, body, from: '127.0.0.1' }).then((answer) => {
        res.writeHead(answer.status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(answer.body))
      })
    })
  })
  await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve))
  const { port } = callbackServer.address() as AddressInfo
  const config = {
    apiUrl: stand.url,
    ...stand.credentials,
    callbackBase: `http://127.0.0.1:${port}`,
    callbackAllow: [],
  }
  deps = {
    ledger: database.giftLedger(),
    daraja: createDarajaClient(config, { timeoutMs: 400 }),
    keys: givingKeys(config),
    callbackBase: config.callbackBase,
    now: () => new Date(Date.now() + clockOffset),
    log: (line) => logs.push(line),
  }
}, 60_000)

afterAll(async () => {
  await stand?.close()
  await database?.close()
  await new Promise((resolve) => callbackServer?.close(resolve))
})

beforeEach(() => {
  clockOffset = 0
  logs.length = 0
})

async function prompted(msisdn: string, amount = 200): Promise<string> {
  const result = await give(deps, request(msisdn, amount))
  if (result.kind !== 'prompted')
    throw new Error(`expected a prompt, got ${JSON.stringify(result)} ${logs.join('; ')}`)
  return result.id
}

async function settledGift(id: string) {
  await stand.settled()
  return deps.ledger.getGift(id)
}

describe('giving by M-Pesa, from "Give" to the final state', () => {
  it('records a paid gift with its receipt, and keeps only the last three digits', async () => {
    const msisdn = nextMsisdn()
    const id = await prompted(msisdn, 250)
    const gift = await settledGift(id)
    expect(gift).toMatchObject({ state: 'paid', amount: 250, phoneLastThree: msisdn.slice(-3) })
    const entry = stand
      .ledger()
      .prompts.find((prompt) => prompt.checkoutRequestId === gift?.checkoutRequestId)
    expect(entry?.receipt).toBe(gift?.receipt)
    expect(entry?.partyB).toBe(stand.credentials.till)
    expect(entry).toMatchObject({ accountReference: 'Nabado', transactionDesc: 'Nabado gift' })
    expect(JSON.stringify(gift)).not.toContain(msisdn)
  })

  it.each([
    ['cancelled', 'cancelled', 'cancelled'],
    ['insufficient-funds', 'failed', 'insufficient-funds'],
    ['wrong-pin', 'failed', 'wrong-pin'],
    ['failed', 'failed', 'failed'],
    ['no-answer', 'no-answer', 'no-answer'],
  ] as const)('a %s result from the phone ends %s', async (outcome, state, recorded) => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { outcome, callback: 'once' })
    const gift = await settledGift(await prompted(msisdn))
    expect(gift).toMatchObject({ state, outcome: recorded, receipt: null })
  })

  it('answers a repeated callback 200 and changes nothing', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { callback: 'twice' })
    const gift = await settledGift(await prompted(msisdn))
    const entry = stand
      .ledger()
      .prompts.find((prompt) => prompt.checkoutRequestId === gift?.checkoutRequestId)
    expect(entry?.callbacks.map((delivery) => delivery.status)).toEqual([200, 200])
    expect(await deps.ledger.getGift(gift!.id)).toEqual(gift)
    expect(logs.filter((line) => line.includes(`${gift!.id} paid by callback`))).toHaveLength(1)
  })

  it('refuses forged callbacks and changes nothing', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { outcome: 'no-answer' })
    const id = await prompted(msisdn)
    const pending = await deps.ledger.getGift(id)
    const body = (amount: number, checkout = pending!.checkoutRequestId) =>
      JSON.stringify({
        Body: {
          stkCallback: {
            MerchantRequestID: pending!.merchantRequestId,
            CheckoutRequestID: checkout,
            ResultCode: 0,
            ResultDesc: 'ok',
            CallbackMetadata: {
              Item: [
                { Name: 'Amount', Value: amount },
                { Name: 'MpesaReceiptNumber', Value: 'FORGED1234' },
              ],
            },
          },
        },
      })
    const token = callbackToken(deps.keys.callback, id)
    const from = '203.0.113.66'
    expect(
      (await receiveCallback(deps, { id, token: undefined, body: body(200), from })).status,
    ).toBe(403)
    expect(
      (await receiveCallback(deps, { id, token: 'x'.repeat(43), body: body(200), from })).status,
    ).toBe(403)
    expect((await receiveCallback(deps, { id, token, body: body(1), from })).status).toBe(409)
    expect(
      (await receiveCallback(deps, { id, token, body: body(200, 'ws_CO_other'), from })).status,
    ).toBe(409)
    expect((await receiveCallback(deps, { id, token, body: '{"Body":', from })).status).toBe(400)
    const stranger = 'A'.repeat(24)
    const strangerToken = callbackToken(deps.keys.callback, stranger)
    expect(
      (await receiveCallback(deps, { id: stranger, token: strangerToken, body: body(200), from }))
        .status,
    ).toBe(404)
    expect(await deps.ledger.getGift(id)).toEqual(pending)
    expect(logs.filter((line) => line.startsWith('giving callback refused'))).toHaveLength(6)
    expect(logs.join('\n')).not.toContain('FORGED1234')
  })
})

describe('never a wait without end', () => {
  it('asks Daraja after 90 s when no callback came, and records what it says', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { outcome: 'no-answer', callback: 'never' })
    const id = await prompted(msisdn)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(await sweepOnce(deps)).toBe(0)
    clockOffset = QUERY_AFTER_MS + 1000
    expect(await sweepOnce(deps)).toBeGreaterThanOrEqual(1)
    expect(await deps.ledger.getGift(id)).toMatchObject({ state: 'no-answer', resultCode: '1037' })
  })

  it('takes the query\'s "paid", then a late callback only adds the receipt', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { callback: 'late' })
    const id = await prompted(msisdn)
    await new Promise((resolve) => setTimeout(resolve, 120))
    clockOffset = QUERY_AFTER_MS + 1000
    await sweepOnce(deps)
    expect(await deps.ledger.getGift(id)).toMatchObject({ state: 'paid', receipt: null })
    const gift = await settledGift(id)
    expect(gift).toMatchObject({ state: 'paid' })
    expect(gift?.receipt).toMatch(/^[A-Z0-9]{10}$/)
  })

  it('keeps asking while Daraja is unreachable, then closes as no answer after 3 minutes', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { outcome: 'no-answer', query: 'error-500' })
    const id = await prompted(msisdn)
    clockOffset = QUERY_AFTER_MS + 1000
    await sweepOnce(deps)
    expect((await deps.ledger.getGift(id))?.state).toBe('pending')
    clockOffset = CLOSE_AFTER_MS + 60_000
    await sweepOnce(deps)
    expect(await deps.ledger.getGift(id)).toMatchObject({
      state: 'no-answer',
      resultCode: 'timeout',
    })
  })

  it('keeps an attempt whose push answer was lost pending, then closes it', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { push: 'hang' })
    const id = await prompted(msisdn)
    expect(await deps.ledger.getGift(id)).toMatchObject({
      state: 'pending',
      checkoutRequestId: null,
    })
    clockOffset = CLOSE_AFTER_MS + 60_000
    await sweepOnce(deps)
    expect((await deps.ledger.getGift(id))?.state).toBe('no-answer')
  })
})

describe('when nothing can be sent', () => {
  it('closes the attempt and says so when Daraja answers 500', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { push: 'error-500' })
    const result = await give(deps, request(msisdn))
    expect(result).toMatchObject({ kind: 'not-sent' })
    if (result.kind === 'not-sent') expect(result.message).toMatch(/till number/)
  })

  it('says M-Pesa is not answering when Daraja is down', async () => {
    await stand.stop()
    try {
      // A keep-alive socket from before the outage fails as "closed" (maybe sent, so the
      // attempt would wait); the next request meets the refused connection an outage is.
      await deps.daraja.stkPushQuery('ws_CO_flush')
      const result = await give(deps, request(nextMsisdn()))
      expect(result).toMatchObject({ kind: 'not-sent' })
    } finally {
      await stand.start()
    }
  })
})

describe('nobody is spammed', () => {
  it('allows one pending prompt per number, and three per 10 minutes', async () => {
    const msisdn = nextMsisdn()
    stand.setScript(msisdn, { outcome: 'no-answer', callback: 'never' })
    await prompted(msisdn)
    expect(await give(deps, request(msisdn))).toEqual({ kind: 'limited', limit: 'phone-pending' })
    stand.setScript(msisdn, { outcome: 'cancelled' })
    await new Promise((resolve) => setTimeout(resolve, 120))
    clockOffset = CLOSE_AFTER_MS + 60_000
    await sweepOnce(deps)
    await settledGift(await prompted(msisdn))
    await settledGift(await prompted(msisdn))
    expect(await give(deps, request(msisdn))).toEqual({ kind: 'limited', limit: 'phone-10min' })
    expect(stand.ledger().prompts.filter((prompt) => prompt.msisdn === msisdn)).toHaveLength(3)
  })
})

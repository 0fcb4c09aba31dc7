// A local stand-in of Daraja, Safaricom's M-Pesa API, for tests and benchmarks: the OAuth
// token, the STK push and its query, with Daraja's validation and error bodies, and scripted
// outcomes per phone number whose results it posts to the site's CallBackURL. The site
// reaches it only through MPESA_API_URL. README.md (next to this file) says what it does;
// cli.ts runs it as a process, control.ts is its control port.

import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { CallbackSender } from './callbacks.ts'
import {
  badRequest,
  DarajaAnswer,
  darajaError,
  isRecord,
  readText,
  requestId,
  sendJson,
  sendText,
} from './http-util.ts'
import {
  Ledger,
  type CallbackDelivery,
  type LedgerEntry,
  type LedgerSummary,
  type Prompt,
} from './ledger.ts'
import { nairobiTimestamp, parseNairobiTimestamp } from './nairobi-time.ts'
import { resolveScript, type PhoneScript, type ResolvedScript } from './scripts.ts'

export type { CallbackDelivery, LedgerEntry, LedgerSummary, PhoneScript }

export type DarajaStandInOptions = {
  /** 0 (default) picks a free port. Listens on 127.0.0.1 only. */
  port?: number
  /** The credentials the site must use; defaults are STAND_IN_DEFAULTS. */
  consumerKey?: string
  consumerSecret?: string
  passkey?: string
  shortcode?: string
  till?: string
  /** What `expires_in` says, and when tokens stop working. Default 3599 s, as Daraja. */
  tokenLifetimeSeconds?: number
  /** When an outcome is due after the push (callback sent, query answers). Default 1 s. */
  callbackDelayMs?: number
  /** A duplicated callback follows the first after this long. Default 200 ms. */
  duplicateAfterMs?: number
  /** A late callback goes this long after the first query answered the result. Default 200 ms. */
  lateByMs?: number
  /** A Timestamp further than this from Nairobi's clock is refused; 0 = not checked. Default 10 min. */
  timestampToleranceMs?: number
  /** How long a callback POST may take. Default 5 s. */
  callbackTimeoutMs?: number
  /** Scripts to start with: by msisdn, and `default` for every other number. */
  scripts?: Record<string, PhoneScript>
}

export const STAND_IN_DEFAULTS = {
  consumerKey: 'stand-in-consumer-key',
  consumerSecret: 'stand-in-consumer-secret',
  // Daraja's public sandbox passkey and shortcode: the stand-in checks passwords exactly as
  // the sandbox would.
  passkey: 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
  shortcode: '174379',
  // The till the bundled dataset's support page shows, so a site pointed at the stand-in
  // passes its "same till" check without extra settings.
  till: '9549825',
  tokenLifetimeSeconds: 3599,
  callbackDelayMs: 1000,
  duplicateAfterMs: 200,
  lateByMs: 200,
  timestampToleranceMs: 10 * 60_000,
  callbackTimeoutMs: 5000,
} as const

export type DarajaStandIn = {
  /** `http://127.0.0.1:<port>`: the site's MPESA_API_URL. */
  url: string
  port: number
  /** The credentials it expects (for the site's MPESA_* variables). */
  credentials: {
    consumerKey: string
    consumerSecret: string
    passkey: string
    shortcode: string
    till: string
  }
  /** Script a phone number (254XXXXXXXXX), or `default` for every unscripted number. */
  setScript(msisdn: string, script: PhoneScript): void
  clearScript(msisdn: string): void
  scripts(): Record<string, PhoneScript>
  /** Every prompt so far, and the totals. */
  ledger(): { summary: LedgerSummary; prompts: LedgerEntry[] }
  /** Every token issued so far stops working (Daraja answers 404.001.03 to it). */
  expireTokens(): void
  /** Post a prompt's result again now (a repeated callback on demand). */
  resendCallback(checkoutRequestId: string): Promise<CallbackDelivery | undefined>
  /** Resolves once no callback is scheduled or in flight (late ones wait for a query). */
  settled(): Promise<void>
  /** Forget prompts, tokens and scheduled callbacks; scripts go back to those it started with. */
  reset(): void
  /** Take the API down (connections refused), keeping its state; start() brings it back. */
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

const MSISDN = /^254(?:7\d{8}|1[01]\d{7})$/
const DIGITS = /^\d{5,8}$/
const MAX_AMOUNT = 250_000
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const TRANSACTION_TYPES = new Set(['CustomerBuyGoodsOnline', 'CustomerPayBillOnline'])

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

function text(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' ? value : undefined
}

function isCallbackUrl(value: string | undefined): value is string {
  if (!value) return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
  } catch {
    return false
  }
}

export async function createDarajaStandIn(
  options: DarajaStandInOptions = {},
): Promise<DarajaStandIn> {
  const settings = { ...STAND_IN_DEFAULTS, ...withoutUndefined(options) }
  const credentials = {
    consumerKey: settings.consumerKey,
    consumerSecret: settings.consumerSecret,
    passkey: settings.passkey,
    shortcode: settings.shortcode,
    till: settings.till,
  }
  let ledger = new Ledger()
  const scripts = new Map<string, PhoneScript>(Object.entries(options.scripts ?? {}))
  const tokens = new Map<string, number>()
  const sender = new CallbackSender(settings.callbackTimeoutMs)
  const hanging = new Set<ServerResponse>()

  const scriptFor = (msisdn: string): ResolvedScript =>
    resolveScript(scripts.get(msisdn) ?? scripts.get('default') ?? {}, settings.callbackDelayMs)

  function issueToken(req: IncomingMessage, url: URL): unknown {
    ledger.tokenRequests++
    if (url.searchParams.get('grant_type') !== 'client_credentials') {
      throw darajaError(400, '400.008.02', 'Invalid grant type passed')
    }
    const header = req.headers.authorization ?? ''
    const expected = Buffer.from(`${settings.consumerKey}:${settings.consumerSecret}`).toString(
      'base64',
    )
    if (!header.startsWith('Basic ') || !sameText(header.slice(6).trim(), expected)) {
      throw darajaError(400, '400.008.01', 'Invalid Authentication passed')
    }
    const token = randomBytes(21).toString('base64url')
    tokens.set(token, Date.now() + settings.tokenLifetimeSeconds * 1000)
    ledger.tokensIssued++
    return { access_token: token, expires_in: String(settings.tokenLifetimeSeconds) }
  }

  function requireToken(req: IncomingMessage): void {
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : ''
    const expiresAt = tokens.get(token)
    if (expiresAt === undefined || expiresAt <= Date.now()) {
      if (expiresAt !== undefined) tokens.delete(token)
      // Daraja's error codes begin with their HTTP status (400.002.02 is a 400, 500.001.1001
      // a 500), so this one is a 404; some report a 401. The site's client reads the code.
      throw darajaError(404, '404.001.03', 'Invalid Access Token')
    }
  }

  async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const raw = await readText(req)
    if (raw === undefined) throw badRequest('Request Payload')
    try {
      const body: unknown = JSON.parse(raw)
      if (isRecord(body)) return body
    } catch {
      // answered below
    }
    throw badRequest('JSON')
  }

  /** BusinessShortCode, Timestamp and Password, as both STK endpoints check them. */
  function checkCredentials(body: Record<string, unknown>): void {
    const shortcode = text(body, 'BusinessShortCode')
    if (!shortcode || !DIGITS.test(shortcode)) throw badRequest('BusinessShortCode')
    const timestamp = text(body, 'Timestamp')
    const instant = timestamp === undefined ? undefined : parseNairobiTimestamp(timestamp)
    if (timestamp === undefined || instant === undefined) throw badRequest('Timestamp')
    const tolerance = settings.timestampToleranceMs
    if (tolerance > 0 && Math.abs(instant - Date.now()) > tolerance) throw badRequest('Timestamp')
    if (shortcode !== settings.shortcode) {
      throw darajaError(500, '500.001.1001', 'Merchant does not exist')
    }
    const expected = Buffer.from(`${settings.shortcode}${settings.passkey}${timestamp}`).toString(
      'base64',
    )
    const password = text(body, 'Password') ?? ''
    if (!sameText(password, expected)) throw darajaError(500, '500.001.1001', 'Wrong credentials')
  }

  async function stkPush(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    ledger.pushRequests++
    try {
      requireToken(req)
      const body = await jsonBody(req)
      checkCredentials(body)
      const transactionType = text(body, 'TransactionType')
      if (!transactionType || !TRANSACTION_TYPES.has(transactionType)) {
        throw badRequest('TransactionType')
      }
      const amountText = text(body, 'Amount')?.trim() ?? ''
      const amount = Number(amountText)
      if (!/^\d+(?:\.0+)?$/.test(amountText) || amount < 1 || amount > MAX_AMOUNT) {
        throw badRequest('Amount')
      }
      const partyA = text(body, 'PartyA')
      if (!partyA || !MSISDN.test(partyA)) throw badRequest('PartyA')
      const partyB = text(body, 'PartyB')
      if (!partyB || !DIGITS.test(partyB)) throw badRequest('PartyB')
      const phoneNumber = text(body, 'PhoneNumber')
      if (!phoneNumber || !MSISDN.test(phoneNumber)) throw badRequest('PhoneNumber')
      const callbackUrl = text(body, 'CallBackURL')
      if (!isCallbackUrl(callbackUrl)) throw badRequest('CallBackURL')
      const accountReference = text(body, 'AccountReference') ?? ''
      if (accountReference.length < 1 || accountReference.length > 12) {
        throw badRequest('AccountReference')
      }
      const transactionDesc = text(body, 'TransactionDesc') ?? ''
      if (transactionDesc.length < 1 || transactionDesc.length > 13) {
        throw badRequest('TransactionDesc')
      }
      // A till (Buy Goods) is paid to PartyB = the till; a paybill to its own shortcode.
      const payee =
        transactionType === 'CustomerBuyGoodsOnline' ? settings.till : settings.shortcode
      if (partyB !== payee) throw badRequest('PartyB')
      const now = Date.now()
      if (ledger.openPromptFor(phoneNumber, now)) {
        throw darajaError(
          500,
          '500.001.1001',
          'Unable to lock subscriber, a transaction is already in process for the current subscriber',
        )
      }
      const script = scriptFor(phoneNumber)
      if (script.push === 'error-500') {
        throw darajaError(500, '500.003.1001', 'Internal Server Error')
      }
      if (script.push === 'hang') {
        ledger.countPushAnswer('hang')
        hanging.add(res)
        res.on('close', () => hanging.delete(res))
        return HANG
      }
      const ids = ledger.newIds(nairobiTimestamp(new Date(now)))
      const prompt: Prompt = {
        ...ids,
        msisdn: phoneNumber,
        amount,
        partyB,
        transactionType,
        accountReference,
        transactionDesc,
        callbackUrl,
        requestedAt: now,
        dueAt: now + script.delayMs,
        script,
        receipt: script.outcome === 'paid' ? ledger.newReceipt() : undefined,
        callbacks: [],
        queries: 0,
        settledQueryAt: undefined,
      }
      ledger.add(prompt)
      if (script.callback === 'once' || script.callback === 'twice') {
        sender.schedule(prompt, script.delayMs, 'first')
      }
      if (script.callback === 'twice') {
        sender.schedule(prompt, script.delayMs + settings.duplicateAfterMs, 'duplicate')
      }
      ledger.countPushAnswer('accepted')
      return {
        MerchantRequestID: ids.merchantRequestId,
        CheckoutRequestID: ids.checkoutRequestId,
        ResponseCode: '0',
        ResponseDescription: 'Success. Request accepted for processing',
        CustomerMessage: 'Success. Request accepted for processing',
      }
    } catch (error) {
      if (error instanceof DarajaAnswer) {
        const body = error.body as { errorCode: string; errorMessage: string }
        ledger.countPushAnswer(`${error.status} ${body.errorCode} ${body.errorMessage}`)
      }
      throw error
    }
  }

  async function stkQuery(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    ledger.queries++
    requireToken(req)
    const body = await jsonBody(req)
    checkCredentials(body)
    const checkoutRequestId = text(body, 'CheckoutRequestID') ?? ''
    const prompt = ledger.get(checkoutRequestId)
    if (!prompt) throw badRequest('CheckoutRequestID')
    prompt.queries++
    if (prompt.script.query === 'error-500') {
      throw darajaError(500, '500.003.1001', 'Internal Server Error')
    }
    if (prompt.script.query === 'hang') {
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return HANG
    }
    const now = Date.now()
    if (now < prompt.dueAt) {
      // Daraja's answer while the supporter has not answered the prompt yet.
      throw new DarajaAnswer(500, {
        requestId: prompt.checkoutRequestId,
        errorCode: '500.001.1001',
        errorMessage: 'The transaction is being processed',
      })
    }
    if (prompt.settledQueryAt === undefined) {
      prompt.settledQueryAt = now
      if (prompt.script.callback === 'late') sender.schedule(prompt, settings.lateByMs, 'late')
    }
    return {
      ResponseCode: '0',
      // Daraja's own spelling.
      ResponseDescription: 'The service request has been accepted successsfully',
      MerchantRequestID: prompt.merchantRequestId,
      CheckoutRequestID: prompt.checkoutRequestId,
      ResultCode: String(prompt.script.resultCode),
      ResultDesc: prompt.script.resultDesc,
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid')
    const route = `${req.method ?? 'GET'} ${url.pathname}`
    try {
      let answer: unknown
      if (route === 'GET /ping') return sendText(res, 200, 'PONG')
      else if (route === 'GET /oauth/v1/generate') answer = issueToken(req, url)
      else if (route === 'POST /mpesa/stkpush/v1/processrequest') answer = await stkPush(req, res)
      else if (route === 'POST /mpesa/stkpushquery/v1/query') answer = await stkQuery(req, res)
      else throw darajaError(404, '404.001.01', 'Resource not found')
      if (answer !== HANG) sendJson(res, 200, answer)
    } catch (error) {
      if (error instanceof DarajaAnswer) return sendJson(res, error.status, error.body)
      console.error('[daraja-stand-in] request failed:', error)
      sendJson(res, 500, {
        requestId: requestId(),
        errorCode: '500.003.1001',
        errorMessage: 'Internal Server Error',
      })
    }
  }

  const sockets = new Set<Socket>()
  let server: Server | undefined
  let port = settings.port ?? 0

  async function listen(): Promise<void> {
    const next = createServer((req, res) => {
      res.on('error', () => undefined)
      void handle(req, res)
    })
    next.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => {
        next.off('error', reject)
        resolve()
      })
    })
    port = (next.address() as AddressInfo).port
    server = next
  }

  async function stop(): Promise<void> {
    const current = server
    if (!current) return
    server = undefined
    const closed = new Promise<void>((resolve) => current.close(() => resolve()))
    for (const res of hanging) res.destroy()
    for (const socket of sockets) socket.destroy()
    await closed
  }

  await listen()

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    credentials,
    setScript: (msisdn, script) => {
      scripts.set(msisdn, script)
    },
    clearScript: (msisdn) => {
      scripts.delete(msisdn)
    },
    scripts: () => Object.fromEntries(scripts),
    ledger: () => ({
      summary: ledger.summary(Date.now()),
      prompts: ledger.entries(Date.now()),
    }),
    expireTokens: () => tokens.clear(),
    async resendCallback(checkoutRequestId) {
      const prompt = ledger.get(checkoutRequestId)
      return prompt ? sender.deliver(prompt, 'resent') : undefined
    },
    settled: () => sender.settled(),
    reset: () => {
      sender.cancelAll()
      ledger = new Ledger()
      scripts.clear()
      for (const [msisdn, script] of Object.entries(options.scripts ?? {})) {
        scripts.set(msisdn, script)
      }
      tokens.clear()
    },
    stop,
    start: async () => {
      if (!server) await listen()
    },
    close: async () => {
      sender.cancelAll()
      await stop()
    },
  }
}

/** A handler's way of saying "leave this request unanswered". */
const HANG = Symbol('hang')

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>
}

// Daraja, Safaricom's M-Pesa API: the OAuth token, the STK push ("Lipa na M-Pesa Online",
// M-Pesa Express) and its query. No npm client for Daraja is kept up, so this is our own,
// small and typed. Every answer is a tagged result; nothing here throws at the caller, and
// nothing Daraja sends reaches a supporter except through messages.ts.
//
// Imports are relative (not `@/…`) so that Node runs this module as is: the benchmarks and
// the stand-in's test drive it outside Next.js.
import '../../server-only.ts'
import type { MpesaConfig } from '../../env/mpesa.ts'
import { MAX_AMOUNT_KES, MIN_AMOUNT_KES } from '../amount.ts'
import { isMsisdn } from '../phone-number.ts'
import { callDaraja, type DarajaAnswer } from './http.ts'
import {
  darajaErrorOf,
  forLog,
  logLine,
  refusalMessage,
  SUPPORTER_MESSAGES,
  type DarajaErrorBody,
} from './messages.ts'
import { outcomeOf, resultCodeText, type GiftOutcome } from './outcome.ts'
import { nairobiTimestamp, password } from './password.ts'
import { createTokenCache, type IssuedToken } from './token-cache.ts'

export type DarajaConfig = Pick<
  MpesaConfig,
  'apiUrl' | 'consumerKey' | 'consumerSecret' | 'passkey' | 'shortcode' | 'till'
>

export type DarajaClientOptions = {
  /** The fetch to use (unit tests pass a fake); default the global one. */
  fetch?: typeof fetch
  /** Per request, connecting and reading included. Default DEFAULT_DARAJA_TIMEOUT_MS. */
  timeoutMs?: number
  /** The clock for timestamps and the token's life. */
  now?: () => Date
}

/** Long enough for Daraja on a slow day, short enough for a supporter waiting on a form. */
export const DEFAULT_DARAJA_TIMEOUT_MS = 8000

/** Daraja's limits on the two free-text fields of an STK push. */
export const ACCOUNT_REFERENCE_MAX = 12
export const TRANSACTION_DESC_MAX = 13

export type StkPushRequest = {
  /** 254XXXXXXXXX (lib/mpesa/phone-number.ts). */
  msisdn: string
  /** Whole shillings, MIN_AMOUNT_KES..MAX_AMOUNT_KES. */
  amount: number
  /** Where Daraja posts the result: https (http only on loopback, for the tests). */
  callbackUrl: string
  /** Shown on the supporter's prompt and statement; at most 12 characters. */
  accountReference: string
  /** At most 13 characters. */
  description: string
}

/** Daraja did not take the request, or it is not Daraja's to take. */
export type Refusal = {
  kind: 'rejected'
  /** Daraja's errorCode or ResponseCode, or `invalid-request` when it was never sent. */
  code: string
  supporterMessage: string
  logMessage: string
}

export type Unavailable = {
  kind: 'unavailable'
  supporterMessage: string
  logMessage: string
  /**
   * True when the request may have reached Daraja before the answer was lost (a timeout, a
   * reset connection): a prompt may still reach the phone and its callback still arrive.
   */
  maybeSent: boolean
}

export type StkPushResult =
  { kind: 'accepted'; merchantRequestId: string; checkoutRequestId: string } | Refusal | Unavailable

export type StkQueryResult =
  | {
      kind: 'settled'
      resultCode: string
      resultDesc: string
      outcome: GiftOutcome
    }
  /** Daraja's 500.001.1001 "The transaction is being processed": ask again later. */
  | { kind: 'processing' }
  | Unavailable

export type DarajaClient = {
  stkPush(request: StkPushRequest): Promise<StkPushResult>
  stkPushQuery(checkoutRequestId: string): Promise<StkQueryResult>
  /** A current access token (shared and cached); throws DarajaTokenError. For diagnostics. */
  accessToken(): Promise<string>
}

/** The OAuth request failed; `logMessage` says how, without the credentials. */
export class DarajaTokenError extends Error {
  readonly logMessage: string
  constructor(logMessage: string) {
    super(logMessage)
    this.name = 'DarajaTokenError'
    this.logMessage = logMessage
  }
}

const INVALID_TOKEN_CODE = '404.001.03'
const DELIBERATE_REFUSAL_CODE = '500.001.1001'
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringField(json: unknown, name: string): string | undefined {
  if (!isRecord(json)) return undefined
  const value = json[name]
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function isInvalidToken(answer: DarajaAnswer): boolean {
  if (answer.kind !== 'answered') return false
  return answer.status === 401 || darajaErrorOf(answer.json)?.errorCode === INVALID_TOKEN_CODE
}

function unavailableFrom(operation: string, answer: DarajaAnswer, note?: string): Unavailable {
  if (answer.kind === 'no-answer') {
    const timedOut = answer.reason === 'timeout'
    return {
      kind: 'unavailable',
      supporterMessage:
        timedOut && operation === 'stkpush'
          ? SUPPORTER_MESSAGES.timedOut
          : SUPPORTER_MESSAGES.unavailable,
      logMessage: `daraja ${operation}: ${answer.reason} (${forLog(answer.detail, 80)})`,
      maybeSent: answer.reason !== 'refused',
    }
  }
  return {
    kind: 'unavailable',
    supporterMessage: SUPPORTER_MESSAGES.unavailable,
    logMessage: logLine(
      operation,
      answer.status,
      darajaErrorOf(answer.json),
      note ?? (answer.json === undefined ? 'answer is not JSON' : undefined),
    ),
    maybeSent: false,
  }
}

function invalidRequest(problem: string): Refusal {
  return {
    kind: 'rejected',
    code: 'invalid-request',
    supporterMessage: SUPPORTER_MESSAGES.siteProblem,
    logMessage: `daraja stkpush: not sent, ${problem}`,
  }
}

function checkPushRequest(request: StkPushRequest): Refusal | undefined {
  if (!isMsisdn(request.msisdn)) return invalidRequest('msisdn is not 254XXXXXXXXX')
  const { amount } = request
  if (!Number.isInteger(amount) || amount < MIN_AMOUNT_KES || amount > MAX_AMOUNT_KES) {
    return invalidRequest(`amount ${amount} is not whole shillings in the allowed range`)
  }
  let callback: URL
  try {
    callback = new URL(request.callbackUrl)
  } catch {
    return invalidRequest('callbackUrl is not a URL')
  }
  const loopbackHttp = callback.protocol === 'http:' && LOOPBACK.has(callback.hostname)
  if (callback.protocol !== 'https:' && !loopbackHttp) {
    return invalidRequest('callbackUrl is not https')
  }
  const texts = [
    ['accountReference', request.accountReference, ACCOUNT_REFERENCE_MAX],
    ['description', request.description, TRANSACTION_DESC_MAX],
  ] as const
  for (const [name, value, max] of texts) {
    if (value.length === 0 || value.length > max || /[\u0000-\u001f\u007f]/.test(value)) {
      return invalidRequest(`${name} must be 1 to ${max} printable characters`)
    }
  }
  return undefined
}

export function createDarajaClient(
  config: DarajaConfig,
  options: DarajaClientOptions = {},
): DarajaClient {
  const fetchImpl = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? DEFAULT_DARAJA_TIMEOUT_MS
  const now = options.now ?? (() => new Date())
  const base = config.apiUrl.replace(/\/+$/, '')
  const basic = Buffer.from(`${config.consumerKey}:${config.consumerSecret}`).toString('base64')

  async function fetchToken(): Promise<IssuedToken> {
    const answer = await callDaraja(
      fetchImpl,
      `${base}/oauth/v1/generate?grant_type=client_credentials`,
      { method: 'GET', headers: { authorization: `Basic ${basic}`, accept: 'application/json' } },
      timeoutMs,
    )
    if (answer.kind === 'no-answer') {
      throw new DarajaTokenError(`daraja oauth: ${answer.reason} (${forLog(answer.detail, 80)})`)
    }
    const token = stringField(answer.json, 'access_token')
    if (answer.status !== 200 || !token) {
      throw new DarajaTokenError(
        logLine('oauth', answer.status, darajaErrorOf(answer.json), 'no access token'),
      )
    }
    // Daraja sends expires_in as a string ("3599"); an hour is what it documents.
    const expiresIn = Number(stringField(answer.json, 'expires_in') ?? 3599)
    return { token, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 0 }
  }

  const tokens = createTokenCache(fetchToken, () => now().getTime())

  /**
   * POSTs with a current token. A token Daraja no longer takes (expired early, revoked) is
   * dropped and the request sent once more with a fresh one: a refused token means Daraja
   * did nothing with the request, so sending it again cannot prompt a phone twice.
   */
  async function postWithToken(
    operation: string,
    path: string,
    body: Record<string, unknown>,
  ): Promise<DarajaAnswer | Unavailable> {
    for (let attempt = 0; ; attempt++) {
      let token: string
      try {
        token = await tokens.get()
      } catch (error) {
        const logMessage =
          error instanceof DarajaTokenError ? error.logMessage : 'daraja oauth: failed'
        return {
          kind: 'unavailable',
          supporterMessage: SUPPORTER_MESSAGES.unavailable,
          logMessage: `${logMessage} (before ${operation})`,
          maybeSent: false,
        }
      }
      const answer = await callDaraja(
        fetchImpl,
        `${base}${path}`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify(body),
        },
        timeoutMs,
      )
      if (!isInvalidToken(answer)) return answer
      tokens.invalidate(token)
      if (attempt >= 1) {
        return {
          ...unavailableFrom(operation, answer, 'token refused twice'),
          supporterMessage: SUPPORTER_MESSAGES.siteProblem,
        }
      }
    }
  }

  function credentials() {
    const timestamp = nairobiTimestamp(now())
    return {
      BusinessShortCode: config.shortcode,
      Password: password(config.shortcode, config.passkey, timestamp),
      Timestamp: timestamp,
    }
  }

  async function stkPush(request: StkPushRequest): Promise<StkPushResult> {
    const invalid = checkPushRequest(request)
    if (invalid) return invalid
    const answer = await postWithToken('stkpush', '/mpesa/stkpush/v1/processrequest', {
      ...credentials(),
      // A till: the money goes to PartyB, the till, under the store number above it.
      TransactionType: 'CustomerBuyGoodsOnline',
      Amount: request.amount,
      PartyA: request.msisdn,
      PartyB: config.till,
      PhoneNumber: request.msisdn,
      CallBackURL: request.callbackUrl,
      AccountReference: request.accountReference,
      TransactionDesc: request.description,
    })
    if (answer.kind === 'unavailable' || answer.kind === 'no-answer') {
      return answer.kind === 'unavailable' ? answer : unavailableFrom('stkpush', answer)
    }
    const { status, json } = answer
    const error = darajaErrorOf(json)
    if (status === 200) {
      const responseCode = stringField(json, 'ResponseCode')
      const merchantRequestId = stringField(json, 'MerchantRequestID')
      const checkoutRequestId = stringField(json, 'CheckoutRequestID')
      if (responseCode === '0' && merchantRequestId && checkoutRequestId) {
        return { kind: 'accepted', merchantRequestId, checkoutRequestId }
      }
      if (responseCode !== undefined && responseCode !== '0') {
        const description = stringField(json, 'ResponseDescription')
        const asError: DarajaErrorBody = { errorCode: responseCode, errorMessage: description }
        return {
          kind: 'rejected',
          code: responseCode,
          supporterMessage: refusalMessage(asError),
          logMessage: logLine('stkpush', status, asError),
        }
      }
      return unavailableFrom('stkpush', answer, 'answer has no CheckoutRequestID')
    }
    // 4xx with Daraja's error body: the request was looked at and refused. 500.001.1001
    // is also deliberate (wrong credentials, a prompt already open on that phone). Other
    // 5xx, and 429 (Daraja's rate limit), mean try later.
    const refused =
      error?.errorCode !== undefined &&
      ((status >= 400 && status < 500 && status !== 429) ||
        error.errorCode === DELIBERATE_REFUSAL_CODE)
    if (refused) {
      return {
        kind: 'rejected',
        code: error.errorCode ?? String(status),
        supporterMessage: refusalMessage(error),
        logMessage: logLine('stkpush', status, error),
      }
    }
    return unavailableFrom('stkpush', answer)
  }

  async function stkPushQuery(checkoutRequestId: string): Promise<StkQueryResult> {
    const answer = await postWithToken('stkpushquery', '/mpesa/stkpushquery/v1/query', {
      ...credentials(),
      CheckoutRequestID: checkoutRequestId,
    })
    if (answer.kind === 'unavailable' || answer.kind === 'no-answer') {
      return answer.kind === 'unavailable' ? answer : unavailableFrom('stkpushquery', answer)
    }
    const { status, json } = answer
    const error = darajaErrorOf(json)
    if (
      error?.errorCode === DELIBERATE_REFUSAL_CODE &&
      /being processed/i.test(error.errorMessage ?? '')
    ) {
      return { kind: 'processing' }
    }
    const resultCode = stringField(json, 'ResultCode')
    if (status === 200 && stringField(json, 'ResponseCode') === '0' && resultCode !== undefined) {
      const code = resultCodeText(resultCode)
      return {
        kind: 'settled',
        resultCode: code,
        resultDesc: forLog(stringField(json, 'ResultDesc') ?? '', 200),
        outcome: outcomeOf(code),
      }
    }
    return unavailableFrom('stkpushquery', answer)
  }

  return { stkPush, stkPushQuery, accessToken: () => tokens.get() }
}

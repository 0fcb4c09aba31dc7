// What the stand-in does with a prompt to a given phone number: the outcome the supporter
// "chooses" on their phone, and how Daraja behaves around it. Unknown numbers get the
// default script (paid, one callback).

export type Outcome =
  'paid' | 'cancelled' | 'no-answer' | 'insufficient-funds' | 'wrong-pin' | 'failed'

export type PhoneScript = {
  /** What happens on the phone. Default `paid`. */
  outcome?: Outcome
  /** Daraja's ResultCode for it; default per outcome (0, 1032, 1037, 1, 2001; failed: 1019). */
  resultCode?: number | string
  resultDesc?: string
  /**
   * How the result is posted to the CallBackURL: `once` (default), `twice` (a duplicate
   * shortly after), `late` (only after a query has answered the result), `never`
   * (default for `no-answer`: a phone that never answered gets no callback).
   */
  callback?: 'once' | 'twice' | 'late' | 'never'
  /** How Daraja answers the STK push: `accept` (default), `error-500`, `hang` (never). */
  push?: 'accept' | 'error-500' | 'hang'
  /** How Daraja answers queries for it: `answer` (default), `error-500`, `hang`. */
  query?: 'answer' | 'error-500' | 'hang'
  /** When the outcome is due (the callback goes, the query stops saying "processing"). */
  delayMs?: number
}

/** A script with every choice made. */
export type ResolvedScript = Required<Omit<PhoneScript, 'delayMs'>> & { delayMs: number }

const OUTCOMES: readonly Outcome[] = [
  'paid',
  'cancelled',
  'no-answer',
  'insufficient-funds',
  'wrong-pin',
  'failed',
]

/** Daraja's codes and descriptions for each outcome, as its callbacks and queries give them. */
export const RESULTS: Record<Outcome, { code: number | string; desc: string }> = {
  paid: { code: 0, desc: 'The service request is processed successfully.' },
  cancelled: { code: 1032, desc: 'Request cancelled by user' },
  'no-answer': { code: 1037, desc: 'DS timeout user cannot be reached' },
  'insufficient-funds': { code: 1, desc: 'The balance is insufficient for the transaction' },
  'wrong-pin': { code: 2001, desc: 'The initiator information is invalid.' },
  failed: { code: 1019, desc: 'Transaction has expired' },
}

export function resolveScript(script: PhoneScript, defaultDelayMs: number): ResolvedScript {
  const outcome = script.outcome ?? 'paid'
  return {
    outcome,
    resultCode: script.resultCode ?? RESULTS[outcome].code,
    resultDesc: script.resultDesc ?? RESULTS[outcome].desc,
    callback: script.callback ?? (outcome === 'no-answer' ? 'never' : 'once'),
    push: script.push ?? 'accept',
    query: script.query ?? 'answer',
    delayMs: script.delayMs ?? defaultDelayMs,
  }
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)

/** A script from the control API or a scripts file, or what is wrong with it. */
export function parseScript(value: unknown): PhoneScript | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'a script is a JSON object'
  }
  const input = value as Record<string, unknown>
  const known = ['outcome', 'resultCode', 'resultDesc', 'callback', 'push', 'query', 'delayMs']
  const unknown = Object.keys(input).find((key) => !known.includes(key))
  if (unknown) return `unknown script field "${unknown}" (known: ${known.join(', ')})`
  const script: PhoneScript = {}
  if (input.outcome !== undefined) {
    if (!oneOf(input.outcome, OUTCOMES)) return `outcome must be one of ${OUTCOMES.join(', ')}`
    script.outcome = input.outcome
  }
  if (input.resultCode !== undefined) {
    const code = input.resultCode
    if (!(typeof code === 'string' && code.trim() !== '') && !Number.isInteger(code)) {
      return 'resultCode must be an integer or a non-empty string'
    }
    script.resultCode = code as number | string
  }
  if (input.resultDesc !== undefined) {
    if (typeof input.resultDesc !== 'string') return 'resultDesc must be a string'
    script.resultDesc = input.resultDesc
  }
  if (input.callback !== undefined) {
    if (!oneOf(input.callback, ['once', 'twice', 'late', 'never'] as const)) {
      return 'callback must be once, twice, late or never'
    }
    script.callback = input.callback
  }
  if (input.push !== undefined) {
    if (!oneOf(input.push, ['accept', 'error-500', 'hang'] as const)) {
      return 'push must be accept, error-500 or hang'
    }
    script.push = input.push
  }
  if (input.query !== undefined) {
    if (!oneOf(input.query, ['answer', 'error-500', 'hang'] as const)) {
      return 'query must be answer, error-500 or hang'
    }
    script.query = input.query
  }
  if (input.delayMs !== undefined) {
    const delay = input.delayMs
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0) {
      return 'delayMs must be a whole number of milliseconds'
    }
    script.delayMs = delay
  }
  return script
}

export { OUTCOMES }

/**
 * What a supporter reads when Daraja does not take a request, and the line the log gets.
 * Daraja's own words (`Bad Request - Invalid PhoneNumber`) go to the log only, cleaned.
 */
export const SUPPORTER_MESSAGES = {
  unavailable:
    'M-Pesa is not answering right now, so no prompt was sent. Please try again in a few minutes, or give with the till number.',
  timedOut:
    'M-Pesa did not answer in time. If a prompt reaches your phone you can still enter your PIN; if not, try again in a few minutes or give with the till number.',
  phoneRefused:
    'M-Pesa did not accept that phone number. Check it and try again, or give with the till number.',
  promptOpen:
    'Your phone already has an M-Pesa prompt waiting. Answer or cancel it, then try again.',
  amountRefused:
    'M-Pesa did not accept that amount. Try another amount, or give with the till number.',
  siteProblem:
    'Giving by phone is not working on our side right now. You can still give with the till number.',
} as const

/** Daraja's error body: `{requestId, errorCode, errorMessage}`. */
export type DarajaErrorBody = { requestId?: string; errorCode?: string; errorMessage?: string }

export function darajaErrorOf(json: unknown): DarajaErrorBody | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const { requestId, errorCode, errorMessage } = json as Record<string, unknown>
  if (typeof errorCode !== 'string' && typeof errorMessage !== 'string') return undefined
  return {
    requestId: typeof requestId === 'string' ? requestId : undefined,
    errorCode: typeof errorCode === 'string' ? errorCode : undefined,
    errorMessage: typeof errorMessage === 'string' ? errorMessage : undefined,
  }
}

/** Text from outside, fit for one log line: no control characters, bounded. */
export function forLog(text: string, max = 160): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/** `daraja stkpush: HTTP 400 400.002.02 "Bad Request - Invalid PhoneNumber" (request 1234-5678-1)` */
export function logLine(
  operation: string,
  status: number | undefined,
  error: DarajaErrorBody | undefined,
  note?: string,
): string {
  const parts = [`daraja ${operation}:`]
  if (status !== undefined) parts.push(`HTTP ${status}`)
  if (error?.errorCode) parts.push(forLog(error.errorCode, 32))
  if (error?.errorMessage) parts.push(`"${forLog(error.errorMessage)}"`)
  if (note) parts.push(note)
  if (error?.requestId) parts.push(`(request ${forLog(error.requestId, 64)})`)
  return parts.join(' ')
}

/** The sentence for an STK push Daraja refused, from what its message says was wrong. */
export function refusalMessage(error: DarajaErrorBody | undefined): string {
  const message = error?.errorMessage ?? ''
  if (/lock subscriber|already in process/i.test(message)) return SUPPORTER_MESSAGES.promptOpen
  if (/PhoneNumber|PartyA/i.test(message)) return SUPPORTER_MESSAGES.phoneRefused
  if (/Amount/i.test(message)) return SUPPORTER_MESSAGES.amountRefused
  // Credentials, store number, till, timestamp, callback address: ours to fix, not theirs.
  return SUPPORTER_MESSAGES.siteProblem
}

import { expect } from '@playwright/test'
import { darajaControlURL } from './setup.ts'

// The Daraja stand-in's control port (tools/daraja-stand-in/README.md, "The control port").

export type StandInScript = {
  outcome?: 'paid' | 'cancelled' | 'no-answer' | 'insufficient-funds' | 'wrong-pin' | 'failed'
  callback?: 'once' | 'twice' | 'late' | 'never'
  push?: 'accept' | 'error-500' | 'hang'
  query?: 'answer' | 'error-500' | 'hang'
  delayMs?: number
}

export type LedgerEntry = {
  checkoutRequestId: string
  msisdn: string
  amount: number
  partyB: string
  accountReference: string
  transactionDesc: string
  callbackUrl: string
  outcome: string
  resultCode: string | number
  receipt: string | null
  due: boolean
  told: boolean
  callbacks: { at: string; kind: string; status: number | null; error: string | null }[]
}

async function control(method: string, path: string, body?: unknown) {
  const answer = await fetch(`${darajaControlURL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!answer.ok)
    throw new Error(`stand-in ${method} ${path}: ${answer.status} ${await answer.text()}`)
  return answer.status === 204 ? null : answer.json()
}

export const setScript = (msisdn: string, script: StandInScript) =>
  control('PUT', `/scripts/${msisdn}`, script)

export const stopDaraja = () => control('POST', '/stop')
export const startDaraja = () => control('POST', '/start')
export const resendCallback = (checkoutRequestId: string) =>
  control('POST', `/callbacks/${checkoutRequestId}/resend`)

export async function promptsTo(msisdn: string): Promise<LedgerEntry[]> {
  const { prompts } = (await control('GET', '/ledger')) as { prompts: LedgerEntry[] }
  return prompts.filter((prompt) => prompt.msisdn === msisdn)
}

/** The one prompt sent to a number, once the stand-in has it. */
export async function onlyPromptTo(msisdn: string): Promise<LedgerEntry> {
  await expect.poll(async () => (await promptsTo(msisdn)).length).toBe(1)
  return (await promptsTo(msisdn))[0]!
}

/**
 * A phone number of its own for each test, so one test's prompts and limits never meet
 * another's (and runs one after another on the same data folder neither): 07XX XXX XXX.
 */
export function freshPhone(): { typed: string; msisdn: string } {
  const digits =
    String(Date.now() % 1e6).padStart(6, '0') + String(counter++ % 100).padStart(2, '0')
  const local = `7${digits.slice(-8)}`
  return {
    typed: `0${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`,
    msisdn: `254${local}`,
  }
}
let counter = 0

/** A client address of its own, sent as the proxy in front would (NABADO_TRUSTED_PROXIES=1). */
export function freshClientAddress(): string {
  addressCounter++
  return `198.51.100.${((Date.now() + addressCounter) % 250) + 1}`
}
let addressCounter = 0

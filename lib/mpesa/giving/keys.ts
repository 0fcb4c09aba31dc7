import '@/lib/server-only.ts'
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { MpesaConfig } from '@/lib/env/mpesa.ts'

/**
 * The keys giving needs, derived from the M-Pesa secrets the server already holds (the
 * passkey and the consumer secret never leave it), one per purpose so that no value made for
 * one use can be replayed in another. Rotating those secrets rotates these: limits start
 * afresh (harmless, they span minutes) and forms older than the rotation are refused.
 */
export type GivingKeys = { phone: Buffer; client: Buffer; form: Buffer; callback: Buffer }

export function givingKeys(config: Pick<MpesaConfig, 'passkey' | 'consumerSecret'>): GivingKeys {
  const root = createHmac('sha256', config.passkey).update(config.consumerSecret).digest()
  const derive = (purpose: string) => createHmac('sha256', root).update(purpose).digest()
  return {
    phone: derive('nabado/gifts/phone-hash/v1'),
    client: derive('nabado/gifts/client-hash/v1'),
    form: derive('nabado/gifts/form-token/v1'),
    callback: derive('nabado/gifts/callback-token/v1'),
  }
}

/** A keyed hash, for counting prompts per number or per address without keeping either. */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url')
}

/** Whether a secret someone sent equals the one expected, in time that does not tell how close. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

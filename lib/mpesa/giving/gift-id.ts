import { randomBytes } from 'node:crypto'
import { keyedHash, sameSecret } from './keys.ts'

/**
 * A gift's id: 18 random bytes, 24 characters of base64url. It is the status page's address,
 * so it must be unguessable: knowing one attempt's address tells nothing of another's.
 */
export function newGiftId(): string {
  return randomBytes(18).toString('base64url')
}

const GIFT_ID = /^[A-Za-z0-9_-]{24}$/

export function isGiftId(value: unknown): value is string {
  return typeof value === 'string' && GIFT_ID.test(value)
}

/**
 * The secret in an attempt's callback address. Daraja does not sign its callbacks, so the
 * address itself must be one nobody else can make: an HMAC of the id under a server key.
 * Nothing is stored for it, and it is never shown (the status page has the id only).
 */
export function callbackToken(key: Buffer, giftId: string): string {
  return keyedHash(key, `callback:${giftId}`)
}

export function isCallbackToken(key: Buffer, giftId: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length !== 43) return false
  return sameSecret(token, callbackToken(key, giftId))
}

/** Where Daraja posts this attempt's result: `<MPESA_CALLBACK_URL>/api/mpesa/callback/<id>/<token>`. */
export function callbackUrlOf(callbackBase: string, key: Buffer, giftId: string): string {
  return `${callbackBase}/api/mpesa/callback/${giftId}/${callbackToken(key, giftId)}`
}

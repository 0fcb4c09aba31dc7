import '@/lib/server-only.ts'
import type { GiveFormProps } from '@/lib/view-props/giving.ts'
import { MAX_AMOUNT_KES, MIN_AMOUNT_KES, PRESET_AMOUNTS_KES } from '../amount.ts'
import { issueFormToken } from './form-token.ts'
import type { GivingKeys } from './keys.ts'
import { GIVING_LIMITS, type LimitHit } from './ledger.ts'

/** The "Give with M-Pesa" form as a page shows it, with a fresh form token. */
export function giveFormProps(
  keys: GivingKeys,
  extra: Pick<GiveFormProps, 'values' | 'errors' | 'notice'> = {},
  now: Date = new Date(),
): GiveFormProps {
  return {
    token: issueFormToken(keys.form, now),
    presets: PRESET_AMOUNTS_KES,
    min: MIN_AMOUNT_KES,
    max: MAX_AMOUNT_KES,
    ...extra,
  }
}

/** Said when the database cannot take an attempt: the till still works. */
export function unavailableNotice(tillNumber: string): string {
  return `Giving by phone is unavailable right now. You can still give from the M-PESA menu: Lipa na M-PESA, Buy Goods and Services, till number ${tillNumber}.`
}

const LIMIT_SENTENCES: Record<LimitHit, string> = {
  'phone-pending': 'A prompt is already waiting on this phone: answer it, or wait a few minutes.',
  'phone-10min': `This phone has had ${GIVING_LIMITS.phonePer10Min} prompts in the last 10 minutes: please wait a few minutes.`,
  'phone-day': `This phone has had ${GIVING_LIMITS.phonePerDay} prompts today: please try again tomorrow.`,
  'client-10min':
    'Too many prompts were sent from here in the last 10 minutes: please wait a few minutes.',
}

/** Over a limit (429): why, in a sentence, and the till, which has no limit. */
export function limitNotice(limit: LimitHit, tillNumber: string): string {
  return `${LIMIT_SENTENCES[limit]} Or give now from the M-PESA menu: till number ${tillNumber}.`
}

/** What the "Give with M-Pesa" form shows: on /support, and again with its errors after a post. */
export type GiveFormProps = {
  /** The signed form token (lib/mpesa/giving/form-token.ts): proves the post came from this form. */
  token: string
  presets: readonly number[]
  min: number
  max: number
  /** What the supporter typed, kept when the form comes back with an error. */
  values?: { phone: string; amount: string }
  errors?: { phone?: string; amount?: string }
  /** A sentence above the form: giving is unavailable, a limit was reached. */
  notice?: string | null
}

/** The outcome of one attempt, as its status page tells it. */
export type GiftStatus = 'pending' | 'paid' | 'cancelled' | 'failed' | 'no-answer'
/** As the status page shows it: `unknown` when the database could not be asked just now. */
export type GiftStatusShown = GiftStatus | 'unknown'
export type GiftFailure = 'cancelled' | 'no-answer' | 'insufficient-funds' | 'wrong-pin' | 'other'

export type GiftStatusProps = {
  status: GiftStatusShown
  /** Why it failed, in the supporter's terms, when it did. */
  failure: GiftFailure | null
  amount: number
  receipt: string | null
  tillNumber: string
  /** The site's address, for the WhatsApp share link after a gift. */
  siteUrl: string
  siteName: string
}

/** The page a post of the form answers with when it cannot start a prompt. */
export type GiveAgainProps = { form: GiveFormProps; tillNumber: string; status: 400 | 429 | 200 }

/** /support/give's page: the form again, or a refusal before the form could be trusted. */
export type GivePageProps =
  ({ kind: 'form' } & GiveAgainProps) | { kind: 'refused'; message: string; tillNumber: string }

/** Seconds between refreshes of a waiting attempt's page (the no-JS meta refresh; the script
 * polls as often, lib/browser/enhance/gift-status.ts). */
export const GIFT_REFRESH_SECONDS = 5

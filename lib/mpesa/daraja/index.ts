// The door to Daraja: the site imports from here, never from the files behind it.
export {
  ACCOUNT_REFERENCE_MAX,
  createDarajaClient,
  DarajaTokenError,
  DEFAULT_DARAJA_TIMEOUT_MS,
  TRANSACTION_DESC_MAX,
  type DarajaClient,
  type DarajaClientOptions,
  type DarajaConfig,
  type Refusal,
  type StkPushRequest,
  type StkPushResult,
  type StkQueryResult,
  type Unavailable,
} from './client.ts'
export {
  CALLBACK_ACKNOWLEDGEMENT,
  parseCallback,
  type ParsedCallback,
  type StkCallback,
  type StkPayment,
} from './callback.ts'
export { SUPPORTER_MESSAGES } from './messages.ts'
export { outcomeOf, resultCodeText, type GiftOutcome } from './outcome.ts'
export { nairobiTimestamp, password } from './password.ts'

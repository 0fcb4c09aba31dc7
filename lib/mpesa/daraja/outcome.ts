/**
 * What an STK push came to, in the words the status page speaks. Daraja's ResultCode
 * arrives as a number in callbacks (`0`, `1032`) and as a string in queries (`"0"`), and
 * some codes are not numbers at all (`"SFC_IC0003"`): all are read here, once.
 */
export type GiftOutcome =
  'paid' | 'cancelled' | 'no-answer' | 'insufficient-funds' | 'wrong-pin' | 'failed'

const OUTCOMES: Readonly<Record<string, GiftOutcome>> = {
  '0': 'paid',
  // "Request cancelled by user": the supporter pressed Cancel on the prompt.
  '1032': 'cancelled',
  // "DS timeout user cannot be reached": the phone was off, out of reach, or ignored it.
  '1037': 'no-answer',
  // "The balance is insufficient for the transaction".
  '1': 'insufficient-funds',
  // "The initiator information is invalid": the PIN was wrong.
  '2001': 'wrong-pin',
}

/** A ResultCode as one canonical string: `0`, `"0"`, `" 1032 "` and `"01032"` compare equal. */
export function resultCodeText(resultCode: number | string): string {
  const text = String(resultCode).trim()
  return /^\d+$/.test(text) ? String(Number(text)) : text
}

/** paid, cancelled (1032), no-answer (1037), insufficient-funds (1), wrong-pin (2001), else failed. */
export function outcomeOf(resultCode: number | string): GiftOutcome {
  return OUTCOMES[resultCodeText(resultCode)] ?? 'failed'
}

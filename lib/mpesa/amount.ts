/** Gifts are whole shillings: Daraja's Amount is an integer, and M-Pesa has no cents. */

/** The smallest gift the form takes: below it M-Pesa's own charges dwarf the gift. */
export const MIN_AMOUNT_KES = 10

/**
 * M-Pesa's limit for one transaction. The Central Bank of Kenya raised the mobile-money
 * transaction limit from KES 150,000 to KES 250,000 (and the wallet from KES 300,000 to
 * KES 500,000) in a statement of 8 September 2023, for every payment on mobile-money rails,
 * till payments included. Some reports call it "daily"; the KES 150,000 it replaced was
 * M-Pesa's per-transaction limit (the daily one had been KES 500,000 since 15 August 2023).
 * Reported by People Daily, https://www.pd.co.ke/business/cbk-increases-mobile-money-limits-200389/,
 * and Citizen Digital. Change this one constant if the limit changes.
 */
export const MAX_AMOUNT_KES = 250_000

/** The buttons offered beside "other". */
export const PRESET_AMOUNTS_KES = [50, 100, 200, 500, 1000] as const

export type AmountResult = { ok: true; amount: number } | { ok: false; reason: string }

/** "KES 1,000": thousands grouped the way Kenyan receipts print them. */
export function formatKes(amount: number): string {
  return `KES ${Math.trunc(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
}

const RANGE = `between ${formatKes(MIN_AMOUNT_KES)} and ${formatKes(MAX_AMOUNT_KES)}`

const REASONS = {
  empty: 'Choose or enter an amount in shillings.',
  notNumber: `Enter the amount in shillings as a number, ${RANGE}.`,
  decimal: 'Whole shillings only, please: M-Pesa takes no cents.',
  negative: `Enter an amount ${RANGE}.`,
  tooSmall: `The smallest gift by M-Pesa is ${formatKes(MIN_AMOUNT_KES)}.`,
  tooLarge: `M-Pesa takes at most ${formatKes(MAX_AMOUNT_KES)} in one payment.`,
} as const

/**
 * A form's amount as typed: "200", " 1,000 ", "KES 500", "Ksh 1 000", "200/=" → a whole
 * number of shillings, or a reason to show beside the field. Decimals, negatives, malformed
 * thousands separators and amounts outside MIN..MAX are refused.
 */
export function parseAmount(value: unknown): AmountResult {
  if (typeof value === 'number') return checkRange(value)
  if (typeof value !== 'string') return { ok: false, reason: REASONS.empty }
  const text = value
    .normalize('NFKC')
    .trim()
    .replace(/^(?:kes|kshs?|sh(?:s|illings)?)\.?\s*/i, '')
    .replace(/\s*(?:\/=|\/-|kes|kshs?|shillings?|bob)$/i, '')
    .trim()
  if (text === '') return { ok: false, reason: REASONS.empty }
  if (/^[-−]/.test(text)) return { ok: false, reason: REASONS.negative }
  if (/^\d[\d,\s]*[.]\d*$/.test(text)) return { ok: false, reason: REASONS.decimal }
  const plain = /^\d+$/.test(text)
  // Thousands in groups of three: "1,000", "10 000"; not "1,00" or "10,0000".
  const grouped = /^\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)$/.test(text)
  if (!plain && !grouped) return { ok: false, reason: REASONS.notNumber }
  return checkRange(Number(text.replace(/[, ]/g, '')))
}

function checkRange(amount: number): AmountResult {
  if (!Number.isFinite(amount)) return { ok: false, reason: REASONS.notNumber }
  if (!Number.isInteger(amount)) return { ok: false, reason: REASONS.decimal }
  if (amount < 0) return { ok: false, reason: REASONS.negative }
  if (amount < MIN_AMOUNT_KES) return { ok: false, reason: REASONS.tooSmall }
  if (amount > MAX_AMOUNT_KES) return { ok: false, reason: REASONS.tooLarge }
  return { ok: true, amount }
}

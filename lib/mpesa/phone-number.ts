/**
 * A Kenyan mobile number as people type it into a form, turned into the MSISDN Daraja wants:
 * 254 and nine digits, `2547XXXXXXXX` or `2541XXXXXXXX`. Whatever cannot be one gets a reason
 * a supporter can act on, shown beside the field; nothing is sent for it.
 */
export type PhoneNumberResult = { ok: true; msisdn: string } | { ok: false; reason: string }

/** 254 followed by a mobile number: 7xx xxx xxx, or the newer 10x / 11x ranges. */
const MSISDN = /^254(?:7\d{8}|1[01]\d{7})$/

// Separators people put in numbers; a no-break space arrives from copied text.
const SEPARATORS = /[\s\u00a0\u2007\u202f\-.()/]/g

const REASONS = {
  empty: 'Enter the M-Pesa phone number to send the prompt to.',
  letters: 'A phone number has only digits (spaces, dashes and dots are fine).',
  foreign:
    'That is not a Kenyan number: M-Pesa prompts can only go to Kenyan mobile numbers (+254).',
  landline:
    'That looks like a landline: enter the mobile number you use for M-Pesa, such as 0712 345 678.',
  notMobile: 'That is not a Kenyan mobile number: they start with 07 or 01, such as 0712 345 678.',
  tooShort: 'That number is too short: a Kenyan mobile number has 10 digits, such as 0712 345 678.',
  tooLong: 'That number is too long: a Kenyan mobile number has 10 digits, such as 0712 345 678.',
} as const

function checkNational(national: string): PhoneNumberResult {
  if (national.length < 9) return { ok: false, reason: REASONS.tooShort }
  if (national.length > 9) return { ok: false, reason: REASONS.tooLong }
  const msisdn = `254${national}`
  if (MSISDN.test(msisdn)) return { ok: true, msisdn }
  // 02x to 06x are the fixed lines (020 Nairobi, 041 Mombasa, 057 Kisumu, ...).
  if (/^[2-6]/.test(national)) return { ok: false, reason: REASONS.landline }
  return { ok: false, reason: REASONS.notMobile }
}

/**
 * `0712 345 678`, `0112345678`, `+254 712 345678`, `254712345678`, `712345678`,
 * `+254 (0) 712-345-678`, `00254 712 345 678` → `254712345678`.
 */
export function normaliseKenyanPhoneNumber(input: string): PhoneNumberResult {
  const compact = input.normalize('NFKC').replace(SEPARATORS, '')
  if (compact === '') return { ok: false, reason: REASONS.empty }
  const international = /^(?:\+|00)(\d*)$/.exec(compact)
  if (!international && !/^\d+$/.test(compact)) {
    return { ok: false, reason: /[^\d+]/.test(compact) ? REASONS.letters : REASONS.notMobile }
  }
  if (international) {
    const digits = international[1] ?? ''
    if (!digits.startsWith('254')) {
      return { ok: false, reason: digits.length < 3 ? REASONS.tooShort : REASONS.foreign }
    }
    // "+254 (0)712…": the trunk 0 some people keep after the country code.
    return checkNational(digits.slice(3).replace(/^0/, ''))
  }
  if (compact.startsWith('254') && compact.length > 9) {
    return checkNational(compact.slice(3).replace(/^0(?=\d{9}$)/, ''))
  }
  if (compact.startsWith('0')) return checkNational(compact.slice(1))
  if (compact.length === 9) return checkNational(compact)
  // Ten or more digits that start neither with 0 nor 254: another country's number
  // written without its +, such as 447911123456 or 255712345678.
  if (compact.length > 9 && !/^[71]/.test(compact)) return { ok: false, reason: REASONS.foreign }
  return checkNational(compact)
}

/** True for a number already in Daraja's form (254 and a mobile number). */
export function isMsisdn(value: string): boolean {
  return MSISDN.test(value)
}

/** The last three digits, all the site shows or keeps of a number once an attempt is over. */
export function lastThreeDigits(msisdn: string): string {
  if (!MSISDN.test(msisdn)) throw new Error('lastThreeDigits expects a 254XXXXXXXXX number')
  return msisdn.slice(-3)
}

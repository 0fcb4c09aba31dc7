/**
 * Groups an international number for reading aloud and copying by eye:
 * "+254701838999" -> "+254 701 838 999". Kenyan numbers (+254 and nine digits) get
 * Safaricom's 3-3-3 grouping; anything else is returned as given.
 */
export function formatPhoneNumber(phone: string): string {
  const compact = compactPhoneNumber(phone)
  const kenyan = /^\+254(\d{3})(\d{3})(\d{3})$/.exec(compact)
  return kenyan ? `+254 ${kenyan[1]} ${kenyan[2]} ${kenyan[3]}` : phone.trim()
}

/**
 * The number as a remittance form or a phone's dialler wants it, with no spaces, hyphens,
 * dots or brackets: "+254 701-838 999" -> "+254701838999". What the copy button copies.
 */
export function compactPhoneNumber(phone: string): string {
  return phone.replace(/[\s\-.()]/g, '')
}

/** A tel: link for the number: "tel:+254701838999". */
export function telHref(phone: string): string {
  return `tel:${compactPhoneNumber(phone)}`
}

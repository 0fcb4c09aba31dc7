/**
 * Groups an international number for reading aloud and copying by eye:
 * "+254701838999" -> "+254 701 838 999". Kenyan numbers (+254 and nine digits) get
 * Safaricom's 3-3-3 grouping; anything else is returned as given.
 */
export function formatPhoneNumber(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '')
  const kenyan = /^\+254(\d{3})(\d{3})(\d{3})$/.exec(compact)
  return kenyan ? `+254 ${kenyan[1]} ${kenyan[2]} ${kenyan[3]}` : phone.trim()
}

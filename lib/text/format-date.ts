import { SITE_TIME_ZONE } from '../addresses/permalink.ts'

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** "28 February 2026", the date as a reader in Nairobi saw it. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso))
}

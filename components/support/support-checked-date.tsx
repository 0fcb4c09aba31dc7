import { formatDate } from '@/lib/text/format-date.ts'

/** When the payment details were last confirmed: the settings document's last update. */
export function SupportCheckedDate({ iso }: { iso: string | null }) {
  if (!iso || Number.isNaN(Date.parse(iso))) return null
  return (
    <p className="mt-10 text-base text-muted">
      Details last checked <time dateTime={iso}>{formatDate(iso)}</time>.
    </p>
  )
}

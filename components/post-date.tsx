import { formatDate } from '@/lib/text/format-date.ts'

export function PostDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso)}
    </time>
  )
}

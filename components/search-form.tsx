import { MAX_QUERY_LENGTH } from '@/lib/search/terms.ts'

type Props = {
  /** The input's id, unique on the page (the header and the search page each have a form). */
  id: string
  /** The form's and the input's name for assistive technology; visible when `showLabel`. */
  label: string
  defaultValue?: string
  /** A hint inside the box; never instead of the label. */
  placeholder?: string
  showLabel?: boolean
  className?: string
}

/**
 * A plain GET form to /search: it works before (or without) any JavaScript, and the results
 * page is an ordinary address a reader can bookmark or share.
 */
export function SearchForm({
  id,
  label,
  defaultValue,
  placeholder,
  showLabel = false,
  className = '',
}: Props) {
  return (
    <form role="search" action="/search" method="get" aria-label={label} className={className}>
      <label htmlFor={id} className={showLabel ? 'mb-2 block font-semibold' : 'sr-only'}>
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          autoComplete="off"
          className="min-h-11 w-full min-w-0 flex-1 rounded-full border border-muted bg-page px-4 text-base text-ink placeholder:text-muted"
        />
        <button
          type="submit"
          className="min-h-11 shrink-0 rounded-full border-2 border-ink px-4 font-semibold text-ink"
        >
          Search
        </button>
      </div>
    </form>
  )
}

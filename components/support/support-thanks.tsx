const FALLBACK_THANKS =
  'Your support pays for the time it takes to write and edit each article, and for the hosting that keeps Nabado free to read for everyone.'

/** A short thank-you, and what the support pays for (from the site settings when set). */
export function SupportThanks({ thankYou }: { thankYou: string | null }) {
  return (
    <section aria-labelledby="thanks-heading" className="mt-12">
      <h2 id="thanks-heading" className="font-serif text-2xl font-bold">
        Thank you
      </h2>
      <p className="mt-3 max-w-prose text-lg">{thankYou?.trim() || FALLBACK_THANKS}</p>
    </section>
  )
}

/** The short, warm invitation under every article. */
export function SupportCallout({ appeal }: { appeal: string | null }) {
  return (
    <aside
      aria-labelledby="support-callout-heading"
      className="mt-12 rounded-lg border border-rule bg-card p-5"
    >
      <h2 id="support-callout-heading" className="font-serif text-xl font-bold">
        Enjoyed this? Support Nabado
      </h2>
      <p className="mt-2 max-w-prose">
        {appeal ??
          'Nabado is read for free. If our writing helps you, a small contribution keeps it going.'}
      </p>
      <p className="mt-4">
        <a
          href="/support"
          className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-semibold text-accent-ink"
        >
          Ways to support us
        </a>
      </p>
    </aside>
  )
}

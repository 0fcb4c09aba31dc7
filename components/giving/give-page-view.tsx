import type { GivePageProps } from '@/lib/view-props/giving.ts'
import { GiveForm } from './give-form.tsx'
import { TillFallback } from './till-fallback.tsx'

/**
 * /support/give's answer when no prompt was sent: the form again with what was wrong beside
 * its field (or a notice above it), or, when the post itself could not be trusted, a sentence.
 * The till is on both, as the way to give that always works.
 */
export function GivePageView(props: GivePageProps) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Support Nabado</h1>
      {props.kind === 'form' ? (
        <GiveForm {...props.form} />
      ) : (
        <p role="alert" className="mt-6 rounded border-l-4 border-accent bg-card px-3 py-2 text-lg">
          {props.message}
        </p>
      )}
      <TillFallback lead="You can also give" tillNumber={props.tillNumber} />
      <p className="mt-6">
        <a href="/support" className="text-accent underline underline-offset-4">
          Back to the support page
        </a>
      </p>
    </div>
  )
}

import type { GiveFormProps } from '@/lib/view-props/giving.ts'

export const GIVE_PATH = '/support/give'

const shillings = new Intl.NumberFormat('en-KE')

/**
 * "Give with M-Pesa": a phone number, then one tap on an amount (each preset is a submit
 * button) or another amount and Give. A plain POST, answered by a redirect to the attempt's
 * status page; errors come back beside their field with what was typed kept.
 */
export function GiveForm({ token, presets, min, max, values, errors, notice }: GiveFormProps) {
  const phoneError = errors?.phone
  const amountError = errors?.amount
  return (
    <section
      aria-labelledby="give-heading"
      className="mt-8 rounded-lg border-2 border-mpesa px-4 py-6 sm:px-6"
    >
      <h2 id="give-heading" className="font-serif text-2xl font-bold">
        Give with <span className="whitespace-nowrap">M-Pesa</span>
      </h2>
      <p className="mt-2">
        Type your M-Pesa number: your phone shows the payment to Nabado&rsquo;s till, ready for your
        PIN.
      </p>
      {notice ? (
        <p role="alert" className="mt-4 rounded border-l-4 border-accent bg-card px-3 py-2">
          {notice}
        </p>
      ) : null}
      <form method="post" action={GIVE_PATH} className="mt-4" noValidate>
        <input type="hidden" name="token" value={token} />
        {/* Enter in a field submits with the form's first submit button: this one, which
            sends the typed amount, not the first preset. Out of sight and out of the tab order. */}
        <div className="sr-only" aria-hidden="true">
          <button type="submit" tabIndex={-1}>
            Give
          </button>
        </div>
        <label htmlFor="give-phone" className="block font-semibold">
          Your M-Pesa phone number
        </label>
        <p id="give-phone-hint" className="text-sm text-muted">
          For example 0712 345 678
        </p>
        {phoneError ? (
          <p id="give-phone-error" className="mt-1 font-semibold text-accent">
            {phoneError}
          </p>
        ) : null}
        <input
          id="give-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={20}
          defaultValue={values?.phone ?? ''}
          aria-describedby={phoneError ? 'give-phone-hint give-phone-error' : 'give-phone-hint'}
          aria-invalid={phoneError ? true : undefined}
          className="mt-2 min-h-11 w-full max-w-xs rounded border border-muted bg-page px-3 text-lg text-ink tabular-nums"
        />

        <fieldset className="mt-5">
          <legend className="font-semibold">Amount in shillings (KES)</legend>
          {amountError ? (
            <p id="give-amount-error" className="mt-1 font-semibold text-accent">
              {amountError}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-2">
            {presets.map((preset) => (
              <button
                key={preset}
                type="submit"
                name="preset"
                value={preset}
                className="min-h-11 rounded-full bg-mpesa px-4 font-semibold text-mpesa-ink tabular-nums"
              >
                Give KES {shillings.format(preset)}
              </button>
            ))}
          </div>
          <label htmlFor="give-amount" className="mt-4 block">
            Or another amount, from {min} to {shillings.format(max)}
          </label>
          <div className="mt-2 flex flex-wrap gap-2">
            <input
              id="give-amount"
              name="amount"
              type="text"
              inputMode="numeric"
              pattern="[0-9,]*"
              maxLength={9}
              defaultValue={values?.amount ?? ''}
              aria-describedby={amountError ? 'give-amount-error' : undefined}
              aria-invalid={amountError ? true : undefined}
              className="min-h-11 w-32 rounded border border-muted bg-page px-3 text-lg text-ink tabular-nums"
            />
            <button
              type="submit"
              className="min-h-11 rounded-full border-2 border-mpesa px-5 font-semibold text-ink"
            >
              Give
            </button>
          </div>
        </fieldset>
      </form>
      <p className="mt-4 text-sm text-muted">
        Your number is used only to send this prompt: it is erased once the payment is settled.
      </p>
    </section>
  )
}

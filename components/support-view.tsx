import { GiveForm } from '@/components/giving/give-form.tsx'
import { formatKes } from '@/lib/mpesa/amount.ts'
import { SupportAbroad } from '@/components/support/support-abroad.tsx'
import { SupportCheckedDate } from '@/components/support/support-checked-date.tsx'
import { SupportMpesa } from '@/components/support/support-mpesa.tsx'
import { SupportSafety } from '@/components/support/support-safety.tsx'
import { SupportThanks } from '@/components/support/support-thanks.tsx'
import type { SupportProps } from '@/lib/view-props/support.ts'

/** The support page: one job per section, the till number the largest thing on it. */
export function SupportView({ siteName, support, updatedAt, give, monthTotal }: SupportProps) {
  const tillNumber = support?.tillNumber?.trim() || null
  const phoneNumber = support?.phoneNumber?.trim() || null
  const recipientName = support?.recipientName?.trim() || null
  const hasAbroad = Boolean(phoneNumber && recipientName)

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Support {siteName}</h1>
      {support?.appeal ? <p className="mt-4 text-lg">{support.appeal}</p> : null}
      {tillNumber && hasAbroad ? (
        <p className="mt-3 text-base">
          Outside Kenya?{' '}
          <a href="#abroad-heading" className="text-accent underline underline-offset-4">
            Send from abroad
          </a>
        </p>
      ) : null}

      {tillNumber ? (
        <SupportMpesa tillNumber={tillNumber} tillName={support?.tillName?.trim() || null} />
      ) : null}
      {tillNumber && give ? <GiveForm {...give} /> : null}
      {tillNumber && give && monthTotal ? (
        <p className="mt-4 text-lg font-semibold">
          {`Readers gave ${formatKes(monthTotal)} this month. Thank you.`}
        </p>
      ) : null}

      {phoneNumber && recipientName ? (
        <SupportAbroad
          phoneNumber={phoneNumber}
          recipientName={recipientName}
          services={support?.services ?? []}
        />
      ) : null}

      {tillNumber || hasAbroad ? (
        <>
          <SupportSafety />
          <SupportThanks thankYou={support?.thankYou ?? null} />
        </>
      ) : (
        <p className="mt-6 text-lg">Support details are being updated. Please check back soon.</p>
      )}

      <SupportCheckedDate iso={updatedAt} />
    </div>
  )
}

import type { Metadata } from 'next'
import { getSiteSettings } from '@/lib/content'
import { formatPhoneNumber } from '@/lib/phone'

export const metadata: Metadata = {
  title: 'Support Nabado',
  description:
    'Support Nabado with M-Pesa (till number) or from abroad through a remittance service.',
}

export default async function SupportPage() {
  const { support } = await getSiteSettings()

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Support Nabado</h1>
      {support?.appeal ? <p className="mt-4 text-lg">{support.appeal}</p> : null}

      {support?.tillNumber ? (
        <section
          aria-labelledby="mpesa-heading"
          className="mt-10 rounded-lg border-l-4 border-mpesa bg-card p-5"
        >
          <h2 id="mpesa-heading" className="font-serif text-2xl font-bold">
            In Kenya: M-Pesa
          </h2>
          <p className="mt-3">Lipa na M-PESA, Buy Goods and Services. Till number:</p>
          <p className="mt-1 font-sans text-5xl font-bold tracking-wider tabular-nums">
            {support.tillNumber}
          </p>
        </section>
      ) : null}

      {support?.phoneNumber && support.recipientName ? (
        <section aria-labelledby="abroad-heading" className="mt-10">
          <h2 id="abroad-heading" className="font-serif text-2xl font-bold">
            From outside Kenya
          </h2>
          {support.services?.length ? (
            <p className="mt-3">
              Send through a trusted service:{' '}
              {support.services.map((service, index) => (
                <span key={service._key}>
                  {index > 0 ? ', ' : null}
                  <a href={service.url} rel="noopener noreferrer" className="underline">
                    {service.name}
                  </a>
                </span>
              ))}
              .
            </p>
          ) : null}
          <dl className="mt-4 grid gap-3">
            <div>
              <dt className="text-sm text-muted">Phone number</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                <a href={`tel:${support.phoneNumber}`}>{formatPhoneNumber(support.phoneNumber)}</a>
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Recipient name</dt>
              <dd className="text-2xl font-semibold">{support.recipientName}</dd>
            </div>
          </dl>
        </section>
      ) : null}

      {!support?.tillNumber && !support?.phoneNumber ? (
        <p className="mt-6">Support details are being updated. Please check back soon.</p>
      ) : null}
    </div>
  )
}

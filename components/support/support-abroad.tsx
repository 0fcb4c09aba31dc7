import type { RemittanceService } from '@/lib/content'
import { compactPhoneNumber, formatPhoneNumber, telHref } from '@/lib/support/phone.ts'
import { SupportDetail } from './support-detail.tsx'

/** Sending from outside Kenya through a remittance service to an M-Pesa mobile wallet. */
export function SupportAbroad({
  phoneNumber,
  recipientName,
  services,
}: {
  phoneNumber: string
  recipientName: string
  services: RemittanceService[]
}) {
  const serviceNames = services.map((service) => service.name)
  return (
    <section aria-labelledby="abroad-heading" className="mt-12">
      <h2 id="abroad-heading" className="font-serif text-2xl font-bold">
        From outside Kenya
      </h2>
      <p className="mt-3 text-lg">
        Send money to an <strong>M-Pesa mobile wallet in Kenya</strong> through a remittance service
        {serviceNames.length > 0 ? ' such as these' : ''}. Each opens its own website.
      </p>
      {services.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-2">
          {services.map((service) => (
            <li key={service._key}>
              <a
                href={service.url}
                rel="noopener noreferrer"
                className="inline-flex min-h-11 items-center gap-1 rounded-full border border-rule bg-card px-4 font-semibold text-accent underline underline-offset-4"
              >
                {service.name}
                <span aria-hidden="true">↗</span>
                <span className="sr-only"> (external site)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}

      <h3 className="mt-8 font-serif text-xl font-bold">What to enter</h3>
      <ol className="mt-3 list-decimal space-y-2 pl-7 text-lg marker:font-semibold marker:text-muted">
        <li>
          Choose <strong>Kenya</strong> and delivery to an <strong>M-Pesa mobile wallet</strong>{' '}
          (mobile money).
        </li>
        <li>
          Enter the recipient’s <strong>name exactly as registered</strong> with M-Pesa, and the{' '}
          <strong>phone number</strong>, both below.
        </li>
        <li>
          Enter the <strong>amount</strong>, received in Kenyan shillings (<strong>KES</strong>).
        </li>
      </ol>

      <dl className="mt-4 rounded-lg border border-rule bg-card px-4 sm:px-6">
        <SupportDetail
          term="M-Pesa phone number"
          copyValue={compactPhoneNumber(phoneNumber)}
          copyLabel="Copy phone number"
        >
          <a
            href={telHref(phoneNumber)}
            className="whitespace-nowrap tabular-nums underline underline-offset-4"
          >
            {formatPhoneNumber(phoneNumber)}
          </a>
        </SupportDetail>
        <SupportDetail
          term="Recipient’s full name"
          hint="Type it exactly like this: the name registered with M-Pesa."
          copyValue={recipientName}
          copyLabel="Copy recipient’s name"
        >
          {recipientName}
        </SupportDetail>
      </dl>
    </section>
  )
}

import { CopyButton } from '../copy-button.tsx'

/** Paying from a phone in Kenya: Lipa na M-PESA, Buy Goods and Services, to the till. */
export function SupportMpesa({
  tillNumber,
  tillName,
}: {
  tillNumber: string
  tillName: string | null
}) {
  return (
    <section
      aria-labelledby="mpesa-heading"
      className="mt-8 rounded-lg border-t-8 border-mpesa bg-mpesa-soft px-4 py-6 sm:px-6"
    >
      <h2 id="mpesa-heading" className="font-serif text-2xl font-bold">
        In Kenya: pay with <span className="whitespace-nowrap">M-Pesa</span>
      </h2>
      <p className="mt-1 font-semibold text-mpesa">Lipa na M-PESA · Buy Goods and Services</p>

      <p className="mt-5 text-sm font-semibold tracking-wide text-muted uppercase">Till number</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="font-sans text-5xl leading-none font-bold tracking-wide tabular-nums select-all sm:text-6xl">
          {tillNumber}
        </p>
        <CopyButton value={tillNumber} label="Copy till number" tone="mpesa" />
      </div>
      {tillName ? (
        <p className="mt-3">
          M-Pesa shows the name: <strong className="font-semibold">{tillName}</strong>
        </p>
      ) : null}

      <h3 className="mt-6 font-serif text-xl font-bold">On your phone</h3>
      <ol className="mt-3 list-decimal space-y-2 pl-7 text-lg marker:font-semibold marker:text-mpesa">
        <li>
          Open <strong>M-PESA</strong> (the SIM menu or the M-PESA app).
        </li>
        <li>
          Choose <strong>Lipa na M-PESA</strong>.
        </li>
        <li>
          Choose <strong>Buy Goods and Services</strong>.
        </li>
        <li>
          <strong className="tabular-nums">Enter Till No. {tillNumber}</strong>
        </li>
        <li>
          <strong>Enter the amount</strong> you want to give, in shillings.
        </li>
        <li>
          <strong>Enter your M-PESA PIN</strong>, on your own phone only.
        </li>
        <li>
          {tillName ? (
            <>
              Check that M-Pesa shows the name <strong>{tillName}</strong>, then{' '}
              <strong>confirm</strong>.
            </>
          ) : (
            <>
              Check the name M-Pesa shows for the till, then <strong>confirm</strong>.
            </>
          )}
        </li>
      </ol>
      <p className="mt-4">
        If the name is not what you expect, cancel and check the till number. When the payment goes
        through, M-PESA sends you a confirmation SMS.
      </p>
    </section>
  )
}

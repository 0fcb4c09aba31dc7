/** What Nabado never asks for, and how to tell a real M-PESA message from a fake one. */
export function SupportSafety() {
  return (
    <section
      aria-labelledby="safety-heading"
      className="mt-12 rounded-lg border-2 border-ink/15 px-4 py-5 sm:px-6"
    >
      <h2 id="safety-heading" className="font-serif text-2xl font-bold">
        Stay safe
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-lg marker:text-muted">
        <li>
          Nabado <strong>never asks for your M-Pesa PIN</strong>. Enter it only on your own phone,
          and never tell it to anyone.
        </li>
        <li>
          Nabado <strong>never asks anyone to reverse a payment</strong> or to send money back.
          Anyone who does is not us.
        </li>
        <li>
          A real confirmation SMS comes from <strong>M-PESA</strong>, not from a phone number. A
          “confirmation” from a number is fake.
        </li>
      </ul>
    </section>
  )
}

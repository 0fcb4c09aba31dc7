/**
 * The way to give that always works, under every giving page that did not take a gift: one
 * sentence with the path through the M-PESA menu, so every page spells it the same way.
 */
export function TillFallback({ lead, tillNumber }: { lead: string; tillNumber: string }) {
  return (
    <p className="mt-6">
      {lead} from the M-PESA menu: Lipa na M-PESA, Buy Goods and Services, till number{' '}
      <strong className="text-xl tabular-nums">{tillNumber}</strong>.
    </p>
  )
}

import '@/lib/server-only.ts'
import { getSiteSettings } from '@/lib/content'
import { siteUrl } from '@/lib/env/public.ts'
import type { GiftRecord } from '@/lib/mpesa/giving/ledger.ts'
import { isGiftId } from '@/lib/mpesa/giving/gift-id.ts'
import { processGiving, processGivingDeps, tillToShow } from '@/lib/mpesa/giving/process-giving.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import type { GiftFailure, GiftStatusProps } from '@/lib/view-props/giving.ts'
import { notFound, page, type Loaded } from './result.ts'

/**
 * /support/gift/<id>: one attempt as its supporter sees it. The id is random and unguessable;
 * the page shows no phone number. An id that is not one of ours is a 404; a database that does
 * not answer just now gives a page that says so and tries again, never an error page.
 */
export async function loadGiftStatus(id: unknown): Promise<Loaded<GiftStatusProps>> {
  const giving = processGiving()
  if (!giving || !isGiftId(id)) return notFound
  const settings = await getSiteSettings().catch(() => null)
  const tillNumber = tillToShow(settings?.support?.tillNumber, giving.config.till)
  const siteName = settings?.siteName ?? 'Nabado'
  let gift: GiftRecord | null
  try {
    gift = await (await processGivingDeps(giving)).ledger.getGift(id)
  } catch {
    return page(
      { status: 'unknown', failure: null, amount: 0, receipt: null, tillNumber, siteUrl, siteName },
      metadataFor('unknown'),
    )
  }
  if (!gift) return notFound
  const props: GiftStatusProps = {
    status: gift.state,
    failure: failureOf(gift),
    amount: gift.amount,
    receipt: gift.state === 'paid' ? gift.receipt : null,
    tillNumber,
    siteUrl,
    siteName,
  }
  return page(props, metadataFor(gift.state))
}

function failureOf(gift: GiftRecord): GiftFailure | null {
  switch (gift.state) {
    case 'pending':
    case 'paid':
      return null
    case 'cancelled':
      return 'cancelled'
    case 'no-answer':
      return 'no-answer'
    case 'failed':
      return gift.outcome === 'insufficient-funds' || gift.outcome === 'wrong-pin'
        ? gift.outcome
        : 'other'
  }
}

const TITLES: Record<GiftStatusProps['status'], string> = {
  pending: 'Check your phone',
  paid: 'Thank you',
  cancelled: 'Gift cancelled',
  'no-answer': 'No answer from your phone',
  failed: 'Gift not completed',
  unknown: 'Checking your gift',
}

function metadataFor(status: GiftStatusProps['status']) {
  // The id is in the path: the canonical address is /support, so no copy of it is indexed.
  return pageMetadata({ title: TITLES[status], path: '/support', noindex: true })
}

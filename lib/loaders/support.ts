import '@/lib/server-only.ts'
import { getSiteSettings } from '@/lib/content'
import { isBuildPhase } from '@/lib/env/phase.ts'
import { giftLedger } from '@/lib/db'
import { nairobiMonth } from '@/lib/mpesa/giving/nairobi-month.ts'
import { giveFormProps, unavailableNotice } from '@/lib/mpesa/giving/form-props.ts'
import { databaseAnswers, processGiving, tillMatches } from '@/lib/mpesa/giving/process-giving.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import type { GiveFormProps } from '@/lib/view-props/giving.ts'
import { page, type Loaded } from './result.ts'
import type { SupportProps } from '@/lib/view-props/support.ts'

/** /support: the donation details from the site settings, and the giving form where it works. */
export async function loadSupport(): Promise<Loaded<SupportProps>> {
  const { siteName, support, _updatedAt } = await getSiteSettings()
  const give = await giveFormFor(support?.tillNumber)
  const monthTotal = give && support?.showMonthlyTotal ? await thisMonthsTotal() : null
  return page(
    {
      siteName,
      support,
      updatedAt: _updatedAt ?? null,
      ...(give ? { give } : {}),
      ...(monthTotal ? { monthTotal } : {}),
    },
    pageMetadata({
      title: `Support ${siteName}`,
      description:
        'Support Nabado with M-Pesa (Lipa na M-PESA, till number) or from abroad through a remittance service to an M-Pesa wallet.',
      path: '/support',
    }),
  )
}

/**
 * The "Give with M-Pesa" form, or none: none without the M-Pesa settings, and none when the
 * page's till is not the till the prompts pay (the page must never show one number and send
 * money to another). When the database does not answer, the form comes with a notice instead.
 */
async function giveFormFor(shownTill: string | null | undefined): Promise<GiveFormProps | null> {
  const giving = processGiving()
  if (!giving || !tillMatches(shownTill, giving.config.till)) return null
  // `next build` renders the page ahead without a database of its own to ask; the first
  // revalidation at run time asks.
  if (isBuildPhase() || (await databaseAnswers())) return giveFormProps(giving.keys)
  return giveFormProps(giving.keys, { notice: unavailableNotice(shownTill!.trim()) })
}

/**
 * What readers gave through the site since the 1st of this month in Nairobi, or null when it
 * cannot be asked (at build time, or with the database down: the page then says nothing).
 * The page is static: a paid gift's callback renders it again (the callback route).
 */
async function thisMonthsTotal(now: Date = new Date()): Promise<number | null> {
  if (isBuildPhase()) return null
  try {
    const { from, to } = nairobiMonth(now)
    return await (await giftLedger()).totalPaid(from, to)
  } catch {
    return null
  }
}

/** While giving is unavailable the page is rendered again sooner, to show the form once it is back. */
export const SUPPORT_UNAVAILABLE_REVALIDATE_SECONDS = 30

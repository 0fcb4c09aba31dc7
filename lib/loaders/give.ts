import '@/lib/server-only.ts'
import type { IncomingMessage } from 'node:http'
import { getSiteSettings } from '@/lib/content'
import { siteUrl } from '@/lib/env/public.ts'
import { trustedProxies } from '@/lib/env/http.ts'
import { clientAddressOf } from '@/lib/http/client-address.ts'
import { isUrlEncodedForm, parseFormBody } from '@/lib/http/form-body.ts'
import { BodyTooLargeError, readNodeTextWithLimit } from '@/lib/http/read-body.ts'
import { parseAmount } from '@/lib/mpesa/amount.ts'
import { giveFormProps, limitNotice, unavailableNotice } from '@/lib/mpesa/giving/form-props.ts'
import { isValidFormToken } from '@/lib/mpesa/giving/form-token.ts'
import { give } from '@/lib/mpesa/giving/give.ts'
import { isSameOriginPost } from '@/lib/mpesa/giving/origin-check.ts'
import {
  errorCodeOf,
  processGiving,
  processGivingDeps,
  tillToShow,
} from '@/lib/mpesa/giving/process-giving.ts'
import { normaliseKenyanPhoneNumber } from '@/lib/mpesa/phone-number.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import type { GiveAgainProps, GiveFormProps } from '@/lib/view-props/giving.ts'
import type { Metadata } from 'next'

/** The form has four short fields; a few KB is already far more than a browser sends. */
export const MAX_GIVE_BODY_BYTES = 4 * 1024

export const giftStatusPath = (id: string) => `/support/gift/${id}`

export type GivePostAnswer =
  /** Giving by M-Pesa is not configured. */
  | { kind: 'not-found' }
  /** Not a post: back to /support (303). */
  | { kind: 'redirect'; to: string }
  /** The form again, with its errors or a notice, answered with `status`. */
  | { kind: 'page'; props: GiveAgainProps; metadata: Metadata }
  /** Refused before the form could be shown again (403, 400, 413): a short sentence. */
  | { kind: 'refused'; status: 400 | 403 | 413; message: string; tillNumber: string }

export const giveMetadata = (): Metadata =>
  pageMetadata({ title: 'Give with M-Pesa', path: '/support/give', noindex: true })

/**
 * POST /support/give: a supporter's "Give". Every answer is a page, a redirect or a short
 * refusal; none is a 5xx, whatever the body, whatever is down.
 */
export async function answerGivePost(request: IncomingMessage): Promise<GivePostAnswer> {
  const giving = processGiving()
  // Giving off: the address does not exist, as with no M-Pesa settings there are no endpoints.
  if (!giving) return { kind: 'not-found' }
  if (request.method !== 'POST') return { kind: 'redirect', to: '/support' }

  const refused = (status: 400 | 403 | 413, message: string) =>
    ({ kind: 'refused', status, message, tillNumber: giving.config.till }) as const
  const origin = requestOrigin(request)
  if (!isSameOriginPost(request.headers, siteUrl, origin)) {
    return refused(403, 'This form can only be sent from Nabado’s support page.')
  }
  if (!isUrlEncodedForm(request.headers['content-type'])) {
    return refused(400, 'This is not a form post.')
  }
  let text: string
  try {
    text = await readNodeTextWithLimit(request, MAX_GIVE_BODY_BYTES)
  } catch (error) {
    return error instanceof BodyTooLargeError
      ? refused(413, 'This form post is too large.')
      : refused(400, 'This form post could not be read.')
  }
  const body = parseFormBody(text)
  if (!body.ok) return refused(400, 'This form post could not be read.')
  const field = (name: string) => body.fields.get(name) ?? ''
  if (!isValidFormToken(giving.keys.form, field('token'))) {
    return refused(
      400,
      'This form has expired. Go back to the support page, reload it and try again.',
    )
  }

  const tillNumber = await shownTill(giving.config.till)
  const values = { phone: field('phone').slice(0, 40), amount: field('preset') || field('amount') }
  const again = (status: GiveAgainProps['status'], extra: Parameters<typeof giveFormProps>[1]) => ({
    kind: 'page' as const,
    props: { status, tillNumber, form: giveFormProps(giving.keys, extra) } satisfies GiveAgainProps,
    metadata: giveMetadata(),
  })

  const phone = normaliseKenyanPhoneNumber(values.phone)
  const amount = parseAmount(values.amount.slice(0, 40))
  if (!phone.ok || !amount.ok) {
    const errors: GiveFormProps['errors'] = {
      ...(phone.ok ? {} : { phone: phone.reason }),
      ...(amount.ok ? {} : { amount: amount.reason }),
    }
    return again(400, { values, errors })
  }

  let result: Awaited<ReturnType<typeof give>>
  try {
    const deps = await processGivingDeps(giving)
    result = await give(deps, {
      msisdn: phone.msisdn,
      amount: amount.amount,
      clientAddress: clientAddressOf(request, trustedProxies),
    })
  } catch (error) {
    console.error(`giving: the database did not take an attempt (${errorCodeOf(error)})`)
    return again(200, { values, notice: unavailableNotice(tillNumber) })
  }
  if (result.kind === 'prompted') return { kind: 'redirect', to: giftStatusPath(result.id) }
  if (result.kind === 'limited') {
    return again(429, { values, notice: limitNotice(result.limit, tillNumber) })
  }
  return again(200, { values, notice: `${result.message} Till number ${tillNumber}.` })
}

/** The till to show beside a refusal (tillToShow), whether or not the content answers. */
async function shownTill(configuredTill: string): Promise<string> {
  const settings = await getSiteSettings().catch(() => null)
  return tillToShow(settings?.support?.tillNumber, configuredTill)
}

/** The origin this request was addressed to, for a site reached at another name than siteUrl. */
function requestOrigin(request: IncomingMessage): string | undefined {
  const host = request.headers.host
  if (!host || !/^[a-z0-9.:[\]-]+$/i.test(host)) return undefined
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted
  return `${encrypted ? 'https' : 'http'}://${host}`
}

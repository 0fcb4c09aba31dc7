import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { givingSiteURL } from './setup.ts'

// Posting "Give with M-Pesa" the ways the specs need: as a reader does (the page, its form),
// and as a script does (one request with exactly the body and headers given).

/** The form token the support page carries now. */
export async function formToken(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/support')).text()
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('/support has no giving form')
  return token
}

export type Post = {
  body: string
  headers?: Record<string, string>
  clientAddress: string
  /** The site's origin, as the browser would send it (default: the giving site's). */
  origin?: string
}

/** A POST to /support/give, redirects not followed. */
export function postGive(
  request: APIRequestContext,
  { body, headers, clientAddress, origin = givingSiteURL }: Post,
) {
  return request.post('/support/give', {
    data: body,
    maxRedirects: 0,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin,
      'x-forwarded-for': clientAddress,
      ...headers,
    },
  })
}

export const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

/** Opens /support as a supporter at `clientAddress`, types the number, taps a preset. */
export async function giveFromSupportPage(
  page: Page,
  { phone, amount, clientAddress }: { phone: string; amount: number; clientAddress: string },
) {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress })
  await page.goto('/support')
  const form = page.getByRole('region', { name: 'Give with M-Pesa' })
  await form.getByLabel('Your M-Pesa phone number').fill(phone)
  await form
    .getByRole('button', { name: `Give KES ${amount.toLocaleString('en-KE')}`, exact: true })
    .click()
  await expect(page).toHaveURL(/\/support\/gift\/[A-Za-z0-9_-]{24}$/)
}

import { expect, test } from '@playwright/test'
import { callbackUrlOf, newGiftId } from '@/lib/mpesa/giving/gift-id.ts'
import { givingKeys } from '@/lib/mpesa/giving/keys.ts'
import { freshClientAddress, freshPhone, onlyPromptTo, setScript } from './daraja.ts'
import { giveFromSupportPage } from './form.ts'
import { givingSiteEnv, givingSiteURL } from './setup.ts'

// Daraja signs nothing: anyone who can reach the callback address can post to it. Each
// forgery below is refused with its 4xx and changes nothing; the real result, coming after
// them, is the one recorded (issue #24, "Nothing lost, nothing counted twice").

test('forged callbacks are refused and change nothing; the real one is recorded', async ({
  page,
  request,
}) => {
  const phone = freshPhone()
  await setScript(phone.msisdn, { outcome: 'paid', delayMs: 6000 })
  await giveFromSupportPage(page, {
    phone: phone.typed,
    amount: 100,
    clientAddress: freshClientAddress(),
  })
  const prompt = await onlyPromptTo(phone.msisdn)
  const real = new URL(prompt.callbackUrl)
  const [, , , , id] = real.pathname.split('/')
  const paidBody = (amount: number, checkoutRequestId = prompt.checkoutRequestId) => ({
    Body: {
      stkCallback: {
        MerchantRequestID: 'forged',
        CheckoutRequestID: checkoutRequestId,
        ResultCode: 0,
        ResultDesc: 'The service request is processed successfully.',
        CallbackMetadata: {
          Item: [
            { Name: 'Amount', Value: amount },
            { Name: 'MpesaReceiptNumber', Value: 'FORGED0001' },
            { Name: 'PhoneNumber', Value: Number(phone.msisdn) },
          ],
        },
      },
    },
  })
  // A valid-looking address for an attempt that does not exist, made with the site's own key.
  const keys = givingKeys({
    passkey: givingSiteEnv.MPESA_PASSKEY,
    consumerSecret: givingSiteEnv.MPESA_CONSUMER_SECRET,
  })
  const unknown = new URL(callbackUrlOf(givingSiteURL, keys.callback, newGiftId())).pathname

  const forgeries: { name: string; path: string; data: unknown; status: number }[] = [
    // No route takes a POST there: the proxy's method rule answers (lib/addresses/methods.ts).
    { name: 'no token', path: `/api/mpesa/callback/${id}`, data: paidBody(100), status: 405 },
    {
      name: 'a wrong token',
      path: `/api/mpesa/callback/${id}/${'A'.repeat(43)}`,
      data: paidBody(100),
      status: 403,
    },
    { name: 'an unknown attempt', path: unknown, data: paidBody(100), status: 404 },
    { name: 'a changed amount', path: real.pathname, data: paidBody(1), status: 409 },
    {
      name: 'another CheckoutRequestID',
      path: real.pathname,
      data: paidBody(100, 'ws_CO_forged'),
      status: 409,
    },
    { name: 'not a callback', path: real.pathname, data: { hello: 'world' }, status: 400 },
  ]
  for (const { name, path, data, status } of forgeries) {
    const answer = await request.post(path, { data })
    expect(answer.status(), name).toBe(status)
    expect(await answer.text(), name).not.toMatch(/at .*\.(?:ts|js):\d+/)
  }
  expect((await request.get(real.pathname)).status()).toBe(405)
  const tooLarge = await request.post(real.pathname, { data: 'x'.repeat(20_000) })
  expect(tooLarge.status()).toBe(413)

  // Nothing changed: still waiting for the phone.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your phone')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', {
    timeout: 20_000,
  })
  const settled = await onlyPromptTo(phone.msisdn)
  await expect(
    page.getByText(`We received KES 100. Your M-Pesa receipt is ${settled.receipt}.`),
  ).toBeVisible()
  expect(settled.callbacks.map((callback) => callback.status)).toEqual([200])
})

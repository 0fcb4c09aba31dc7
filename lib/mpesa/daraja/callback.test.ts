import { describe, expect, it } from 'vitest'
import { parseCallback, type ParsedCallback } from './callback.ts'

// The shapes of Daraja's M-Pesa Express callback documentation.
const paid = () => ({
  Body: {
    stkCallback: {
      MerchantRequestID: '29115-34620561-1',
      CheckoutRequestID: 'ws_CO_191220191020363925',
      ResultCode: 0,
      ResultDesc: 'The service request is processed successfully.',
      CallbackMetadata: {
        Item: [
          { Name: 'Amount', Value: 200.0 },
          { Name: 'MpesaReceiptNumber', Value: 'NLJ7RT61SV' },
          { Name: 'Balance' },
          { Name: 'TransactionDate', Value: 20191219102115 },
          { Name: 'PhoneNumber', Value: 254708374149 },
        ],
      },
    },
  },
})

const cancelled = (resultCode: number | string = 1032) => ({
  Body: {
    stkCallback: {
      MerchantRequestID: '29115-34620561-1',
      CheckoutRequestID: 'ws_CO_191220191020363925',
      ResultCode: resultCode,
      ResultDesc: 'Request cancelled by user',
    },
  },
})

const reasonOf = (result: ParsedCallback) => (result.ok ? 'accepted' : result.reason)

describe('parseCallback', () => {
  it('reads a paid result with its receipt', () => {
    expect(parseCallback(paid())).toEqual({
      ok: true,
      callback: {
        merchantRequestId: '29115-34620561-1',
        checkoutRequestId: 'ws_CO_191220191020363925',
        resultCode: '0',
        resultDesc: 'The service request is processed successfully.',
        outcome: 'paid',
        payment: {
          amount: 200,
          receipt: 'NLJ7RT61SV',
          transactionDate: '20191219102115',
          phoneNumber: '254708374149',
        },
      },
    })
  })

  it('reads the body as text too', () => {
    const result = parseCallback(JSON.stringify(paid()))
    expect(result.ok && result.callback.payment?.receipt).toBe('NLJ7RT61SV')
    expect(reasonOf(parseCallback('{"Body":'))).toMatch(/not JSON/)
  })

  it('reads ResultCode as a number or a string', () => {
    for (const code of [1032, '1032']) {
      const result = parseCallback(cancelled(code))
      expect(result.ok && [result.callback.resultCode, result.callback.outcome]).toEqual([
        '1032',
        'cancelled',
      ])
    }
    const odd = parseCallback(cancelled('SFC_IC0003'))
    expect(odd.ok && odd.callback.outcome).toBe('failed')
    const stringPaid = paid()
    ;(stringPaid.Body.stkCallback as { ResultCode: number | string }).ResultCode = '0'
    const result = parseCallback(stringPaid)
    expect(result.ok && result.callback.outcome).toBe('paid')
  })

  it('has no payment for an unpaid result', () => {
    const result = parseCallback(cancelled())
    expect(result.ok && result.callback.payment).toBeUndefined()
  })

  it('accepts amounts and dates sent as strings, and a masked phone', () => {
    const body = paid()
    body.Body.stkCallback.CallbackMetadata.Item = [
      { Name: 'Amount', Value: '200.00' as unknown as number },
      { Name: 'MpesaReceiptNumber', Value: 'nlj7rt61sv' },
      { Name: 'TransactionDate', Value: '20191219102115' as unknown as number },
      { Name: 'PhoneNumber', Value: '2547******149' as unknown as number },
    ]
    const result = parseCallback(body)
    expect(result.ok && result.callback.payment).toEqual({
      amount: 200,
      receipt: 'NLJ7RT61SV',
      transactionDate: '20191219102115',
      phoneNumber: '2547******149',
    })
  })

  it('refuses a paid result without its metadata', () => {
    const body = paid() as { Body: { stkCallback: Record<string, unknown> } }
    delete body.Body.stkCallback.CallbackMetadata
    expect(reasonOf(parseCallback(body))).toMatch(/without CallbackMetadata/)

    const noReceipt = paid()
    noReceipt.Body.stkCallback.CallbackMetadata.Item.splice(1, 1)
    expect(reasonOf(parseCallback(noReceipt))).toMatch(/MpesaReceiptNumber/)

    const noAmount = paid()
    noAmount.Body.stkCallback.CallbackMetadata.Item[0] = { Name: 'Amount', Value: -5 }
    expect(reasonOf(parseCallback(noAmount))).toMatch(/positive Amount/)

    const badDate = paid()
    badDate.Body.stkCallback.CallbackMetadata.Item[3] = { Name: 'TransactionDate', Value: 2019 }
    expect(reasonOf(parseCallback(badDate))).toMatch(/TransactionDate/)
  })

  it('refuses what is not an STK result, naming the field', () => {
    expect(reasonOf(parseCallback(null))).toMatch(/not an STK result: body/)
    expect(reasonOf(parseCallback({ Body: {} }))).toMatch(/Body\.stkCallback/)
    const noId = cancelled() as { Body: { stkCallback: Record<string, unknown> } }
    noId.Body.stkCallback.CheckoutRequestID = ''
    expect(reasonOf(parseCallback(noId))).toMatch(/CheckoutRequestID/)
    const oddCode = cancelled() as { Body: { stkCallback: Record<string, unknown> } }
    oddCode.Body.stkCallback.ResultCode = { code: 0 }
    expect(reasonOf(parseCallback(oddCode))).toMatch(/ResultCode/)
    const huge = cancelled() as { Body: { stkCallback: Record<string, unknown> } }
    huge.Body.stkCallback.MerchantRequestID = 'x'.repeat(100)
    expect(reasonOf(parseCallback(huge))).toMatch(/MerchantRequestID/)
  })
})

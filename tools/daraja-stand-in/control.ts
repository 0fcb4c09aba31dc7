// The control port (loopback only, JSON): tests script phones, read the ledger, expire
// tokens, take the API down and bring it back. README.md lists the routes.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isRecord, readText, sendEmpty, sendJson } from './http-util.ts'
import { parseScript } from './scripts.ts'
import type { DarajaStandIn } from './server.ts'

const SCRIPT_KEY = /^(?:default|254\d{9})$/

export type ControlServer = { url: string; close(): Promise<void> }

export async function serveControl(stand: DarajaStandIn, port = 0): Promise<ControlServer> {
  const server: Server = createServer((req, res) => {
    res.on('error', () => undefined)
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://control.invalid')
      const method = req.method ?? 'GET'
      const scriptKey = /^\/scripts\/([^/]+)$/.exec(url.pathname)?.[1]
      const resend = /^\/callbacks\/([^/]+)\/resend$/.exec(url.pathname)?.[1]
      try {
        if (method === 'GET' && url.pathname === '/ledger')
          return sendJson(res, 200, stand.ledger())
        if (method === 'GET' && url.pathname === '/summary') {
          return sendJson(res, 200, stand.ledger().summary)
        }
        if (method === 'GET' && url.pathname === '/scripts') {
          return sendJson(res, 200, stand.scripts())
        }
        if (scriptKey !== undefined && (method === 'PUT' || method === 'DELETE')) {
          if (!SCRIPT_KEY.test(scriptKey)) {
            return sendJson(res, 400, { error: 'scripts are keyed by 254XXXXXXXXX or "default"' })
          }
          if (method === 'DELETE') {
            stand.clearScript(scriptKey)
            return sendEmpty(res)
          }
          const text = await readText(req)
          let body: unknown
          try {
            body = JSON.parse(text ?? '')
          } catch {
            return sendJson(res, 400, { error: 'the body must be a JSON script' })
          }
          const script = parseScript(body)
          if (typeof script === 'string') return sendJson(res, 400, { error: script })
          stand.setScript(scriptKey, script)
          return sendEmpty(res)
        }
        if (method === 'POST' && url.pathname === '/scripts') {
          // Several at once: {"254700000001": {...}, "default": {...}}.
          const text = await readText(req)
          let body: unknown
          try {
            body = JSON.parse(text ?? '')
          } catch {
            body = undefined
          }
          if (!isRecord(body))
            return sendJson(res, 400, { error: 'the body must be a JSON object' })
          const parsed: Array<[string, ReturnType<typeof parseScript>]> = Object.entries(body).map(
            ([key, value]) => [key, SCRIPT_KEY.test(key) ? parseScript(value) : `bad key "${key}"`],
          )
          const problem = parsed.find(([, script]) => typeof script === 'string')
          if (problem) return sendJson(res, 400, { error: `${problem[0]}: ${String(problem[1])}` })
          for (const [key, script] of parsed)
            if (typeof script !== 'string') stand.setScript(key, script)
          return sendEmpty(res)
        }
        if (method === 'POST' && resend !== undefined) {
          const delivery = await stand.resendCallback(decodeURIComponent(resend))
          return delivery
            ? sendJson(res, 200, delivery)
            : sendJson(res, 404, { error: 'no such CheckoutRequestID' })
        }
        const actions: Record<string, () => unknown> = {
          '/reset': () => stand.reset(),
          '/tokens/expire': () => stand.expireTokens(),
          '/settled': () => stand.settled(),
          '/stop': () => stand.stop(),
          '/start': () => stand.start(),
        }
        const action = method === 'POST' ? actions[url.pathname] : undefined
        if (!action)
          return sendJson(res, 404, { error: `no such control route: ${method} ${url.pathname}` })
        await action()
        return sendEmpty(res)
      } catch (error) {
        sendJson(res, 500, { error: String(error) })
      }
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

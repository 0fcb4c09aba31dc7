// A client for a Node.js process's inspector (started with `next start --inspect`): the load
// test uses it to run V8's full garbage collection in the server before reading its memory,
// so that a reading measures what the server keeps, not when V8 last chose to collect.
// Only ever pointed at a server the load test started itself, on loopback.

import { setTimeout as sleep } from 'node:timers/promises'

type Reply = { id: number; result?: { result?: { value?: unknown } }; error?: { message: string } }

export type ServerMemory = { heapUsedMb: number; rssMb: number }

/** The inspector's WebSocket address, once the process is listening for a debugger. */
async function debuggerUrl(port: number): Promise<string> {
  const until = Date.now() + 15_000
  while (Date.now() < until) {
    try {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
        webSocketDebuggerUrl?: string
      }>
      const url = targets[0]?.webSocketDebuggerUrl
      if (url) return url
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  throw new Error(`no Node.js inspector answered on 127.0.0.1:${port}`)
}

/** One connection to the inspector, sending Chrome DevTools Protocol commands in turn. */
export async function connectInspector(port: number) {
  const socket = new WebSocket(await debuggerUrl(port))
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true })
    socket.addEventListener('error', () => reject(new Error('inspector connection failed')), {
      once: true,
    })
  })
  let nextId = 1
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const id = nextId++
      const onMessage = (event: MessageEvent) => {
        const reply = JSON.parse(String(event.data)) as Reply
        if (reply.id !== id) return
        socket.removeEventListener('message', onMessage)
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`))
        else resolve(reply)
      }
      socket.addEventListener('message', onMessage)
      socket.send(JSON.stringify({ id, method, params }))
    })

  return {
    /** V8's full collection (all available garbage, as on a low-memory notification). */
    async collectGarbage(): Promise<void> {
      await send('HeapProfiler.collectGarbage')
    },
    /** The process's own view of its memory. */
    async memory(): Promise<ServerMemory> {
      const reply = await send('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })
      const usage = JSON.parse(String(reply.result?.result?.value)) as {
        heapUsed: number
        rss: number
      }
      return { heapUsedMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 }
    },
    close(): void {
      socket.close()
    },
  }
}

import type { IncomingMessage } from 'node:http'

/**
 * The address a request came from: the socket's peer, or, behind `trustedProxies` proxies of
 * our own, the address the outermost of them saw (X-Forwarded-For read from the right, so a
 * client cannot choose its own address by sending the header itself).
 */
export function clientAddressOf(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  trustedProxies: number,
): string {
  const peer = request.socket.remoteAddress ?? 'unknown'
  if (trustedProxies <= 0) return unmapped(peer)
  const header = request.headers['x-forwarded-for']
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const client = hops[hops.length - trustedProxies]
  return unmapped(client ?? hops[0] ?? peer)
}

/** `::ffff:127.0.0.1` → `127.0.0.1`: one address, one spelling, one limit. */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address
}

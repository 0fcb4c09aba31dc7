import { BlockList, isIP } from 'node:net'

/**
 * MPESA_CALLBACK_ALLOW as a check: is a callback's source address one of the listed
 * addresses or ranges? An empty list allows every address (the per-attempt secret in the
 * callback's address is what proves a callback; this is an extra fence).
 */
export function createCallbackSourceCheck(allow: readonly string[]): (address: string) => boolean {
  if (allow.length === 0) return () => true
  const list = new BlockList()
  for (const entry of allow) {
    const [address = '', prefix] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(prefix), family)
  }
  return (address) => {
    // An IPv4 client seen by a dual-stack server arrives as ::ffff:a.b.c.d.
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
    const family = isIP(plain)
    if (family === 0) return false
    return list.check(plain, family === 6 ? 'ipv6' : 'ipv4')
  }
}

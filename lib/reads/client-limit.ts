// How many reads one client address may have counted: READS_PER_MINUTE in each minute, in
// this process's memory only. The address is held for that minute and never written
// anywhere (no table, no log). A reader does not finish 30 articles a minute; a script
// sending thousands from one address counts 30. Behind several instances each keeps its own.

export const READS_PER_MINUTE = 30

/** Addresses remembered at most; past it the oldest windows are dropped (memory stays flat). */
const MAX_ADDRESSES = 10_000

export type ClientLimit = (clientAddress: string, now: Date) => boolean

export function createClientLimit({
  perMinute = READS_PER_MINUTE,
  maxAddresses = MAX_ADDRESSES,
}: { perMinute?: number; maxAddresses?: number } = {}): ClientLimit {
  // Insertion order is the order windows began: the first key is the oldest.
  const windows = new Map<string, { start: number; count: number }>()
  return (clientAddress, now) => {
    if (perMinute <= 0) return false
    const at = now.getTime()
    const current = windows.get(clientAddress)
    if (current && at - current.start < 60_000) {
      if (current.count >= perMinute) return false
      current.count += 1
      return true
    }
    windows.delete(clientAddress)
    windows.set(clientAddress, { start: at, count: 1 })
    while (windows.size > maxAddresses) windows.delete(windows.keys().next().value!)
    return true
  }
}

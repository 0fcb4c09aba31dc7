import '@/lib/server-only.ts'

/**
 * `NABADO_READS_PER_MINUTE`: how many reads one client address may have counted each minute
 * (lib/reads/client-limit.ts; default 30). The benchmark raises it to send thousands of
 * beacons from one address; 0 counts none.
 */
export function resolveReadsPerMinute(value: string | undefined): number {
  const text = value?.trim()
  if (!text) return 30
  if (!/^\d{1,9}$/.test(text)) {
    throw new Error('NABADO_READS_PER_MINUTE must be a whole number (reads per address a minute)')
  }
  return Number(text)
}

export const readsPerMinute = resolveReadsPerMinute(process.env.NABADO_READS_PER_MINUTE)

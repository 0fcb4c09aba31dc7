import '@/lib/server-only.ts'

/**
 * `NABADO_TRUSTED_PROXIES`: how many proxies of our own stand in front of the site (nginx in
 * deploy/compose.yaml: 1). The client's address is then read that many hops from the right of
 * X-Forwarded-For; with 0 (the default) the header is ignored, since anyone can send it.
 * The per-address giving limit depends on it: behind a proxy with 0, every supporter would
 * share the proxy's address.
 */
export function resolveTrustedProxies(value: string | undefined): number {
  const text = value?.trim()
  if (!text) return 0
  if (!/^\d{1,2}$/.test(text)) {
    throw new Error('NABADO_TRUSTED_PROXIES must be a small whole number (the proxies in front)')
  }
  return Number(text)
}

export const trustedProxies = resolveTrustedProxies(process.env.NABADO_TRUSTED_PROXIES)

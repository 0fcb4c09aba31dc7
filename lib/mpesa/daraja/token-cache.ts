/** An access token and how long Daraja said it lasts. */
export type IssuedToken = { token: string; expiresInSeconds: number }

export type TokenCache = {
  /** A token that is still good, fetching one only when none is (concurrent callers share it). */
  get(): Promise<string>
  /** Forget `token` after Daraja refused it; a newer token fetched meanwhile is kept. */
  invalidate(token: string): void
}

/** Tokens are renewed this long before Daraja's expiry, so none expires in flight. */
export const TOKEN_RENEWAL_MARGIN_MS = 60_000

/**
 * Daraja's OAuth tokens last an hour; asking for one per donation would double every
 * request and run into its rate limits. One token is kept until shortly before it expires,
 * and callers arriving while it is being fetched wait for that same request. A failed fetch
 * is not kept: the next caller tries again.
 */
export function createTokenCache(
  fetchToken: () => Promise<IssuedToken>,
  now: () => number = Date.now,
): TokenCache {
  let current: { token: string; renewAt: number } | undefined
  let inFlight: Promise<string> | undefined

  const fetchShared = () => {
    inFlight ??= fetchToken()
      .then(({ token, expiresInSeconds }) => {
        const lifetimeMs = expiresInSeconds * 1000
        // A short-lived token (a stand-in's, say) is renewed halfway rather than at once.
        const margin = Math.min(TOKEN_RENEWAL_MARGIN_MS, lifetimeMs / 2)
        current = { token, renewAt: now() + lifetimeMs - margin }
        return token
      })
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  return {
    async get() {
      if (current && now() < current.renewAt) return current.token
      return fetchShared()
    },
    invalidate(token) {
      if (current?.token === token) current = undefined
    },
  }
}

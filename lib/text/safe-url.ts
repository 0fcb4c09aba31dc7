const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Returns the link only when it is http(s), mailto or tel (or a site-relative path), so
 * javascript:, data: and vbscript: links in content render as plain text.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  try {
    return ALLOWED_PROTOCOLS.has(new URL(trimmed).protocol) ? trimmed : null
  } catch {
    return null
  }
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

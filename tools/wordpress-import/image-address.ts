/**
 * The address of an image's original file. WordPress puts resized copies in posts
 * (photo-1024x683.jpg next to photo.jpg); the importer takes the original, when the export
 * lists it as an attachment, so Sanity's image pipeline gets the full picture and makes its
 * own sizes. Relative addresses resolve against the site. Returns undefined for anything
 * that is not an http(s) address (data: URIs, …).
 */
export function imageAddress(
  src: string,
  baseUrl: string,
  originals: ReadonlySet<string> = new Set(),
): string | undefined {
  const trimmed = src.trim()
  if (!trimmed) return undefined
  let url: URL
  try {
    url = new URL(trimmed, baseUrl || undefined)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  const original = new URL(url.href)
  original.pathname = url.pathname.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')
  original.search = ''
  return originals.has(original.href) ? original.href : url.href
}

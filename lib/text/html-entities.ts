/**
 * HTML character references to text: the named ones React and WordPress write, and every
 * numeric one (&#8217; &#x1F600;). One table for the service worker (lib/browser/offline/html.ts,
 * bundled into sw.js, so this stays pure and small) and the WordPress import
 * (tools/wordpress-import/wordpress-values.ts). Unknown names and out-of-range numbers are left
 * as written.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
}

/** Text from HTML attribute or element content, its character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : match
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match
  })
}

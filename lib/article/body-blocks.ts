import { recogniseEmbed, type EmbedProvider } from './embeds.ts'

/**
 * What the two body renderers (components/portable-text-body.tsx for pages,
 * lib/feed/portable-text-html.ts for the feed) make of the body's own blocks, read defensively:
 * a body may come from an import or an older schema, so every field is checked, never trusted.
 * Both renderers take their decisions from here, so the page and the feed cannot drift apart.
 */

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A dataTable's rows as the reader gets them. */
export type TableContent = {
  caption: string
  /** The column headings (the first row, when the editor marked it so), or null. */
  head: string[] | null
  body: string[][]
}

/**
 * A `dataTable` block (@sanity/table's rows, a caption, `headerRow` default true), or null
 * when it has no row to show. A cell that is not a string is shown empty.
 */
export function tableContent(value: {
  caption?: unknown
  headerRow?: unknown
  table?: unknown
}): TableContent | null {
  const table = value.table
  const rawRows =
    table && typeof table === 'object' && 'rows' in table && Array.isArray(table.rows)
      ? (table.rows as unknown[])
      : []
  const rows = rawRows
    .map((row) =>
      row && typeof row === 'object' && 'cells' in row && Array.isArray(row.cells)
        ? (row.cells as unknown[]).map(text)
        : null,
    )
    .filter((cells): cells is string[] => cells !== null && cells.length > 0)
  if (rows.length === 0) return null
  const headed = value.headerRow !== false
  return {
    caption: text(value.caption).trim(),
    head: headed ? rows[0]! : null,
    body: headed ? rows.slice(1) : rows,
  }
}

/** Names readers know for @sanity/code-input's language values. */
const LANGUAGE_NAMES: Record<string, string> = {
  batchfile: 'Batch',
  bash: 'Shell',
  c: 'C',
  cpp: 'C++',
  csharp: 'C#',
  css: 'CSS',
  go: 'Go',
  groq: 'GROQ',
  html: 'HTML',
  java: 'Java',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  jsx: 'JSX',
  kotlin: 'Kotlin',
  markdown: 'Markdown',
  mysql: 'MySQL',
  php: 'PHP',
  python: 'Python',
  ruby: 'Ruby',
  rust: 'Rust',
  sass: 'Sass',
  scss: 'SCSS',
  sh: 'Shell',
  shell: 'Shell',
  sql: 'SQL',
  swift: 'Swift',
  text: 'Text',
  ts: 'TypeScript',
  tsx: 'TSX',
  typescript: 'TypeScript',
  xml: 'XML',
  yaml: 'YAML',
}

/** A code block's contents, its language as readers name it, and the label shown above it. */
export type CodeContent = {
  code: string
  /** A class-safe language id for `language-…` (highlighters and feed readers), or null. */
  languageId: string | null
  /** "JavaScript · app.js", "Python", "app.js", or "" when neither is given. */
  label: string
}

/** A `code` block (@sanity/code-input), or null when it holds no code. */
export function codeContent(value: {
  code?: unknown
  language?: unknown
  filename?: unknown
}): CodeContent | null {
  const code = text(value.code)
  if (code.trim() === '') return null
  const language = text(value.language).trim().toLowerCase().slice(0, 40)
  const languageName = language ? (LANGUAGE_NAMES[language] ?? language) : ''
  const filename = text(value.filename).trim().slice(0, 200)
  return {
    code,
    languageId: /^[a-z0-9][a-z0-9+#-]*$/.test(language) ? language : null,
    label: [languageName, filename].filter(Boolean).join(' · '),
  }
}

/** An embed as a card: who hosts it, its https address, how to show it, its caption. */
export type EmbedCardContent = {
  provider: EmbedProvider
  url: string
  /** The address as a reader reads it: no scheme, no "www.", at most 80 characters. */
  address: string
  caption: string
}

const ADDRESS_MAX = 80

/** An `embed` block, or null when its address is not a post on a supported provider. */
export function embedCardContent(value: {
  url?: unknown
  caption?: unknown
}): EmbedCardContent | null {
  const embed = recogniseEmbed(value.url)
  if (!embed) return null
  const url = new URL(embed.url)
  const shown = `${url.host.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}${url.search}`
  return {
    provider: embed.provider,
    url: embed.url,
    address: shown.length > ADDRESS_MAX ? `${shown.slice(0, ADDRESS_MAX - 1)}…` : shown,
    caption: text(value.caption).trim(),
  }
}

/**
 * The number a numbered list starts at, from `listStart` on its first item (WordPress's
 * `<ol start="8">`), or null when it starts at 1 (or the value is not a positive integer).
 */
export function listStart(list: { children?: unknown }): number | null {
  const first = Array.isArray(list.children) ? (list.children[0] as unknown) : undefined
  const start = first && typeof first === 'object' && 'listStart' in first ? first.listStart : null
  return typeof start === 'number' && Number.isSafeInteger(start) && start > 1 ? start : null
}

/** An element id for a block, unique within a body (Sanity keys are unique in an array). */
export function blockElementId(prefix: string, key: unknown, index: number): string {
  const clean = typeof key === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(key)
  return clean ? `${prefix}-${key}` : `${prefix}-n${index}`
}

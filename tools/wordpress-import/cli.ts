// Imports a WordPress export (WXR) into NDJSON for `sanity dataset import` and the bundled
// source, plus the map of old WordPress addresses. See README.md here and the project README,
// "Moving from WordPress".
//   npm run import:wordpress -- export.xml [--out file.ndjson] [--redirects file.json]
//     [--drafts skip|draft] [--images asset|link] [--skip-type <type>]... [--bundled]
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { ImportError, runImport, type ImportSummary } from './run-import.ts'
import { bundledSettings } from './bundled-settings.ts'

const at = (file: string) => fileURLToPath(new URL(file, import.meta.url))
const BUNDLED_DATASET = at('../../sanity/dataset/production.ndjson')
const DEFAULT_REDIRECTS = at('../../sanity/dataset/wordpress-redirects.json')

const USAGE = `Usage: npm run import:wordpress -- <export.xml> [options]
  --out <file>        NDJSON to write (default: wordpress.ndjson)
  --redirects <file>  redirect map to write (default: sanity/dataset/wordpress-redirects.json)
  --drafts skip|draft drafts, pending, private and password-protected posts
                      and pages (and scheduled pages): left out (default) or imported as
                      Sanity drafts. Scheduled posts are published with their date: readers
                      see them from then
  --images asset|link embedded images as image blocks Sanity downloads on import (default),
                      or as links to the WordPress files (offline; no featured images)
  --skip-type <type>  leave a plugin's post type out instead of stopping on it (repeatable)
  --bundled           write the bundled dataset (sanity/dataset/production.ndjson), keeping
                      its site settings, so the site serves the import without Sanity`

/** The body's own block types as the summary names them: [one, many]. */
const BLOCK_NAMES: Record<string, [string, string]> = {
  code: ['code block', 'code blocks'],
  dataTable: ['table', 'tables'],
  divider: ['divider', 'dividers'],
  embed: ['embed', 'embeds'],
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        redirects: { type: 'string' },
        drafts: { type: 'string', default: 'skip' },
        images: { type: 'string', default: 'asset' },
        'skip-type': { type: 'string', multiple: true, default: [] },
        bundled: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const input = positionals[0]
  const problems = [
    positionals.length !== 1 && 'give exactly one export file',
    !['skip', 'draft'].includes(values.drafts) && '--drafts is skip or draft',
    !['asset', 'link'].includes(values.images) && '--images is asset or link',
    values.bundled && values.out && '--bundled and --out cannot be used together',
  ].filter(Boolean)
  if (!input || problems.length > 0) {
    console.error(`${problems.join('; ')}\n\n${USAGE}`)
    return 2
  }
  const output = values.bundled ? BUNDLED_DATASET : (values.out ?? 'wordpress.ndjson')

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format:
            'Importing {bar} {percentage}% | {doneMb} of {totalMb} MB read (two passes) | ETA {eta}s',
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
  let started = false
  try {
    const summary = await runImport({
      input,
      output,
      redirects: values.redirects ?? DEFAULT_REDIRECTS,
      drafts: values.drafts as 'skip' | 'draft',
      images: values.images as 'asset' | 'link',
      skipTypes: values['skip-type'],
      extraDocuments: values.bundled ? await bundledSettings(BUNDLED_DATASET) : [],
      onProgress: (done, total) => {
        if (!bar) return
        if (!started) bar.start(total, 0, { doneMb: mb(0), totalMb: mb(total) })
        started = true
        bar.update(done, { doneMb: mb(done), totalMb: mb(total) })
      },
    })
    bar?.stop()
    printSummary(summary, output, values.redirects ?? DEFAULT_REDIRECTS)
    return 0
  } catch (error) {
    bar?.stop()
    if (error instanceof ImportError) {
      console.error(`Import failed: ${error.message}\nNothing was written.`)
      return 1
    }
    throw error
  }
}

function printSummary(summary: ImportSummary, output: string, redirects: string) {
  const shortcodes = Object.entries(summary.shortcodes)
    .sort(([, a], [, b]) => b - a)
    .map(([name, count]) => `[${name}] ×${count}`)
  const blocks = Object.entries(summary.blocks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${count} ${BLOCK_NAMES[type]?.[count === 1 ? 0 : 1] ?? type}`)
  const lines = [
    `Wrote ${output} and ${redirects}`,
    `  posts        ${summary.posts} published (${summary.scheduledPosts} scheduled), ${summary.drafts} as drafts, ${summary.skippedPosts} left out`,
    `  bodies       ${summary.classicBodies} classic editor, ${summary.blockBodies} block editor`,
    `  pages        ${summary.pages} published, ${summary.pageDrafts} as drafts, ${summary.skippedPages} left out`,
    `  categories   ${summary.categories}`,
    `  tags         ${summary.tags}`,
    `  authors      ${summary.authors}`,
    `  images       ${summary.images} (of ${summary.attachments} attachments in the export)`,
    `  redirects    ${summary.redirects}`,
    `  blocks       ${blocks.length > 0 ? blocks.join(', ') : 'text and images only'}`,
    `  shortcodes   ${shortcodes.length > 0 ? `dropped ${shortcodes.join(', ')}` : 'none'}`,
    `  warnings     ${summary.warnings.length}`,
    ...summary.warnings.map((warning) => `    - ${warning}`),
  ]
  console.log(lines.join('\n'))
}

process.exitCode = await main()

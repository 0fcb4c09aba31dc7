import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseNdjson } from '../../lib/dataset/ndjson.ts'
import { runImport } from './run-import.ts'

// WordPress's `future` status (a post scheduled for later) becomes a published post with its
// later date: the site's scheduled post, on no reader page until then (sanity/queries.ts).
// The fixture export with two more posts: one scheduled for 2099, one whose schedule
// WordPress missed (its date has passed, still `future`).

const FIXTURE = fileURLToPath(
  new URL('../../e2e/fixtures/wordpress/nabado-export.xml', import.meta.url),
)
const directory = mkdtempSync(path.join(tmpdir(), 'wordpress-scheduled-'))
const file = (name: string) => path.join(directory, name)

const item = (id: number, name: string, date: string, gmt: string) => `
	<item>
		<title><![CDATA[Scheduled ${name}]]></title>
		<link>https://nabado.co.ke/?p=${id}</link>
		<dc:creator><![CDATA[wanjiku]]></dc:creator>
		<content:encoded><![CDATA[Written ahead.]]></content:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date><![CDATA[${date}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[scheduled-${name}]]></wp:post_name>
		<wp:status><![CDATA[future]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="relationships"><![CDATA[Relationships]]></category>
	</item>
`

async function importWithScheduled() {
  const fixture = readFileSync(FIXTURE, 'utf8')
  const extra =
    item(120, 'monday', '2099-12-14 07:00:00', '2099-12-14 04:00:00') +
    item(121, 'missed', '2024-06-03 07:00:00', '2024-06-03 04:00:00')
  const input = file('export.xml')
  writeFileSync(input, fixture.replace('</channel>', `${extra}</channel>`))
  const summary = await runImport({
    input,
    output: file('out.ndjson'),
    redirects: file('redirects.json'),
    drafts: 'skip',
    images: 'asset',
    skipTypes: [],
  })
  const documents = parseNdjson(readFileSync(file('out.ndjson'), 'utf8'))
  const redirects = JSON.parse(readFileSync(file('redirects.json'), 'utf8'))
  return { summary, documents, redirects }
}

describe('a post WordPress had scheduled', () => {
  it('is imported published, with its later date in Nairobi time', async () => {
    const { summary, documents, redirects } = await importWithScheduled()
    expect(summary).toMatchObject({ posts: 6, scheduledPosts: 2, drafts: 0, skippedPosts: 2 })
    const monday = documents.find((d) => d._id === 'wp-post-120')
    expect(monday).toMatchObject({
      _type: 'post',
      slug: { current: 'scheduled-monday' },
      // 07:00 in Nairobi.
      publishedAt: '2099-12-14T04:00:00.000Z',
    })
    expect(documents.some((d) => d._id === 'drafts.wp-post-120')).toBe(false)
    // No redirect gives its address away before its moment.
    expect(redirects.query.p).not.toHaveProperty('120')
    expect(JSON.stringify(redirects)).not.toContain('scheduled-monday')
  })

  it('says so when WordPress missed the schedule: it is out at once', async () => {
    const { summary, documents } = await importWithScheduled()
    expect(documents.find((d) => d._id === 'wp-post-121')).toMatchObject({
      publishedAt: '2024-06-03T04:00:00.000Z',
    })
    expect(summary.warnings.join('\n')).toContain(
      'post 121: scheduled for 2024-06-03T04:00:00.000Z, which has passed',
    )
    expect(summary.warnings.join('\n')).not.toContain('post 120: scheduled')
  })
})

// Writes a large WordPress export (WXR) for measuring the importer's memory and speed:
//   node bench/wordpress-import/make-export.ts <megabytes> <out.xml>
// Posts alternate classic- and block-editor bodies (~12 KB each, with headings, lists,
// quotes, links, an image and a shortcode; block-editor ones also a table, a code block, a
// separator and a YouTube embed; classic ones a YouTube address on its own line), spread
// over 40 categories, 200 tags and 10 authors, with an attachment per 10 posts and a page
// per 200 items (in threes: a top-level page, its child and a grandchild). Written as a
// stream: the generator stays small.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const [megabytes = '200', file = '/tmp/large-export.xml'] = process.argv.slice(2)
const target = Number(megabytes) * 1e6
const out = createWriteStream(file)
let written = 0
async function write(text: string) {
  written += Buffer.byteLength(text)
  if (!out.write(text)) await once(out, 'drain')
}

const paragraph = (n: number) =>
  `Habari za leo, msomaji ${n}! Love &amp; money in Nairobi 😊 is a <strong>long</strong> story, told with <em>care</em> and a <a href="https://example.com/${n}">link</a>. `.repeat(
    3,
  )
const classic = (n: number) =>
  `${paragraph(n)}\n\n<h2>Sehemu ya kwanza ${n}</h2>\n<ul>\n\t<li>Moja</li>\n\t<li>Mbili</li>\n</ul>\n` +
  `[caption id="attachment_${n}" width="640"]<img src="https://nabado.co.ke/wp-content/uploads/2024/01/photo-${n % 500}-1024x683.jpg" alt="Picha ${n}" /> Maelezo[/caption]\n\n` +
  `[gallery ids="1,2"]\n\n<blockquote>Methali ${n}</blockquote>\n\n` +
  `https://www.youtube.com/watch?v=vid${String(n).padStart(8, '0')}\n\n` +
  Array.from({ length: 14 }, () => paragraph(n)).join('\n\n')
const block = (n: number) =>
  `<!-- wp:paragraph -->\n<p>${paragraph(n)}</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2 class="wp-block-heading">Kichwa ${n}</h2>\n<!-- /wp:heading -->\n\n` +
  `<!-- wp:list {"ordered":true} -->\n<ol><li>Moja</li><li>Mbili</li></ol>\n<!-- /wp:list -->\n\n` +
  `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Kitu</th><th>KSh</th></tr></thead><tbody><tr><td>Kodi</td><td>${n}</td></tr><tr><td>Chakula</td><td>${n % 1000}</td></tr></tbody></table><figcaption>Bajeti ${n}</figcaption></figure>\n<!-- /wp:table -->\n\n` +
  `<!-- wp:code -->\n<pre class="wp-block-code"><code class="language-python">def share(total):\n    return total / 2  # ${n}</code></pre>\n<!-- /wp:code -->\n\n<!-- wp:separator -->\n<hr class="wp-block-separator"/>\n<!-- /wp:separator -->\n\n` +
  `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=vid${String(n).padStart(8, '0')}"} -->\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=vid${String(n).padStart(8, '0')}\n</div><figcaption>Video ${n}</figcaption></figure>\n<!-- /wp:embed -->\n\n` +
  `<!-- wp:image {"id":${n}} -->\n<figure class="wp-block-image"><img src="https://nabado.co.ke/wp-content/uploads/2024/02/image-${n % 500}.jpg" alt="Picha ${n}"/><figcaption>Maelezo</figcaption></figure>\n<!-- /wp:image -->\n\n` +
  Array.from(
    { length: 14 },
    () => `<!-- wp:paragraph -->\n<p>${paragraph(n)}</p>\n<!-- /wp:paragraph -->`,
  ).join('\n\n')

const pad = (value: number) => String(value).padStart(2, '0')
function date(n: number): string {
  const day = new Date(Date.UTC(2010, 0, 1) + n * 3 * 3600_000)
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())} ${pad(day.getUTCHours())}:17:00`
}

await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Nabado</title><link>https://nabado.co.ke</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://nabado.co.ke</wp:base_site_url><wp:base_blog_url>https://nabado.co.ke</wp:base_blog_url>
`)
for (let a = 1; a <= 10; a += 1) {
  await write(
    `<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login><![CDATA[author${a}]]></wp:author_login><wp:author_display_name><![CDATA[Mwandishi ${a}]]></wp:author_display_name></wp:author>\n`,
  )
}
for (let c = 1; c <= 40; c += 1) {
  await write(
    `<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename><![CDATA[category-${c}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Category ${c}]]></wp:cat_name></wp:category>\n`,
  )
}
for (let t = 1; t <= 200; t += 1) {
  await write(
    `<wp:tag><wp:term_id>${1000 + t}</wp:term_id><wp:tag_slug><![CDATA[tag-${t}]]></wp:tag_slug><wp:tag_name><![CDATA[Tag ${t}]]></wp:tag_name></wp:tag>\n`,
  )
}
let n = 0
while (written < target) {
  n += 1
  const id = 10_000 + n
  if (n % 10 === 0) {
    await write(
      `<item><title>photo-${n}</title><wp:post_id>${id}</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status>inherit</wp:status><wp:attachment_url><![CDATA[https://nabado.co.ke/wp-content/uploads/2024/01/photo-${n % 500}.jpg]]></wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Picha]]></wp:meta_value></wp:postmeta></item>\n`,
    )
    continue
  }
  if (n % 200 === 5) {
    // Pages in threes: a top-level page, its child, and a grandchild (moved up on import).
    const level = ((n - 5) / 200) % 3
    const parent = level === 0 ? 0 : id - 200
    await write(`<item>
<title><![CDATA[Ukurasa ${n}]]></title>
<link>https://nabado.co.ke/?page_id=${id}</link>
<dc:creator><![CDATA[author1]]></dc:creator>
<content:encoded><![CDATA[${classic(n)}]]></content:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date><![CDATA[${date(n)}]]></wp:post_date>
<wp:post_name><![CDATA[ukurasa-${n}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_parent>${parent}</wp:post_parent>
<wp:post_type><![CDATA[page]]></wp:post_type>
</item>
`)
    continue
  }
  const posted = date(n)
  const [day, time] = posted.split(' ') as [string, string]
  await write(`<item>
<title><![CDATA[Makala ${n}: Love &amp; Money]]></title>
<link>https://nabado.co.ke/${day.replaceAll('-', '/')}/makala-${n}/</link>
<dc:creator><![CDATA[author${(n % 10) + 1}]]></dc:creator>
<content:encoded><![CDATA[${n % 2 ? classic(n) : block(n)}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date><![CDATA[${day} ${time}]]></wp:post_date>
<wp:post_name><![CDATA[makala-${n}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="category-${(n % 40) + 1}"><![CDATA[Category ${(n % 40) + 1}]]></category>
<category domain="post_tag" nicename="tag-${(n % 200) + 1}"><![CDATA[Tag ${(n % 200) + 1}]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${10_000 + n - (n % 10) + 10}</wp:meta_value></wp:postmeta>
</item>
`)
}
await write('</channel>\n</rss>\n')
out.end()
await once(out, 'finish')
console.log(`Wrote ${file}: ${(written / 1e6).toFixed(1)} MB, ${n} items`)

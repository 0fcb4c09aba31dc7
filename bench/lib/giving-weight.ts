// What a page weighs as a first-time reader's browser fetches its text: the HTML, and every
// stylesheet and script it links, each gzip (zlib level 6, as bench/weight.ts counts text).
// Images and fonts are left out: the giving form adds none.

import { gzipSync } from 'node:zlib'

export type TextWeight = {
  html: number
  css: number
  js: number
  total: number
  raw_html: number
  files: string[]
}

const gzipBytes = (body: Uint8Array) => gzipSync(body, { level: 6 }).length

/** The `href`s of stylesheet links and the `src`s of scripts in `html`. */
function linkedFiles(html: string): { css: string[]; js: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1]
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => attribute(tag, 'href'))
  const js = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => attribute(tag, 'src'))
  const present = (list: (string | undefined)[]) =>
    [...new Set(list.filter((item): item is string => Boolean(item)))].map((item) =>
      item.replace(/&amp;/g, '&'),
    )
  return { css: present(css), js: present(js) }
}

/** `path` on `origin` and the text it links, gzip bytes by kind (the server's cache warmed). */
export async function textWeight(origin: string, path: string): Promise<TextWeight> {
  await (await fetch(origin + path)).arrayBuffer()
  const page = new Uint8Array(await (await fetch(origin + path)).arrayBuffer())
  const html = new TextDecoder().decode(page)
  const linked = linkedFiles(html)
  const weigh = async (files: string[]) => {
    let total = 0
    for (const file of files) {
      const answer = await fetch(new URL(file, origin))
      if (!answer.ok) throw new Error(`${file} on ${origin}: ${answer.status}`)
      total += gzipBytes(new Uint8Array(await answer.arrayBuffer()))
    }
    return total
  }
  const css = await weigh(linked.css)
  const js = await weigh(linked.js)
  const htmlGzip = gzipBytes(page)
  return {
    html: htmlGzip,
    css,
    js,
    total: htmlGzip + css + js,
    raw_html: page.length,
    files: [...linked.css, ...linked.js].map((file) => new URL(file, origin).pathname),
  }
}

/**
 * @portabletext/html cleans every document with a few XPath queries (Google Docs and Word
 * markers, stray text nodes, comments, scripts). jsdom's XPath engine walks the tree in
 * JavaScript and took about 40% of the importer's time; these exact queries are answered
 * here with selectors and a tree walk instead, and any other expression still goes to jsdom.
 * The results are the same nodes (the converter only removes or tags them).
 */
const GDOCS = '//*[@id and contains(@id, "docs-internal-guid")]'
const BODY_TEXT = '/html/body/text()'
const UNWANTED = [
  '/html/text()',
  '/html/head/text()',
  '/html/body/text()',
  '/html/body/ul/text()',
  '/html/body/ol/text()',
  '//comment()',
  '//style',
  '//xml',
  '//script',
  '//meta',
  '//link',
].join('|')

const TEXT_NODE = 3
const SHOW_COMMENT = 0x80

export function withFastXPath(document: Document): Document {
  const original = document.evaluate.bind(document)
  document.evaluate = ((
    expression: string,
    contextNode: Node,
    resolver?: XPathNSResolver | null,
    type?: number,
    result?: XPathResult | null,
  ) => {
    const nodes = answer(document, expression)
    return nodes ? snapshot(nodes) : original(expression, contextNode, resolver, type, result)
  }) as Document['evaluate']
  return document
}

function answer(document: Document, expression: string): Node[] | undefined {
  const textChildren = (parent: Element | null | undefined) =>
    [...(parent?.childNodes ?? [])].filter((node) => node.nodeType === TEXT_NODE)
  if (expression === GDOCS) return [...document.querySelectorAll('[id*="docs-internal-guid"]')]
  if (expression === BODY_TEXT) return textChildren(document.body)
  if (expression === UNWANTED) {
    const html = document.documentElement
    const nodes: Node[] = [
      ...textChildren(html),
      ...textChildren(document.head),
      ...textChildren(document.body),
      ...[...document.querySelectorAll('body > ul, body > ol')].flatMap(textChildren),
    ]
    const comments = document.createTreeWalker(document, SHOW_COMMENT)
    for (let node = comments.nextNode(); node; node = comments.nextNode()) nodes.push(node)
    nodes.push(...document.querySelectorAll('style, xml, script, meta, link'))
    return nodes
  }
  return undefined
}

function snapshot(nodes: Node[]): XPathResult {
  let next = 0
  return {
    snapshotLength: nodes.length,
    snapshotItem: (index: number) => nodes[index] ?? null,
    iterateNext: () => nodes[next++] ?? null,
  } as unknown as XPathResult
}

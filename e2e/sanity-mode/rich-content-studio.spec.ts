import { expect, test, type Locator, type Page } from '@playwright/test'
import { postPath } from '../../lib/addresses/permalink.ts'
import { expectNoAxeViolations } from '../helpers/axe.ts'
import { editorClient } from './setup.ts'
import { signInToStudio } from './studio-sign-in.ts'

// The body's rich blocks made the way an editor makes them: in the real Studio (Chromium,
// against the local stand-in of Sanity's API), through the Portable Text editor's toolbar,
// its insert menu and each block's own input (@sanity/table's grid, @sanity/code-input's
// CodeMirror editor). Then the published article, as readers get it.
// Everything here is typed and clicked; nothing is written to the API behind the Studio's
// back, except where a test says so for setting up a document.

test.describe.configure({ mode: 'serial' })

/** Opens a new document of the list `list` ("Posts", "Pages") in the Studio. */
async function newDocument(page: Page, list: string) {
  await page.goto('/studio')
  await page.getByRole('link', { name: list, exact: true }).click()
  // The list has loaded (its items, or its empty state) before the new-document button acts.
  await expect(page.getByRole('option').or(page.getByText('No results found')).first()).toBeVisible(
    { timeout: 120_000 },
  )
  await page.getByTestId('action-intent-button').click()
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeEditable({ timeout: 120_000 })
}

/**
 * A toolbar action of the Portable Text editor by its name ("Subscript", "Insert Table
 * (block)"). The toolbar shows what fits and moves the rest into its "…" menus, so the action
 * is either a button or an item of one of those menus.
 */
async function toolbarAction(page: Page, field: Locator, name: string) {
  const button = field.getByRole('button', { name, exact: true })
  if (await button.isVisible()) return button.click()
  for (const more of await field.locator('button:not([aria-label])').all()) {
    if (!(await more.isEnabled())) continue
    await more.click()
    const item = page.getByRole('menuitem', { name, exact: true })
    if (await item.isVisible()) return item.click()
    await page.keyboard.press('Escape')
  }
  throw new Error(`The body's toolbar has no action "${name}"`)
}

/**
 * Shows the message of the one field in `scope` the Studio marks with an error: it marks the
 * field with an icon and shows the words in a tooltip when the editor points at it.
 */
async function showFieldProblem(scope: Locator) {
  const icon = scope.getByTestId('input-validation-icon-error')
  await expect(icon).toBeVisible({ timeout: 30_000 })
  await icon.hover()
}

/**
 * Selects characters `start` to `end` of the editor's first text block, counted over its
 * visible text (the editor's zero-width placeholders left out).
 */
async function selectText(body: Locator, start: number, end: number) {
  await body.evaluate(
    (root, [from, to]) => {
      const block = root.querySelector('[data-slate-node="element"]') ?? root
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      const points: Array<[Node, number]> = []
      let seen = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        if (text.replace(/\uFEFF/g, '') === '') continue
        for (const [i, target] of [from!, to!].entries())
          if (!points[i] && target >= seen && target <= seen + text.length)
            points[i] = [node, target - seen]
        seen += text.length
      }
      const [anchor, focus] = points
      if (!anchor || !focus) throw new Error(`No text at ${from}–${to}`)
      getSelection()!.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1])
    },
    [start, end],
  )
}

test('an editor adds a table, code, an embed, a divider and marked text in the Studio, and readers get them as HTML', async ({
  page,
}) => {
  // The Studio is slow to drive on a busy machine: each block opens its own input.
  test.setTimeout(900_000)
  await signInToStudio(page)
  await newDocument(page, 'Posts')

  const title = `Counting Kenya ${Date.now()}`
  await page.getByRole('textbox', { name: 'Title' }).fill(title)
  await page.getByRole('button', { name: 'Generate' }).click()
  const slug = title.toLowerCase().replace(/\s+/g, '-')
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(slug)

  const body = page.locator('[data-pt-editor="true"][contenteditable="true"]')
  const field = page.getByRole('group').filter({ has: body })
  const dialog = page.getByRole('dialog')

  // Text with marks. The editor mounts after the form: keys typed before it is ready are lost.
  const parts: Array<[string, string | null]> = [
    ['Fares were ', null],
    ['80 shillings', 'Strikethrough'],
    [' before; water is H', null],
    ['2', 'Subscript'],
    ['O, the area is 10', null],
    ['3', 'Superscript'],
    [' m; type ', null],
    ['npm test', 'Inline code'],
    ['.', null],
  ]
  const sentence = parts.map(([text]) => text).join('')
  await body.click()
  await expect(body).toBeFocused()
  await body.pressSequentially(sentence)
  await expect(body).toContainText(sentence)
  // Each marked part: select it (as with the mouse: a DOM selection, which the editor
  // follows), then the mark from the toolbar.
  let start = 0
  for (const [text, mark] of parts) {
    if (mark) {
      await selectText(body, start, start + text.length)
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(text)
      await toolbarAction(page, field, mark)
    }
    start += text.length
  }
  await page.keyboard.press('ControlOrMeta+End')

  // A table: its caption, the header-row switch (on by default), @sanity/table's grid.
  await toolbarAction(page, field, 'Insert Table (block)')
  await dialog.getByRole('textbox', { name: 'Caption' }).fill('Households by county')
  await expect(
    dialog.getByRole('checkbox', { name: 'The first row holds the column headings' }),
  ).toBeChecked()
  await dialog.getByRole('button', { name: 'Create Table' }).click()
  await dialog.getByRole('button', { name: 'Add row' }).click()
  const cells = dialog.getByRole('table').getByRole('textbox')
  await expect(cells).toHaveCount(6)
  const table = [
    ['County', 'Households'],
    ['Nairobi', '1,506,888'],
    ['Mombasa', '378,422'],
  ]
  for (const [i, text] of table.flat().entries()) await cells.nth(i).fill(text)
  await dialog.getByRole('button', { name: 'Close dialog' }).click()
  await expect(body.getByText('3 rows × 2 columns')).toBeVisible()

  // A code block: language, file name and @sanity/code-input's editor (CodeMirror).
  await toolbarAction(page, field, 'Insert Code block (block)')
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Python' })
  await dialog.getByRole('textbox', { name: 'Filename' }).fill('greet.py')
  const codeEditor = dialog.locator('.cm-content')
  await codeEditor.click()
  const code = ['name  =  "Wanjiku"', 'print("Habari", name)']
  for (const [i, line] of code.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(line)
  }
  await expect(codeEditor).toContainText(code[1]!)
  await dialog.getByRole('button', { name: 'Close dialog' }).click()

  // An embed: an address the site cannot embed is refused in plain words, a YouTube one taken.
  await toolbarAction(page, field, 'Insert Embed (YouTube, X, TikTok…) (block)')
  const address = dialog.getByRole('textbox', { name: 'Address' })
  await address.fill('https://example.com/videos/42')
  await showFieldProblem(dialog)
  await expect(
    page.getByText(
      /is not a single post on a site the magazine can embed.*YouTube, X \(Twitter\), Facebook, Instagram, TikTok, Spotify/,
    ),
  ).toBeVisible()
  const youtube = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
  await address.fill(youtube)
  await dialog.getByRole('textbox', { name: 'Caption' }).fill('The launch, in full')
  await expect(dialog.getByTestId('input-validation-icon-error')).toHaveCount(0, {
    timeout: 30_000,
  })
  await dialog.getByRole('button', { name: 'Close dialog' }).click()

  // A divider: nothing to fill in.
  await toolbarAction(page, field, 'Insert Divider (block)')
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close dialog' }).click()
  await expect(body.getByText('Divider', { exact: true })).toBeVisible()

  // The draft the Studio saved, as the API holds it.
  type Draft = {
    types: string[]
    marks: string[]
    table: { caption: string; headerRow: boolean; rows: string[][] } | null
    code: { language: string; filename: string; code: string } | null
    embed: { url: string; caption: string } | null
  }
  const draft = () =>
    editorClient.fetch<Draft | null>(
      `*[_id in path("drafts.**") && slug.current == $slug][0]{
        "types": body[]._type,
        "marks": body[_type == "block"].children[].marks[],
        "table": body[_type == "dataTable"][0]{caption, headerRow, "rows": table.rows[].cells},
        "code": body[_type == "code"][0]{language, filename, code},
        "embed": body[_type == "embed"][0]{url, caption}
      }`,
      { slug },
      { perspective: 'raw' },
    )
  await expect.poll(draft, { timeout: 30_000 }).toEqual({
    types: ['block', 'dataTable', 'code', 'embed', 'divider'],
    marks: ['strike-through', 'sub', 'sup', 'code'],
    table: { caption: 'Households by county', headerRow: true, rows: table },
    code: { language: 'python', filename: 'greet.py', code: code.join('\n') },
    embed: { url: youtube, caption: 'The launch, in full' },
  })

  // Publish, clicking again if the Studio validated a stale copy (editor-publishes.spec.ts).
  const counts = () =>
    editorClient.fetch<{ published: number; drafts: number }>(
      `{
        "published": count(*[slug.current == $slug && !(_id in path("drafts.**"))]),
        "drafts": count(*[slug.current == $slug && _id in path("drafts.**")])
      }`,
      { slug },
      { perspective: 'raw' },
    )
  const publish = page.getByTestId('action-publish')
  await expect(async () => {
    if ((await counts()).published === 0) await publish.click({ timeout: 5_000 })
    await expect.poll(counts, { timeout: 10_000 }).toEqual({ published: 1, drafts: 0 })
  }).toPass({ timeout: 120_000 })

  const published = await editorClient.fetch<{ publishedAt: string }>(
    '*[slug.current == $slug][0]{publishedAt}',
    { slug },
  )
  const reader = await page.context().browser()!.newContext()
  const article = await reader.newPage()
  const hosts = new Set<string>()
  article.on('request', (request) => hosts.add(new URL(request.url()).hostname))
  const response = await article.goto(
    new URL(postPath({ slug, publishedAt: published.publishedAt }), page.url()).href,
  )
  expect(response?.status()).toBe(200)
  const main = article.getByRole('main')

  // The marks, as the HTML elements that carry their meaning.
  const paragraph = main.locator('p').filter({ hasText: 'Fares were' })
  await expect(paragraph.locator('s')).toHaveText('80 shillings')
  await expect(paragraph.locator('sub')).toHaveText('2')
  await expect(paragraph.locator('sup')).toHaveText('3')
  await expect(paragraph.locator('code')).toHaveText('npm test')

  // The table: a caption that names it, column headings, then the rows.
  const htmlTable = main.getByRole('table', { name: 'Households by county' })
  await expect(htmlTable.locator('caption')).toHaveText('Households by county')
  await expect(htmlTable.locator('thead th')).toHaveText(['County', 'Households'])
  await expect(htmlTable.getByRole('columnheader')).toHaveText(['County', 'Households'])
  await expect(htmlTable.locator('tbody tr')).toHaveCount(2)
  await expect(htmlTable.locator('tbody tr').first().locator('td')).toHaveText([
    'Nairobi',
    '1,506,888',
  ])

  // The code, whitespace and all.
  const pre = main.locator('pre')
  await expect(pre).toHaveCount(1)
  expect(await pre.locator('code').textContent()).toBe(code.join('\n'))

  // The embed: a card linking to the post on YouTube, and nothing loaded from YouTube.
  await expect(main.getByRole('link', { name: /Watch on YouTube/ })).toHaveAttribute(
    'href',
    youtube,
  )
  await expect(main.getByText('The launch, in full')).toBeVisible()
  await expect(main.locator('iframe')).toHaveCount(0)
  expect([...hosts]).toEqual(['127.0.0.1'])

  // The divider.
  await expect(main.locator('hr')).toHaveCount(1)

  await expectNoAxeViolations(article)
  await reader.close()
})

test("a page cannot take the address of one of the site's own routes", async ({ page }) => {
  test.setTimeout(300_000)
  await signInToStudio(page)
  await newDocument(page, 'Pages')
  await page.getByRole('textbox', { name: 'Title' }).fill('Support')
  await page.getByRole('button', { name: 'Generate' }).click()
  const slug = page.getByRole('textbox', { name: 'Slug' })
  await expect(slug).toHaveValue('support')

  const slugField = page.getByTestId('field-slug')
  await showFieldProblem(slugField)
  await expect(
    page.getByText('"/support" is already one of the site\'s own addresses: choose another slug.'),
  ).toBeVisible()

  // A year is an article address too.
  await slug.fill('2026')
  await showFieldProblem(slugField)
  await expect(
    page.getByText('"2026" is a number: numbers are for dated article addresses.'),
  ).toBeVisible()

  // Publish stays out of reach while the slug is refused, and nothing is published; an
  // address of its own makes the page publishable.
  const publish = page.getByTestId('action-publish')
  await expect(publish).toBeDisabled({ timeout: 30_000 })
  await slug.fill(`our-support-${Date.now()}`)
  await expect(publish).toBeEnabled({ timeout: 30_000 })
  await slug.fill('support')
  await expect(publish).toBeDisabled({ timeout: 30_000 })
  const published = await editorClient.fetch<number>(
    'count(*[_type == "page" && slug.current in ["support", "2026"] && !(_id in path("drafts.**"))])',
  )
  expect(published).toBe(0)
})

// `listStart` (a numbered list that does not start at 1, from WordPress's <ol start="8">) is
// not a field of Sanity's block type: the importer writes it on the list's first item. Set
// up here through the API as the importer would, then edited in the Studio as an editor
// would: the Studio must neither drop it nor complain about it.
test('a numbered list that starts at 8 keeps its start when an editor edits it in the Studio', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const id = `post-list-start-${Date.now()}`
  const slug = `list-start-${Date.now()}`
  const item = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
    _type: 'block',
    _key: key,
    style: 'normal',
    listItem: 'number',
    level: 1,
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
    ...extra,
  })
  await editorClient.createOrReplace({
    _id: id,
    _type: 'post',
    title: 'Ten Things, Continued',
    slug: { _type: 'slug', current: slug },
    publishedAt: '2026-02-10T09:00:00Z',
    body: [item('i8', 'Eighth: listen', { listStart: 8 }), item('i9', 'Ninth: rest')],
  })

  await signInToStudio(page)
  await page.goto(`/studio/intent/edit/id=${id};type=post/`)
  const body = page.locator('[data-pt-editor="true"][contenteditable="true"]')
  await expect(body).toContainText('Eighth: listen', { timeout: 120_000 })
  // No complaint about the document: no field marked, nothing to fix.
  await expect(page.getByTestId('input-validation-icon-error')).toHaveCount(0)
  await expect(page.getByTestId('input-validation-icon-warning')).toHaveCount(0)

  await body.getByText('Eighth: listen').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' first')

  const draft = () =>
    editorClient.fetch<{ text: string; listStart: unknown }[] | null>(
      '*[_id == $id][0].body[]{"text": children[0].text, listStart}',
      { id: `drafts.${id}` },
      { perspective: 'raw' },
    )
  await expect.poll(draft, { timeout: 30_000 }).toEqual([
    { text: 'Eighth: listen first', listStart: 8 },
    { text: 'Ninth: rest', listStart: null },
  ])

  const publish = page.getByTestId('action-publish')
  const isPublished = async () =>
    (await editorClient.fetch<string | null>('*[_id == $id][0].body[0].children[0].text', {
      id,
    })) === 'Eighth: listen first'
  await expect(async () => {
    if (!(await isPublished())) await publish.click({ timeout: 5_000 })
    await expect.poll(isPublished, { timeout: 10_000 }).toBe(true)
  }).toPass({ timeout: 120_000 })
  expect(await editorClient.fetch<unknown>('*[_id == $id][0].body[0].listStart', { id })).toBe(8)

  const reader = await page.context().browser()!.newContext()
  const article = await reader.newPage()
  const response = await article.goto(
    new URL(postPath({ slug, publishedAt: '2026-02-10T09:00:00Z' }), page.url()).href,
  )
  expect(response?.status()).toBe(200)
  await expect(article.getByRole('main').locator('ol[start="8"] > li')).toHaveText([
    'Eighth: listen first',
    'Ninth: rest',
  ])
  await reader.close()
})

// The stand-in, driven by the real @sanity/client (as the site's server-side code uses it)
// and by node:http2 (as the Studio reaches it), against the repo's bundled dataset.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { connect } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

import { createClient, type MutationEvent, type SanityClient } from '@sanity/client'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { applyPatch } from 'mendoza'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readNdjsonFile } from '../../lib/dataset/ndjson.ts'
import { createSanityStandIn, type SanityDocument, type SanityStandIn } from './server.ts'

const PROJECT_ID = 'standintest'
const DATASET = 'production'
const TOKEN = 'stand-in-test-token'
const WEBHOOK_SECRET = 'stand-in-webhook-secret'
const DATASET_FILE = fileURLToPath(
  new URL('../../sanity/dataset/production.ndjson', import.meta.url),
)
const SEED = readNdjsonFile(DATASET_FILE)

const SLUG = 'why-loneliness-is-rising-despite-social-media'
const POST_ID = `post-${SLUG}`

type ReceivedHook = { headers: IncomingHttpHeaders; body: string }

let stand: SanityStandIn
let hookServer: Server
const hooks: ReceivedHook[] = []

function client(
  options: { token?: string; perspective?: 'published' | 'drafts' | 'raw' } = {},
): SanityClient {
  return createClient({
    projectId: PROJECT_ID,
    dataset: DATASET,
    apiVersion: '2025-10-01',
    apiHost: stand.httpUrl,
    useProjectHostname: false,
    useCdn: false,
    ...options,
  })
}

async function waitFor<T>(read: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(async () => {
  // A webhook receiver that keeps the raw body: signatures are over the exact bytes.
  hookServer = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      hooks.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
  const { port } = hookServer.address() as AddressInfo
  stand = await createSanityStandIn({
    projectId: PROJECT_ID,
    dataset: DATASET,
    documents: SEED,
    token: TOKEN,
    webhook: { url: `http://127.0.0.1:${port}/api/revalidate`, secret: WEBHOOK_SECRET },
  })
})

afterAll(async () => {
  await stand?.close()
  await new Promise((resolve) => hookServer?.close(resolve))
})

beforeEach(async () => {
  await stand.webhooksSettled()
  stand.setDocuments(SEED)
  hooks.length = 0
})

describe('queries', () => {
  it('answers GROQ with $params, references and the published perspective', async () => {
    const post = await client().fetch<{
      title: string
      author: string
      categories: string[]
    } | null>(
      '*[_type == "post" && slug.current == $slug][0]{title, "author": author->name, "categories": categories[]->slug.current}',
      { slug: SLUG },
    )
    expect(post?.title).toBe('Why Loneliness Is Rising Despite Social Media')
    expect(post?.author).toEqual(expect.any(String))
    expect(post?.categories.length).toBeGreaterThan(0)

    const { result, ms, query } = await client().fetch(
      'count(*[_type == "post"])',
      {},
      { filterResponse: false },
    )
    expect(result).toBe(SEED.filter((doc) => doc._type === 'post').length)
    expect(typeof ms).toBe('number')
    expect(query).toBe('count(*[_type == "post"])')
  })

  it('answers a GROQ syntax error with 400, as a parse error the client can show', async () => {
    await expect(client().fetch('*[_type == ]')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('GROQ query parse error'),
    })
    await expect(client().fetch('*[slug.current == $missing]')).rejects.toMatchObject({
      statusCode: 400,
    })
  })

  it('serves published documents without a token, and drafts only with it', async () => {
    await stand.mutate([
      {
        createOrReplace: {
          ...stand.getDocument(POST_ID),
          _id: `drafts.${POST_ID}`,
          title: 'Draft title',
        },
      },
      { create: { _id: 'drafts.brand-new', _type: 'post', title: 'Never published' } },
    ])
    const byId = '*[_id == $id][0]{_id, _originalId, title}'

    const published = await client().fetch(byId, { id: POST_ID })
    expect(published).toMatchObject({
      _id: POST_ID,
      title: 'Why Loneliness Is Rising Despite Social Media',
    })

    const drafts = client({ token: TOKEN, perspective: 'drafts' })
    expect(await drafts.fetch(byId, { id: POST_ID })).toEqual({
      _id: POST_ID,
      _originalId: `drafts.${POST_ID}`,
      title: 'Draft title',
    })
    expect(await drafts.fetch(byId, { id: 'brand-new' })).toMatchObject({
      title: 'Never published',
    })
    expect(await drafts.fetch('count(*[_id in path("drafts.**")])')).toBe(0)

    const raw = client({ token: TOKEN, perspective: 'raw' })
    expect(await raw.fetch('count(*[_id in path("drafts.**")])')).toBe(2)
    // Without the token drafts do not exist, and asking for them is refused.
    expect(await client({ perspective: 'raw' }).fetch('count(*[_id in path("drafts.**")])')).toBe(0)
    await expect(client({ perspective: 'drafts' }).fetch('count(*)')).rejects.toMatchObject({
      statusCode: 401,
    })
    await expect(client({ token: 'wrong' }).fetch('count(*)')).rejects.toMatchObject({
      statusCode: 401,
    })

    expect(await client().getDocuments([POST_ID, `drafts.${POST_ID}`, 'missing'])).toEqual([
      expect.objectContaining({ _id: POST_ID }),
      null,
      null,
    ])
    expect(await client({ token: TOKEN }).getDocument(`drafts.${POST_ID}`)).toMatchObject({
      title: 'Draft title',
    })
  })
})

describe('writes', () => {
  it('creates, patches and deletes with client.mutate / transaction', async () => {
    const writer = client({ token: TOKEN })
    const created = await writer.create({
      _id: 'note-1',
      _type: 'note',
      title: 'One',
      count: 1,
      tags: ['a'],
    })
    expect(created).toMatchObject({ _id: 'note-1', title: 'One', _rev: expect.any(String) })
    expect(created._createdAt).toBe(created._updatedAt)

    const patched = await writer
      .patch('note-1')
      .set({ title: 'One, patched' })
      .inc({ count: 2 })
      .setIfMissing({ subtitle: 'added' })
      .insert('after', 'tags[-1]', ['b'])
      .unset(['nothing'])
      .commit()
    expect(patched).toMatchObject({
      title: 'One, patched',
      count: 3,
      subtitle: 'added',
      tags: ['a', 'b'],
    })
    expect(patched._rev).not.toBe(created._rev)
    expect(patched._createdAt).toBe(created._createdAt)

    const result = await writer
      .transaction()
      .createOrReplace({ _id: 'note-2', _type: 'note', title: 'Two' })
      .patch('note-1', (p) => p.dec({ count: 1 }))
      .delete('note-1')
      .commit()
    expect(result.results.map((r) => r.operation)).toEqual(['create', 'update', 'delete'])
    expect(stand.getDocument('note-1')).toBeNull()
    expect(stand.getDocument('note-2')).toMatchObject({ title: 'Two', _rev: result.transactionId })

    await writer.patch({ query: '*[_type == "note"]' }).set({ touched: true }).commit()
    expect(stand.getDocument('note-2')).toMatchObject({ touched: true })
    await writer.delete({ query: '*[_type == "note"]' })
    expect(await writer.fetch('count(*[_type == "note"])')).toBe(0)
  })

  it('refuses writes without the token, duplicate creates and dangling strong references', async () => {
    await expect(client().create({ _id: 'x', _type: 'note' })).rejects.toMatchObject({
      statusCode: 401,
    })
    const writer = client({ token: TOKEN })
    await expect(writer.create({ _id: POST_ID, _type: 'post' })).rejects.toMatchObject({
      statusCode: 409,
    })
    await expect(
      writer.create({
        _id: 'dangling',
        _type: 'post',
        author: { _type: 'reference', _ref: 'nobody' },
      }),
    ).rejects.toMatchObject({ statusCode: 409, message: expect.stringContaining('non-existent') })
    const category = SEED.find((doc) => doc._type === 'category') as SanityDocument
    await expect(writer.delete(category._id)).rejects.toMatchObject({ statusCode: 409 })
    // A refused transaction changes nothing.
    expect(stand.documents()).toHaveLength(SEED.length)
  })

  it('runs the Studio document actions: create, edit, publish, unpublish, discard', async () => {
    const writer = client({ token: TOKEN })
    await writer.action([
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'essay',
        attributes: { _id: 'drafts.essay', _type: 'post', title: 'Essay' },
        ifExists: 'fail',
      },
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.essay',
        publishedId: 'essay',
        patch: {
          set: { body: 'Hello world' },
          diffMatchPatch: { title: '@@ -1,5 +1,11 @@\n Essay\n+, draft\n' },
        },
      },
    ])
    expect(stand.getDocument('drafts.essay')).toMatchObject({
      title: 'Essay, draft',
      body: 'Hello world',
    })

    await writer.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.essay',
      publishedId: 'essay',
    })
    expect(stand.getDocument('drafts.essay')).toBeNull()
    expect(stand.getDocument('essay')).toMatchObject({ title: 'Essay, draft' })

    // Editing a published document starts a draft from it.
    await writer.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.essay',
      publishedId: 'essay',
      patch: { set: { title: 'Essay v2' } },
    })
    expect(stand.getDocument('drafts.essay')).toMatchObject({
      title: 'Essay v2',
      body: 'Hello world',
    })
    await writer.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.essay' })
    expect(stand.getDocument('drafts.essay')).toBeNull()

    await writer.action({
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.essay',
      publishedId: 'essay',
    })
    expect(stand.getDocument('essay')).toBeNull()
    expect(stand.getDocument('drafts.essay')).toMatchObject({ title: 'Essay, draft' })

    await expect(
      writer.action({
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.none',
        publishedId: 'none',
      }),
    ).rejects.toMatchObject({ statusCode: 409 })
  })
})

describe('listening', () => {
  it('streams a mutation event only to listeners whose filter matches', async () => {
    const events: Array<Omit<Partial<MutationEvent>, 'type'> & { type: string }> = []
    const subscription = client({ token: TOKEN })
      .listen(
        '*[_type == "post" && slug.current == $slug]',
        { slug: SLUG },
        { includeResult: true, effectFormat: 'mendoza', events: ['welcome', 'mutation'] },
      )
      .subscribe({ next: (event) => events.push(event as (typeof events)[number]) })
    try {
      await waitFor(() => events.find((event) => event.type === 'welcome'))
      const writer = client({ token: TOKEN })
      await writer.patch('siteSettings').set({ tagline: 'not for this listener' }).commit()
      const before = stand.getDocument(POST_ID) as SanityDocument
      const { transactionId } = await writer
        .patch(POST_ID)
        .set({ title: 'Heard by the listener' })
        .commit({ returnDocuments: false })

      const event = await waitFor(() => events.find((e) => e.type === 'mutation'))
      expect(event).toMatchObject({
        documentId: POST_ID,
        transactionId,
        eventId: `${transactionId}#${POST_ID}`,
        transition: 'update',
        visibility: 'query',
        previousRev: before._rev,
        resultRev: transactionId,
        transactionTotalEvents: 1,
        transactionCurrentEvent: 1,
        identity: expect.any(String),
        timestamp: expect.any(String),
        result: expect.objectContaining({ title: 'Heard by the listener' }),
        mutations: [
          {
            patch: expect.objectContaining({
              id: POST_ID,
              set: { title: 'Heard by the listener' },
            }),
          },
        ],
      })
      // The Studio applies `effects` (Mendoza patches) to the document it holds.
      const withoutRev: Record<string, unknown> = { ...before }
      delete withoutRev._rev
      expect(applyPatch(withoutRev, event.effects?.apply as never)).toMatchObject({
        title: 'Heard by the listener',
      })

      // Leaving the filter is a `disappear`, and nothing else arrived on this stream.
      await writer
        .patch(POST_ID)
        .set({ slug: { _type: 'slug', current: 'moved' } })
        .commit()
      const gone = await waitFor(() => events.filter((e) => e.type === 'mutation')[1])
      expect(gone.transition).toBe('disappear')
      expect(events.filter((e) => e.type === 'mutation')).toHaveLength(2)
    } finally {
      subscription.unsubscribe()
    }
  })
})

describe('webhooks', () => {
  it('posts signed create / update / delete webhooks for published documents only', async () => {
    const writer = client({ token: TOKEN })
    await writer.create({
      _id: 'drafts.hooked',
      _type: 'post',
      slug: { _type: 'slug', current: 'hooked' },
    })
    await writer.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.hooked',
      publishedId: 'hooked',
    })
    await writer.patch('hooked').set({ title: 'Updated' }).commit()
    await writer.delete('hooked')
    await stand.webhooksSettled()

    expect(hooks.map((hook) => JSON.parse(hook.body))).toEqual([
      {
        _id: 'hooked',
        _type: 'post',
        slug: { _type: 'slug', current: 'hooked' },
        operation: 'create',
      },
      {
        _id: 'hooked',
        _type: 'post',
        slug: { _type: 'slug', current: 'hooked' },
        operation: 'update',
      },
      {
        _id: 'hooked',
        _type: 'post',
        slug: { _type: 'slug', current: 'hooked' },
        operation: 'delete',
      },
    ])
    for (const hook of hooks) {
      const signature = hook.headers[SIGNATURE_HEADER_NAME] as string
      expect(await isValidSignature(hook.body, signature, WEBHOOK_SECRET)).toBe(true)
      expect(await isValidSignature(hook.body, signature, 'another secret')).toBe(false)
      expect(hook.headers['sanity-document-id']).toBe('hooked')
    }
    expect(stand.webhookDeliveries().every((delivery) => delivery.status === 200)).toBe(true)
  })

  it('delivers a webhook on demand', async () => {
    const post = stand.getDocument(POST_ID) as SanityDocument
    const delivery = await stand.deliverWebhook(post, 'update')
    expect(delivery.status).toBe(200)
    const [hook] = hooks
    expect(JSON.parse(hook?.body ?? '{}')).toEqual({
      _id: POST_ID,
      _type: 'post',
      slug: post.slug,
      operation: 'update',
    })
    expect(
      await isValidSignature(
        hook?.body ?? '',
        hook?.headers[SIGNATURE_HEADER_NAME] as string,
        WEBHOOK_SECRET,
      ),
    ).toBe(true)
  })
})

describe('HTTP surface', () => {
  it('serves the Studio over HTTP/2 + TLS at <projectId>.localhost', async () => {
    const { port } = new URL(stand.httpsUrl)
    const authority = `${PROJECT_ID}.localhost:${port}`
    // Node does not resolve *.localhost: connect to 127.0.0.1 and name the host for TLS.
    const session = connect(`https://127.0.0.1:${port}`, {
      servername: `${PROJECT_ID}.localhost`,
      ca: stand.certificate,
    })
    try {
      const answer = await new Promise<{ status: number; body: string; protocol: string }>(
        (resolve, reject) => {
          session.on('error', reject)
          const request = session.request({
            ':method': 'GET',
            ':authority': authority,
            ':path': '/v2025-10-01/users/me',
            authorization: `Bearer ${TOKEN}`,
            origin: 'http://localhost:3000',
          })
          let status = 0
          let body = ''
          request.on('response', (headers) => {
            status = Number(headers[':status'])
            expect(headers['access-control-allow-origin']).toBe('http://localhost:3000')
            expect(headers['access-control-allow-credentials']).toBe('true')
          })
          request.setEncoding('utf8')
          request.on('data', (chunk: string) => (body += chunk))
          request.on('end', () => resolve({ status, body, protocol: session.alpnProtocol ?? '' }))
          request.on('error', reject)
          request.end()
        },
      )
      expect(answer.protocol).toBe('h2')
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toMatchObject({
        id: expect.any(String),
        role: 'administrator',
      })
    } finally {
      session.close()
    }
  })

  it('answers bad input with 4xx JSON and stays up', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
    const badJson = await fetch(`${stand.httpUrl}/v2025-10-01/data/mutate/${DATASET}`, {
      method: 'POST',
      headers,
      body: '{"mutations": [',
    })
    expect(badJson.status).toBe(400)
    expect(await badJson.json()).toMatchObject({ error: 'Bad Request' })

    const tooBig = await fetch(`${stand.httpUrl}/v2025-10-01/data/mutate/${DATASET}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        mutations: [{ create: { _type: 'note', blob: 'x'.repeat(6 * 1024 * 1024) } }],
      }),
    })
    expect(tooBig.status).toBe(413)

    const unknown = await fetch(`${stand.httpUrl}/v2025-10-01/nowhere`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ statusCode: 404 })

    const preflight = await fetch(`${stand.httpUrl}/v2025-10-01/data/query/${DATASET}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type',
    )

    const comments = await fetch(
      `${stand.httpUrl}/v2025-10-01/projects/${PROJECT_ID}/datasets?datasetProfile=comments`,
    )
    expect(await comments.json()).toEqual([])

    expect(await client().fetch('count(*)')).toBe(SEED.length)
  })
})

describe('withoutTextQuery', () => {
  it("rewrites the Studio's text::query() search to plain match", async () => {
    const { withoutTextQuery } = await import('./groq.ts')
    expect(withoutTextQuery('*[_type in $t && ([@, _id] match text::query($__query) || x)]')).toBe(
      '*[_type in $t && (($__query == "*" || [_id, title, name, slug.current, excerpt, pt::text(body)] match $__query) || x)]',
    )
    expect(withoutTextQuery('*[title match $q]')).toBe('*[title match $q]')
  })
})

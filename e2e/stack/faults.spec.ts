import net from 'node:net'
import { expect, test } from '@playwright/test'
import { startLoad, sleep } from './load.ts'
import {
  compose,
  containerOf,
  docker,
  dockerUnavailable,
  get,
  hasTitle,
  instanceURL,
  LONELINESS,
  nginxURL,
  publishTitle,
  STACK_IMAGE,
  STACK_PORTS,
  stackEnv,
  TILL,
  waitFor200,
} from './setup.ts'

// The stack broken on purpose (issue #27; docs/reliability.md has what was measured): each
// fault made with docker-compose or docker, as an operator's mistake or a crash would, and
// checked through nginx.

test.skip(dockerUnavailable() !== null, `stack tests skipped: ${dockerUnavailable()}`)
test.describe.configure({ mode: 'serial' })
test.use({ baseURL: nginxURL })

const health = async (name: 'a' | 'b') =>
  JSON.parse((await get(instanceURL(name), '/api/health')).text)

test('one instance killed during 30 s of readers: no reader request fails, and restarted it serves the fresh content', async () => {
  test.setTimeout(120_000)
  const load = startLoad()
  const began = Date.now()
  await sleep(5_000)
  docker('kill', containerOf('site-a'))
  // Published while A is down: the webhook reaches B through nginx.
  const title = await publishTitle('while A was down')
  await sleep(10_000)
  compose('start', 'site-a')
  await waitFor200(`${instanceURL('a')}/api/health`)
  await sleep(30_000 - (Date.now() - began))
  const result = await load.stop()
  console.log(
    `stack: instance killed: ${result.total} reader requests, ${result.failed} failed, ${result.cut} cut short`,
  )
  // Every reader is answered 200: nginx passes what the killed instance refused or dropped
  // before answering to the other. A page the instance was sending at the instant of the
  // SIGKILL cannot be passed on (nginx had begun answering): seen once in 9,590 requests on a
  // loaded machine (docs/reliability.md); more than 1 in 1,000 would be a failover gone wrong.
  expect(result.failed, result.failures.join('\n')).toBe(0)
  expect(result.cut, result.failures.join('\n')).toBeLessThanOrEqual(result.total / 1000)
  expect(result.total).toBeGreaterThan(100)
  expect(await hasTitle(instanceURL('a'), title)).toBe(true)
})

test('a rolling restart of both instances under load: no reader request fails', async () => {
  test.setTimeout(180_000)
  const load = startLoad()
  await sleep(3_000)
  for (const name of ['a', 'b'] as const) {
    const stopping = Date.now()
    compose('restart', `site-${name}`)
    console.log(`stack: site-${name} restarted (stop and start) in ${Date.now() - stopping} ms`)
    await waitFor200(`${instanceURL(name)}/support`)
    await sleep(3_000)
  }
  const result = await load.stop()
  console.log(
    `stack: rolling restart: ${result.total} reader requests, ${result.failed} failed, ${result.cut} cut short`,
  )
  // A restart is SIGTERM: the instance finishes what it is sending, so nothing is cut either.
  expect(result.failures).toEqual([])
  expect(result.total).toBeGreaterThan(100)
})

test('Redis stopped: pages still 200 on both instances, reported degraded; back up, a publish is fresh on both again', async () => {
  test.setTimeout(120_000)
  compose('stop', 'redis')
  try {
    await expect.poll(async () => (await health('a')).redis, { timeout: 15_000 }).toBe('down')
    for (const origin of [instanceURL('a'), instanceURL('b'), nginxURL]) {
      for (const path of [
        '/',
        LONELINESS,
        '/support',
        `/category/relationships?redis=${Date.now()}`,
      ]) {
        expect((await get(origin, path)).status, `${origin}${path}`).toBe(200)
      }
    }
    expect((await get(instanceURL('b'), '/api/health')).status).toBe(200)
  } finally {
    compose('start', 'redis')
  }
  for (const name of ['a', 'b'] as const) {
    await expect.poll(async () => (await health(name)).redis, { timeout: 20_000 }).toBe('up')
  }
  const title = await publishTitle('after Redis came back')
  await Promise.all(
    (['a', 'b'] as const).map((name) =>
      expect
        .poll(() => hasTitle(instanceURL(name), title), { timeout: 5_000, intervals: [100] })
        .toBe(true),
    ),
  )
})

async function give(request: import('@playwright/test').APIRequestContext, n: number) {
  const html = await (await request.get(`/support?give=${n}`)).text()
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('/support has no giving form')
  const phone = `07${String(Date.now() % 1e8).padStart(8, '0')}`
  return request.post('/support/give', {
    data: new URLSearchParams({ token, phone, amount: '100' }).toString(),
    maxRedirects: 0,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: nginxURL,
      'x-forwarded-for': `198.51.100.${(n % 250) + 1}`,
    },
  })
}

test('PostgreSQL stopped: pages 200, /support shows the till, the form says giving is unavailable; back up, giving works without a restart', async ({
  request,
}) => {
  test.setTimeout(120_000)
  expect((await give(request, 1)).status()).toBe(303)
  compose('stop', 'postgres')
  try {
    const support = await get(nginxURL, `/support?pg=${Date.now()}`)
    expect(support.status).toBe(200)
    expect(support.text).toContain(TILL)
    expect((await get(nginxURL, LONELINESS)).status).toBe(200)
    const refused = await give(request, 2)
    expect(refused.status()).toBe(200)
    expect(await refused.text()).toContain('Giving by phone is unavailable right now')
    expect((await health('a')).database).toBe('down')
  } finally {
    compose('start', 'postgres')
  }
  let n = 3
  await expect.poll(async () => (await give(request, n++)).status(), { timeout: 30_000 }).toBe(303)
})

/** A container of the image on the spare port, outside compose (Sanity stand-in, no Redis). */
function runSpare(name: string, extra: string[]) {
  docker('rm', '-f', name)
  docker(
    'run',
    '-d',
    '--name',
    name,
    '--network',
    'host',
    ...extra,
    '-e',
    `PORT=${STACK_PORTS.spare}`,
    '-e',
    'HOSTNAME=127.0.0.1',
    '-e',
    `SANITY_API_HOST=${stackEnv.SANITY_API_HOST}`,
    '-e',
    `SANITY_API_READ_TOKEN=${stackEnv.SANITY_API_READ_TOKEN}`,
    '-e',
    `SANITY_REVALIDATE_SECRET=${stackEnv.SANITY_REVALIDATE_SECRET}`,
    STACK_IMAGE,
  )
  return `http://127.0.0.1:${STACK_PORTS.spare}`
}

test('with a read-only root file system (a data and a cache volume only) the image still serves, search included', async () => {
  test.setTimeout(90_000)
  const name = 'nabado-stack-read-only'
  const origin = runSpare(name, [
    '--read-only',
    '--tmpfs',
    '/tmp',
    '-v',
    `${name}-data:/app/.data`,
    '-v',
    `${name}-cache:/app/.next/cache`,
  ])
  try {
    await waitFor200(`${origin}/api/health`)
    for (const path of ['/', LONELINESS, '/support', '/feed.xml']) {
      expect((await get(origin, path)).status, path).toBe(200)
    }
    // PGlite in the data volume, with its pg_trgm extension (the file traced into the image).
    await expect
      .poll(
        async () => (await get(origin, '/search?q=lonelines')).text.includes('Why Loneliness'),
        {
          timeout: 20_000,
        },
      )
      .toBe(true)
  } finally {
    docker('rm', '-f', '-v', name)
    docker('volume', 'rm', `${name}-data`, `${name}-cache`)
  }
})

test('SIGTERM: the server refuses new connections, finishes the request in flight and exits before compose would kill it', async () => {
  test.setTimeout(90_000)
  const name = 'nabado-stack-sigterm'
  const origin = runSpare(name, [])
  try {
    await waitFor200(`${origin}/api/health`)
    // A request in flight: its body is half sent when the signal comes.
    const socket = net.connect(STACK_PORTS.spare, '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    let answer = ''
    socket.on('data', (data) => (answer += data.toString()))
    const body = ['{"_id":', '"x"}']
    socket.write(
      'POST /api/revalidate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${body.join('').length}\r\n\r\n${body[0]}`,
    )
    // Long enough for the server to have taken the request up even on a busy machine: a
    // connection whose request it has not read yet counts as idle, and is closed at once.
    await sleep(1_000)
    const signalled = Date.now()
    docker('kill', '--signal', 'TERM', name)
    await sleep(1_000)
    const refused = await fetch(`${origin}/`).then(
      () => false,
      () => true,
    )
    expect(refused).toBe(true)
    socket.write(body[1]!)
    await expect.poll(() => answer, { timeout: 5_000 }).toMatch(/^HTTP\/1\.1 401/)
    // The client hangs up once answered. One that keeps its connection open holds the exit
    // until Node's keep-alive timeout ends it (measured 7-18 s here: docs/reliability.md).
    socket.end()
    docker('wait', name)
    const seconds = (Date.now() - signalled) / 1000
    console.log(
      `stack: SIGTERM to exit ${seconds.toFixed(1)} s (a request in flight, answered, then the client hung up)`,
    )
    // Issue #27 asks for 10 s. Next.js's own shutdown waited 11-15 s here in Sanity mode;
    // lib/http/shutdown-deadline.ts cuts what is still open 8 s after the signal.
    expect(seconds).toBeLessThan(10)
  } finally {
    docker('rm', '-f', '-v', name)
  }
})

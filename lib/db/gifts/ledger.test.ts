import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getTableColumns } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  postgresBinDir,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '@/tests/harness/postgres-server.ts'
import type { GiftLedger, SettleInput } from '../../mpesa/giving/ledger.ts'
import { createEngine, type Engine, type EngineTarget } from '../engine.ts'
import { openDatabase } from '../index.ts'
import { applyMigrations } from '../migrate.ts'
import { MIGRATIONS } from '../migrations/index.ts'
import { giftEvents, gifts as giftsTable } from '../schema.ts'
import { createGiftLedger } from './ledger.ts'

// The gifts' ledger as the site runs it, the same SQL on both engines: PGlite in memory and a
// real PostgreSQL (Debian's, which .ci/run installs) started here. Each test works in a
// month of its own, with numbers and clients of its own, so the tests share one database.

const POSTGRES_PORT = 5447
const hasPostgres = postgresBinDir() !== null

let month = 0
/** A clock in a month no other test uses: totals and lists see only this test's gifts. */
function clockOfOwnMonth() {
  const start = new Date(Date.UTC(2030, month++, 1, 8))
  let now = start
  return {
    start,
    now: () => now,
    advance(ms: number) {
      now = new Date(now.getTime() + ms)
      return now
    },
  }
}

let serial = 0
function attempt(now: Date, overrides: Partial<Parameters<GiftLedger['createAttempt']>[0]> = {}) {
  serial += 1
  return {
    id: `gift-${serial}-${Math.random().toString(36).slice(2, 8)}`,
    amount: 100,
    phoneHash: `phone-${serial}-${Math.random()}`,
    clientHash: `client-${serial}-${Math.random()}`,
    phoneLastThree: '678',
    now,
    ...overrides,
  }
}

const PAID: SettleInput = { outcome: 'paid', resultCode: '0', resultDesc: 'ok', amount: 100 }

function ledgerSuite(name: string, target: () => EngineTarget) {
  describe(`the gifts' ledger on ${name}`, () => {
    let engine: Engine
    let ledger: GiftLedger

    beforeAll(async () => {
      engine = await createEngine(target())
      await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
      ledger = createGiftLedger(engine.db)
    }, 60_000)
    afterAll(async () => {
      await engine?.close()
    })

    const eventsOf = (id: string) =>
      engine.withSession((session) =>
        session.rows<{ kind: string; source: string; state: string }>(
          'SELECT kind, source, state FROM gift_events WHERE gift_id = $1 ORDER BY id',
          [id],
        ),
      )

    it('records an attempt, its prompt and its settlement, each change once', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      expect(await ledger.createAttempt(gift)).toEqual({ ok: true })
      await ledger.markPrompted(gift.id, {
        checkoutRequestId: `ws_CO_${gift.id}`,
        merchantRequestId: 'm-1',
        now: clock.advance(1000),
      })
      // A repeated acceptance (a retried push) changes nothing.
      await ledger.markPrompted(gift.id, {
        checkoutRequestId: `ws_CO_${gift.id}`,
        merchantRequestId: 'm-1',
        now: clock.advance(1000),
      })
      const settledAt = clock.advance(20_000)
      expect(
        await ledger.settle(
          gift.id,
          { ...PAID, receipt: `R${serial}`, checkoutRequestId: `ws_CO_${gift.id}` },
          'callback',
          settledAt,
        ),
      ).toBe('settled')

      expect(await ledger.getGift(gift.id)).toMatchObject({
        id: gift.id,
        amount: 100,
        state: 'paid',
        outcome: 'paid',
        resultCode: '0',
        receipt: `R${serial}`,
        checkoutRequestId: `ws_CO_${gift.id}`,
        phoneLastThree: '678',
        settledAt,
      })
      expect(await eventsOf(gift.id)).toEqual([
        { kind: 'created', source: 'form', state: 'pending' },
        { kind: 'prompted', source: 'push', state: 'pending' },
        { kind: 'settled', source: 'callback', state: 'paid' },
      ])
    })

    it('settles once when a callback and the query arrive together', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await ledger.createAttempt(gift)
      const now = clock.advance(5000)
      const results = await Promise.all([
        ledger.settle(gift.id, { ...PAID, receipt: `RACE${serial}` }, 'callback', now),
        ledger.settle(gift.id, { ...PAID, receipt: `RACE${serial}` }, 'callback', now),
        ledger.settle(gift.id, PAID, 'query', now),
        ledger.settle(
          gift.id,
          { outcome: 'cancelled', resultCode: '1032', resultDesc: 'x' },
          'sweep',
          now,
        ),
      ])
      expect(results.filter((result) => result === 'settled')).toHaveLength(1)
      expect(results.filter((result) => result === 'already-final')).toHaveLength(3)
      const settled = (await eventsOf(gift.id)).filter((event) => event.kind === 'settled')
      expect(settled).toHaveLength(1)
    })

    it('never changes a final state; a late callback only adds the receipt the query lacked', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await ledger.createAttempt(gift)
      expect(await ledger.settle(gift.id, PAID, 'query', clock.advance(90_000))).toBe('settled')
      expect(await ledger.getGift(gift.id)).toMatchObject({ state: 'paid', receipt: null })
      const late = clock.advance(60_000)
      expect(
        await ledger.settle(gift.id, { ...PAID, receipt: `LATE${serial}` }, 'callback', late),
      ).toBe('already-final')
      expect(
        await ledger.settle(
          gift.id,
          { outcome: 'cancelled', resultCode: '1032', resultDesc: 'x' },
          'callback',
          late,
        ),
      ).toBe('already-final')
      expect(await ledger.getGift(gift.id)).toMatchObject({
        state: 'paid',
        receipt: `LATE${serial}`,
      })
      expect((await eventsOf(gift.id)).map((event) => event.kind)).toEqual(['created', 'settled'])
    })

    it('refuses a callback whose checkout, amount or receipt does not fit, changing nothing', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await ledger.createAttempt(gift)
      await ledger.markPrompted(gift.id, {
        checkoutRequestId: `ws_CO_fit_${gift.id}`,
        merchantRequestId: 'm',
        now: clock.now(),
      })
      const now = clock.advance(1000)
      expect(
        await ledger.settle(
          gift.id,
          { ...PAID, checkoutRequestId: 'ws_CO_other' },
          'callback',
          now,
        ),
      ).toBe('mismatch')
      expect(await ledger.settle(gift.id, { ...PAID, amount: 1 }, 'callback', now)).toBe('mismatch')
      expect(await ledger.settle('no-such-gift', PAID, 'callback', now)).toBe('unknown')

      const other = attempt(clock.now())
      await ledger.createAttempt(other)
      expect(
        await ledger.settle(other.id, { ...PAID, receipt: `DUP${serial}` }, 'callback', now),
      ).toBe('settled')
      expect(
        await ledger.settle(gift.id, { ...PAID, receipt: `DUP${serial}` }, 'callback', now),
      ).toBe('duplicate-receipt')
      expect(await ledger.getGift(gift.id)).toMatchObject({ state: 'pending', receipt: null })
    })

    it('keeps the outcome behind a failed state', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await ledger.createAttempt(gift)
      await ledger.settle(
        gift.id,
        { outcome: 'wrong-pin', resultCode: '2001', resultDesc: 'wrong PIN' },
        'callback',
        clock.advance(1000),
      )
      expect(await ledger.getGift(gift.id)).toMatchObject({
        state: 'failed',
        outcome: 'wrong-pin',
        resultCode: '2001',
      })
    })

    it('holds one pending prompt per number, 3 per 10 minutes and 10 a day', async () => {
      const clock = clockOfOwnMonth()
      const phoneHash = `limits-${serial}-${Math.random()}`
      const first = attempt(clock.now(), { phoneHash })
      expect(await ledger.createAttempt(first)).toEqual({ ok: true })
      expect(await ledger.createAttempt(attempt(clock.now(), { phoneHash }))).toEqual({
        ok: false,
        limit: 'phone-pending',
      })
      await ledger.settle(first.id, PAID, 'callback', clock.advance(1000))
      for (let i = 0; i < 2; i += 1) {
        const next = attempt(clock.advance(1000), { phoneHash })
        expect(await ledger.createAttempt(next)).toEqual({ ok: true })
        await ledger.settle(next.id, PAID, 'callback', clock.now())
      }
      expect(await ledger.createAttempt(attempt(clock.now(), { phoneHash }))).toEqual({
        ok: false,
        limit: 'phone-10min',
      })
      // Ten minutes on, the number may try again, until its tenth attempt of the day.
      for (let i = 3; i < 10; i += 1) {
        if (i % 3 === 0) clock.advance(10 * 60_000 + 1000)
        const next = attempt(clock.advance(1000), { phoneHash })
        expect(await ledger.createAttempt(next)).toEqual({ ok: true })
        await ledger.settle(next.id, PAID, 'callback', clock.now())
      }
      clock.advance(10 * 60_000 + 1000)
      expect(await ledger.createAttempt(attempt(clock.now(), { phoneHash }))).toEqual({
        ok: false,
        limit: 'phone-day',
      })
      clock.advance(24 * 3600_000)
      expect(await ledger.createAttempt(attempt(clock.now(), { phoneHash }))).toEqual({ ok: true })
    })

    it('holds 10 prompts per client address per 10 minutes', async () => {
      const clock = clockOfOwnMonth()
      const clientHash = `client-limit-${serial}-${Math.random()}`
      for (let i = 0; i < 10; i += 1) {
        expect(await ledger.createAttempt(attempt(clock.now(), { clientHash }))).toEqual({
          ok: true,
        })
      }
      expect(await ledger.createAttempt(attempt(clock.now(), { clientHash }))).toEqual({
        ok: false,
        limit: 'client-10min',
      })
    })

    it('lets only one of two posts for one number at once through', async () => {
      const clock = clockOfOwnMonth()
      const phoneHash = `together-${serial}-${Math.random()}`
      const results = await Promise.all(
        Array.from({ length: 5 }, () => ledger.createAttempt(attempt(clock.now(), { phoneHash }))),
      )
      expect(results.filter((result) => result.ok)).toHaveLength(1)
    })

    it('hands each overdue attempt to one sweeper until its lease runs out', async () => {
      const clock = clockOfOwnMonth()
      const gifts = [attempt(clock.now()), attempt(clock.now())]
      for (const gift of gifts) await ledger.createAttempt(gift)
      const young = attempt(clock.advance(80_000))
      await ledger.createAttempt(young)
      const now = clock.advance(20_000)
      const claim = () =>
        ledger.claimOverdue({
          olderThan: new Date(now.getTime() - 90_000),
          leaseUntil: new Date(now.getTime() + 20_000),
          now,
          limit: 500,
        })
      // Other tests' pending attempts are overdue too: only this test's are looked at.
      const ours = new Set([...gifts, young].map((gift) => gift.id))
      const idsOf = (claimed: { id: string }[]) =>
        claimed.map((gift) => gift.id).filter((id) => ours.has(id))
      const [first, second] = await Promise.all([claim(), claim()])
      const claimed = [...idsOf(first), ...idsOf(second)]
      expect(claimed.sort()).toEqual(gifts.map((gift) => gift.id).sort())
      expect(claimed).not.toContain(young.id)
      expect(idsOf(await claim())).toEqual([])
      // The lease runs out (a sweeper crashed): the attempts are claimable again.
      const later = new Date(now.getTime() + 21_000)
      const again = await ledger.claimOverdue({
        olderThan: new Date(later.getTime() - 90_000),
        leaseUntil: new Date(later.getTime() + 20_000),
        now: later,
        limit: 500,
      })
      expect(idsOf(again)).toEqual(expect.arrayContaining(gifts.map((g) => g.id)))
    })

    it('forgets the hashes after a day and reports the month', async () => {
      const clock = clockOfOwnMonth()
      const gifts = [
        attempt(clock.now(), { amount: 250 }),
        attempt(clock.advance(1000), { amount: 50 }),
      ]
      for (const gift of gifts) await ledger.createAttempt(gift)
      await ledger.settle(gifts[0]!.id, { ...PAID, amount: 250 }, 'callback', clock.advance(1000))
      await ledger.settle(
        gifts[1]!.id,
        { outcome: 'cancelled', resultCode: '1032', resultDesc: 'x' },
        'callback',
        clock.now(),
      )
      const monthEnd = new Date(
        Date.UTC(clock.start.getUTCFullYear(), clock.start.getUTCMonth() + 1),
      )
      expect(await ledger.totalPaid(clock.start, monthEnd)).toBe(250)
      const listed = await ledger.listSince(clock.start)
      expect(listed.map((gift) => [gift.id, gift.state])).toEqual([
        [gifts[0]!.id, 'paid'],
        [gifts[1]!.id, 'cancelled'],
      ])
      expect(listed[0]).not.toHaveProperty('phoneHash')

      expect(await ledger.forgetHashes(new Date(clock.start.getTime() + 2000))).toBeGreaterThan(0)
      const hashes = await engine.withSession((session) =>
        session.rows<{ phone_hash: string | null; client_hash: string | null }>(
          'SELECT phone_hash, client_hash FROM gifts WHERE id = ANY($1)',
          [gifts.map((gift) => gift.id)],
        ),
      )
      expect(hashes).toEqual([
        { phone_hash: null, client_hash: null },
        { phone_hash: null, client_hash: null },
      ])
    })

    it('refuses a final state without an outcome, and a second record of one change', async () => {
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await ledger.createAttempt(gift)
      await expect(
        engine.withSession((session) =>
          session.rows("UPDATE gifts SET state = 'paid' WHERE id = $1", [gift.id]),
        ),
      ).rejects.toThrow(/gifts_final_has_outcome/)
      await expect(
        engine.withSession((session) =>
          session.rows(
            "INSERT INTO gift_events (gift_id, kind, source, state, at) VALUES ($1, 'created', 'form', 'pending', now())",
            [gift.id],
          ),
        ),
      ).rejects.toThrow(/gift_events_gift_id_kind_key/)
    })

    it('has the columns Drizzle is told of', async () => {
      const columns = await engine.withSession((session) =>
        session.rows<{ table_name: string; column_name: string }>(
          `SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name IN ('gifts', 'gift_events')
           ORDER BY table_name, ordinal_position`,
        ),
      )
      const named = (table: typeof giftsTable | typeof giftEvents) =>
        Object.values(getTableColumns(table)).map((column) => column.name)
      expect(columns.filter((c) => c.table_name === 'gifts').map((c) => c.column_name)).toEqual(
        named(giftsTable),
      )
      expect(
        columns.filter((c) => c.table_name === 'gift_events').map((c) => c.column_name),
      ).toEqual(named(giftEvents))
    })
  })
}

ledgerSuite('PGlite', () => ({ kind: 'pglite', dataDir: null, label: 'PGlite in memory' }))

let postgres: ThrowawayPostgres | null = null
describe.skipIf(!hasPostgres)('on a real PostgreSQL', () => {
  beforeAll(async () => {
    postgres = await startThrowawayPostgres(POSTGRES_PORT)
  }, 60_000)
  afterAll(async () => {
    await postgres?.remove()
  })

  ledgerSuite('PostgreSQL', () => ({
    kind: 'postgres',
    url: postgres!.url,
    label: 'throwaway PostgreSQL',
  }))

  it('migrates once when two instances start together', async () => {
    const target = { kind: 'postgres' as const, url: postgres!.url, label: 'PostgreSQL' }
    const engines = await Promise.all([createEngine(target), createEngine(target)])
    try {
      const applied = await Promise.all(
        engines.map((engine) => engine.withSession((s) => applyMigrations(s, MIGRATIONS))),
      )
      // The suite above migrated first: nothing is left, and nothing fails on a second run.
      expect(applied).toEqual([[], []])
      const recorded = await engines[0]!.withSession((s) =>
        s.rows<{ name: string }>('SELECT name FROM schema_migrations'),
      )
      expect(recorded.map((row) => row.name)).toEqual(MIGRATIONS.map((m) => m.name))
    } finally {
      await Promise.all(engines.map((engine) => engine.close()))
    }
  })

  it('keeps a settled gift across a crash of the server', async () => {
    const database = await openDatabase({
      kind: 'postgres',
      url: postgres!.url,
      label: 'PostgreSQL',
    })
    const clock = clockOfOwnMonth()
    const gift = attempt(clock.now())
    await database.giftLedger().createAttempt(gift)
    await database.giftLedger().settle(gift.id, PAID, 'callback', clock.advance(1000))
    await postgres!.stop({ crash: true })
    await postgres!.start()
    // The pool makes new connections by itself once the server is back.
    expect(await database.giftLedger().getGift(gift.id)).toMatchObject({ state: 'paid' })
    await database.close()
  }, 60_000)
})

describe('PGlite in a data folder', () => {
  it('keeps the gifts across a restart and is opened once per process', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nabado-pglite-'))
    const config = { kind: 'pglite' as const, dataDir: join(folder, 'pglite'), label: 'PGlite' }
    try {
      const first = await openDatabase(config)
      await expect(openDatabase(config)).rejects.toThrow(/already open/)
      const clock = clockOfOwnMonth()
      const gift = attempt(clock.now())
      await first.giftLedger().createAttempt(gift)
      await first.giftLedger().settle(gift.id, PAID, 'callback', clock.advance(1000))
      await first.close()

      const second = await openDatabase(config)
      expect(await second.giftLedger().getGift(gift.id)).toMatchObject({ state: 'paid' })
      await second.close()
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }, 60_000)
})

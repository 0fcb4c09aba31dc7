import { bigint, date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The tables as Drizzle sees them, for typed queries. The database itself is made by the SQL
 * in migrations/, the one source of truth which both engines run: constraints and indexes are
 * written there only. schema.test.ts checks that these columns are the migrated database's.
 */

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/** One attempt to give: created before the push, settled exactly once. No phone number. */
export const gifts = pgTable('gifts', {
  id: text('id').primaryKey(),
  amount: integer('amount').notNull(),
  state: text('state', {
    enum: ['pending', 'paid', 'cancelled', 'failed', 'no-answer'],
  }).notNull(),
  outcome: text('outcome', {
    enum: ['paid', 'cancelled', 'no-answer', 'insufficient-funds', 'wrong-pin', 'failed'],
  }),
  resultCode: text('result_code'),
  resultDesc: text('result_desc'),
  /** Unique (gifts_receipt_key): one M-Pesa receipt settles one attempt. */
  receipt: text('receipt'),
  checkoutRequestId: text('checkout_request_id'),
  merchantRequestId: text('merchant_request_id'),
  /** A keyed hash of the number, for the limits; cleared after a day (forgetHashes). */
  phoneHash: text('phone_hash'),
  clientHash: text('client_hash'),
  phoneLastThree: text('phone_last_three').notNull(),
  createdAt: at('created_at').notNull(),
  promptedAt: at('prompted_at'),
  settledAt: at('settled_at'),
  /** The sweep's claim: no other instance touches the attempt before this time. */
  leaseUntil: at('lease_until'),
})

/** Each change of an attempt's state, once (UNIQUE (gift_id, kind)): the audit trail. */
export const giftEvents = pgTable('gift_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  giftId: text('gift_id')
    .notNull()
    .references(() => gifts.id),
  kind: text('kind', { enum: ['created', 'prompted', 'settled'] }).notNull(),
  source: text('source').notNull(),
  state: text('state').notNull(),
  at: at('at').notNull(),
  detail: text('detail'),
})

/** Reads of one article on one Nairobi day (#26): a count, nothing about the readers. */
export const articleReads = pgTable(
  'article_reads',
  {
    slug: text('slug').notNull(),
    /** 'YYYY-MM-DD', the calendar day in Africa/Nairobi. */
    day: date('day', { mode: 'string' }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ name: 'article_reads_pkey', columns: [table.slug, table.day] })],
)

export const schema = { gifts, giftEvents, articleReads }

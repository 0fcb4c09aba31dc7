// The first migration: giving's attempts and their events. Never edit a migration once it
// has shipped: add the next one (0002-….ts) and list it in index.ts.
export const name = '0001-gifts'

export const sql = /* sql */ `
CREATE TABLE gifts (
  id text PRIMARY KEY,
  amount integer NOT NULL CONSTRAINT gifts_amount_positive CHECK (amount > 0),
  state text NOT NULL
    CONSTRAINT gifts_state_known CHECK (state IN ('pending', 'paid', 'cancelled', 'failed', 'no-answer')),
  outcome text CONSTRAINT gifts_outcome_known
    CHECK (outcome IN ('paid', 'cancelled', 'no-answer', 'insufficient-funds', 'wrong-pin', 'failed')),
  result_code text,
  result_desc text,
  receipt text CONSTRAINT gifts_receipt_key UNIQUE,
  checkout_request_id text CONSTRAINT gifts_checkout_request_id_key UNIQUE,
  merchant_request_id text,
  phone_hash text,
  client_hash text,
  phone_last_three text NOT NULL CONSTRAINT gifts_phone_last_three_digits
    CHECK (phone_last_three ~ '^[0-9]{3}$'),
  created_at timestamptz NOT NULL,
  prompted_at timestamptz,
  settled_at timestamptz,
  lease_until timestamptz,
  -- A final state has its outcome and time; a pending one has neither.
  CONSTRAINT gifts_final_has_outcome CHECK (
    (state = 'pending' AND outcome IS NULL AND settled_at IS NULL)
    OR (state <> 'pending' AND outcome IS NOT NULL AND settled_at IS NOT NULL)
  )
);

-- The limits count one number's (or one client's) attempts of the last 10 minutes and day.
CREATE INDEX gifts_phone_hash_created_at ON gifts (phone_hash, created_at);
CREATE INDEX gifts_client_hash_created_at ON gifts (client_hash, created_at);
-- The sweep reads only pending attempts, oldest first.
CREATE INDEX gifts_pending_created_at ON gifts (created_at) WHERE state = 'pending';
-- The report and the month's total read by time.
CREATE INDEX gifts_created_at ON gifts (created_at);
CREATE INDEX gifts_paid_settled_at ON gifts (settled_at) WHERE state = 'paid';

CREATE TABLE gift_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gift_id text NOT NULL REFERENCES gifts (id),
  kind text NOT NULL CONSTRAINT gift_events_kind_known CHECK (kind IN ('created', 'prompted', 'settled')),
  source text NOT NULL,
  state text NOT NULL,
  at timestamptz NOT NULL,
  detail text,
  -- Each change of state is recorded once, by the database itself.
  CONSTRAINT gift_events_gift_id_kind_key UNIQUE (gift_id, kind)
);
`

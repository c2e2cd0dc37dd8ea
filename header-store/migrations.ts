/**
 * Versioned schema migrations, applied in order by SqlHeaderStore.migrate().
 * Never edit a migration that has shipped: append a new one instead.
 */

/** One migration: a parameterless SQL script run inside migrate()'s transaction. */
export interface Migration {
  /** Strictly increasing, starting at 1; recorded in schema_migrations. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_username_key UNIQUE (username)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  name text NOT NULL,
  is_group boolean NOT NULL,
  created_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE participants (
  conversation_id text NOT NULL,
  user_id text NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, user_id),
  CONSTRAINT participants_conversation_id_fkey FOREIGN KEY (conversation_id)
    REFERENCES conversations (id) ON DELETE CASCADE,
  CONSTRAINT participants_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX participants_user_id_idx ON participants (user_id);

CREATE TABLE messages (
  id text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  sender_id text NOT NULL REFERENCES users (id),
  sender_name text NOT NULL,
  sender_device text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('voice', 'text')),
  opus jsonb,
  text text,
  state text NOT NULL CHECK (state IN ('live', 'complete', 'interrupted')),
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  duration_ms bigint NOT NULL DEFAULT 0,
  chunk_count bigint NOT NULL DEFAULT 0,
  byte_count bigint NOT NULL DEFAULT 0,
  CONSTRAINT messages_pkey PRIMARY KEY (id)
);
CREATE INDEX messages_conversation_started_idx ON messages (conversation_id, started_at DESC, id DESC);
CREATE INDEX messages_live_idx ON messages (started_at) WHERE state = 'live';

-- One row per user: the last cursor handed out. Appends bump it with
-- INSERT … ON CONFLICT DO UPDATE, whose row lock is held until commit, so
-- cursors for one user commit in increasing order with no gaps.
CREATE TABLE timeline_heads (
  user_id text PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  head bigint NOT NULL
);

-- conversation_id / message_id carry no foreign keys: an event is a snapshot
-- and must stay readable whatever happens to what it describes.
CREATE TABLE timeline_events (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  cursor bigint NOT NULL,
  kind text NOT NULL,
  conversation_id text NOT NULL,
  message_id text,
  payload jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, cursor)
);
`,
  },
  {
    // Independent of every other migration: replaces the state CHECK and adds a nullable column.
    version: 2,
    name: 'recall and retention',
    sql: `
ALTER TABLE messages DROP CONSTRAINT messages_state_check;
ALTER TABLE messages ADD CONSTRAINT messages_state_check
  CHECK (state IN ('live', 'complete', 'interrupted', 'recalled', 'expired'));
ALTER TABLE conversations ADD COLUMN retention_ms bigint;
-- The retention sweeper walks finished messages by age.
CREATE INDEX messages_finished_started_idx ON messages (started_at) WHERE state IN ('complete', 'interrupted');
`,
  },
  {
    // Independent of every other migration: only adds nullable columns and widens a CHECK.
    version: 3,
    name: 'zello door: for one participant, images and locations',
    sql: `
ALTER TABLE messages ADD COLUMN for_user_id text;
ALTER TABLE messages ADD COLUMN for_username text;
ALTER TABLE messages ADD COLUMN location jsonb;
ALTER TABLE messages ADD COLUMN image jsonb;
ALTER TABLE messages DROP CONSTRAINT messages_content_type_check;
ALTER TABLE messages ADD CONSTRAINT messages_content_type_check
  CHECK (content_type IN ('voice', 'text', 'image', 'location'));
`,
  },
  {
    // Only adds a nullable column: rows of a single router keep NULL.
    version: 4,
    name: 'ring: the router where a message is (or was last) live',
    sql: `
ALTER TABLE messages ADD COLUMN live_router text;
`,
  },
  {
    // Only adds a column with a default: existing sessions count as created now, in no set order.
    version: 5,
    name: 'sessions: creation time, to revoke the oldest past maxSessionsPerUser',
    sql: `
ALTER TABLE sessions ADD COLUMN created_at timestamptz NOT NULL DEFAULT clock_timestamp();
CREATE INDEX sessions_user_created_idx ON sessions (user_id, created_at) WHERE revoked_at IS NULL;
`,
  },
  {
    version: 6,
    name: 'blocks: a user refuses another',
    sql: `
CREATE TABLE blocks (
  blocker_id text NOT NULL,
  blocked_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (blocker_id, blocked_id),
  CONSTRAINT blocks_not_self CHECK (blocker_id <> blocked_id),
  CONSTRAINT blocks_blocker_id_fkey FOREIGN KEY (blocker_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT blocks_blocked_id_fkey FOREIGN KEY (blocked_id) REFERENCES users (id) ON DELETE CASCADE
);
-- Delivery asks "who among these participants blocks the sender?" at every message start.
CREATE INDEX blocks_blocked_idx ON blocks (blocked_id, blocker_id);
`,
  },
  {
    // A new table only. No foreign keys: a receipt outlives nothing it names (messages are never deleted).
    version: 7,
    name: 'heard receipts: who got and who heard each message',
    sql: `
CREATE TABLE message_receipts (
  message_id text NOT NULL,
  user_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('delivered', 'heard')),
  at_ms bigint NOT NULL,
  PRIMARY KEY (message_id, user_id, kind)
);
`,
  },
  {
    version: 8,
    name: 'listen modes: a device ignores or screens a conversation',
    sql: `
-- NORMAL is no row. Read once per connection (hello), written when a device changes its mode.
CREATE TABLE listen_modes (
  user_id text NOT NULL,
  device_id text NOT NULL,
  conversation_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('ignore', 'screen')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, device_id, conversation_id),
  CONSTRAINT listen_modes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT listen_modes_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE
);
`,
  },
  {
    // A new table only. The body is the exact JSON POSTed (text, not jsonb: the signature covers its bytes).
    version: 9,
    name: 'notification outbox: webhook calls for offline recipients, kept across restarts',
    sql: `
-- due_at: when the row may be claimed next (a claim pushes it past the sender's lease, a failed try past its back-off).
CREATE TABLE notify_outbox (
  id bigserial PRIMARY KEY,
  body text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  due_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX notify_outbox_due_idx ON notify_outbox (due_at, id);
`,
  },
  {
    // A new table only; version 9 belongs to the notification outbox. No foreign key: usage outlives nothing it names.
    version: 10,
    name: 'usage metering: per user per UTC day',
    sql: `
-- Routers add their increments with INSERT ... ON CONFLICT DO UPDATE SET x = usage_daily.x + excluded.x.
CREATE TABLE usage_daily (
  user_id text NOT NULL,
  day date NOT NULL,
  talk_ms bigint NOT NULL DEFAULT 0,
  messages bigint NOT NULL DEFAULT 0,
  bytes_in bigint NOT NULL DEFAULT 0,
  bytes_out bigint NOT NULL DEFAULT 0,
  storage_bytes bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, day)
);
`,
  },
];

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications through a transactional outbox: `outbox` is written in the transaction that
 * raised the domain events; a relay moves its rows into BullMQ; processors deliver in-app
 * notifications and signed webhooks. Every delivery carries an idempotency key, so a retried
 * job never notifies twice.
 */
export class CreateNotifications1763800000001 implements MigrationInterface {
  name = 'CreateNotifications1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        event_type text NOT NULL,
        -- {"kind":"user","userId"} or {"kind":"agency","agencyId","roles"}
        recipient json NOT NULL,
        -- what the recipient may see, decided by the rule that wrote it (never the raw event)
        payload jsonb NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        dispatched_at timestamptz,
        -- how many times a relay took the row
        attempts integer NOT NULL DEFAULT 0
      )`);
    // The relay only ever looks for undispatched rows, oldest first.
    await q.query(`CREATE INDEX outbox_undispatched_idx ON outbox (id) WHERE dispatched_at IS NULL`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        subject_type text,
        subject_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        idempotency_key text NOT NULL,
        -- a retried delivery job inserts nothing the second time
        CONSTRAINT notifications_user_idempotency_key UNIQUE (user_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX notifications_user_page_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        url text NOT NULL CHECK (url ~ '^https?://'),
        -- HMAC key for X-Renkei-Signature. Stored as is here; production should keep it
        -- encrypted (pgcrypto / KMS envelope) or in a vault and load it at delivery time.
        secret text NOT NULL CHECK (length(secret) >= 16),
        -- the event types this endpoint receives; nothing else is sent to it
        event_types text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_endpoints_agency_idx ON webhook_endpoints (agency_id) WHERE active`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id),
        outbox_id bigint NOT NULL REFERENCES outbox(id),
        -- sent as X-Renkei-Delivery: the receiver drops a delivery it has already seen
        idempotency_key text NOT NULL UNIQUE,
        attempts integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
        last_status_code integer,
        -- a status or error code only: never payload values or response bodies
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_outbox_idx ON webhook_deliveries (outbox_id)`);
    await q.query(`CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE outbox`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log. Each row carries the SHA-256 of its content chained to the previous
 * row's hash (computed by the application, verified by `npm run audit:verify`); the database
 * refuses UPDATE, DELETE and TRUNCATE, so changing a row takes disabling the trigger on purpose.
 */
export class CreateAuditLog1763700000001 implements MigrationInterface {
  name = 'CreateAuditLog1763700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_username text,
        actor_agency_id uuid,
        -- the prefecture the event belongs to (the actor's, or the record's when it has one):
        -- a prefecture's auditor reads its own prefecture's entries
        prefecture_id uuid,
        action text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('success','failure','denied')),
        subject_type text,
        subject_id text,
        fields text[] NOT NULL DEFAULT '{}',
        request_id text,
        channel text,
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, id)`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, id)`);
    await q.query(`CREATE INDEX audit_log_prefecture_idx ON audit_log (prefecture_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}

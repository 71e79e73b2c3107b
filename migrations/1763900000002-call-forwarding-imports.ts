import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports of a call-forwarding provider's numbers from CSV (a BullMQ job). All-or-nothing:
 * the numbers commit together or not at all; this row keeps the progress the user follows and,
 * for a failed import, every bad row's line and reason (capped).
 */
export class CallForwardingImports1763900000002 implements MigrationInterface {
  name = 'CallForwardingImports1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forwarding_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        file_key text NOT NULL CHECK (file_key ~ '^[0-9a-f]{32}$'),
        file_name text,
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        imported_rows integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX forwarding_imports_case_idx ON forwarding_imports (case_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS forwarding_imports`);
  }
}

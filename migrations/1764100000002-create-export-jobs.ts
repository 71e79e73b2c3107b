import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export jobs (CSV / Excel of case lists, task lists, dashboard figures, activity reports).
 * The row is the job's state the requester follows; the file itself is on disk under
 * ATTACHMENTS_DIR/exports, named by `file_key`, and expires at `expires_at`.
 * `params` holds only the filter/sort the user chose (no field values of any record).
 */
export class CreateExportJobs1764100000002 implements MigrationInterface {
  name = 'CreateExportJobs1764100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        format text NOT NULL CHECK (format IN ('CSV','XLSX')),
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED','RUNNING','DONE','FAILED','EXPIRED')),
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_agency_id uuid NOT NULL REFERENCES agencies(id),
        row_count integer NOT NULL DEFAULT 0,
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        file_key text CHECK (file_key ~ '^[0-9a-f]{32}\\.(csv|xlsx)$'),
        sha256 text,
        size_bytes bigint,
        error_code text,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX export_jobs_requester_idx ON export_jobs (requested_by, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX export_jobs_expiry_idx ON export_jobs (expires_at) WHERE state = 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS export_jobs`);
  }
}

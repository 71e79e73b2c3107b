import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report files to 警察庁 (seed 003 第7条・第8条, ADR 0013): one row per generated file. The file
 * itself is on disk under ATTACHMENTS_DIR/tip-reports, named by `file_key`, already encrypted
 * (AES-256-GCM); the passphrase is never stored anywhere. A file is about one tip (form 1/2),
 * one piece of additional information (3), one JST day (4) or one JST month (5).
 */
export class CreateTipReportFiles1764100000003 implements MigrationInterface {
  name = 'CreateTipReportFiles1764100000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tip_report_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        form smallint NOT NULL CHECK (form BETWEEN 1 AND 5),
        tip_id uuid REFERENCES tips(id) ON DELETE CASCADE,
        information_id uuid REFERENCES tip_additional_information(id) ON DELETE CASCADE,
        period text,
        file_name text NOT NULL,
        file_key text NOT NULL UNIQUE CHECK (file_key ~ '^[0-9a-f]{32}\\.enc$'),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        generated_by uuid NOT NULL REFERENCES users(id),
        generated_agency_id uuid NOT NULL REFERENCES agencies(id),
        generated_at timestamptz NOT NULL,
        first_downloaded_at timestamptz,
        first_downloaded_by uuid REFERENCES users(id),
        download_count integer NOT NULL DEFAULT 0,
        CHECK (
          (form IN (1, 2) AND tip_id IS NOT NULL AND information_id IS NULL AND period IS NULL) OR
          (form = 3 AND tip_id IS NOT NULL AND information_id IS NOT NULL AND period IS NULL) OR
          (form = 4 AND tip_id IS NULL AND information_id IS NULL AND period ~ '^\\d{4}-\\d{2}-\\d{2}$') OR
          (form = 5 AND tip_id IS NULL AND information_id IS NULL AND period ~ '^\\d{4}-\\d{2}$')
        ),
        CHECK ((first_downloaded_at IS NULL) = (first_downloaded_by IS NULL))
      )`);
    await q.query(`CREATE INDEX tip_report_files_generated_idx ON tip_report_files (generated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tip_report_files_tip_idx ON tip_report_files (tip_id) WHERE tip_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS tip_report_files`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines of the workflow lib: the due times live here (BullMQ jobs only wake the worker up),
 * so a lost job is found again by the reconciler from these rows.
 */
export class CreateWorkflowDeadlines1763800000000 implements MigrationInterface {
  name = 'CreateWorkflowDeadlines1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9]*([._-][a-z0-9]+)*$' AND length(kind) <= 80),
        subject_type text NOT NULL CHECK (length(subject_type) BETWEEN 1 AND 80),
        subject_id uuid NOT NULL,
        prefecture_id uuid REFERENCES prefectures(id),
        due_at timestamptz NOT NULL,
        warn_at timestamptz,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','warned','breached','done','cancelled')),
        warned_at timestamptz,
        breached_at timestamptz,
        escalated_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (warn_at IS NULL OR warn_at <= due_at),
        CHECK (state <> 'warned' OR warned_at IS NOT NULL),
        CHECK (state <> 'breached' OR breached_at IS NOT NULL),
        CHECK ((state = 'done') = (completed_at IS NOT NULL)),
        CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    // One open deadline per subject and kind: scheduling again moves it instead of adding one.
    await q.query(`
      CREATE UNIQUE INDEX deadlines_open_subject_key ON deadlines (kind, subject_type, subject_id)
        WHERE state IN ('pending','warned','breached')`);
    // The reconciler's two questions ("warnings due", "breaches due"), as partial indexes so they
    // stay as small as the open deadlines however many closed ones accumulate.
    await q.query(`CREATE INDEX deadlines_warn_due_idx ON deadlines (warn_at) WHERE state = 'pending' AND warn_at IS NOT NULL`);
    await q.query(`CREATE INDEX deadlines_breach_due_idx ON deadlines (due_at) WHERE state IN ('pending','warned')`);
    // A subject's deadlines (history included), and a prefecture's for compliance figures.
    await q.query(`CREATE INDEX deadlines_subject_idx ON deadlines (subject_type, subject_id)`);
    await q.query(`CREATE INDEX deadlines_prefecture_due_idx ON deadlines (prefecture_id, due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadlines`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Case aggregate shared by every case type: the case record, its assignees, the tasks
 * addressed to agencies, comments with an audience, linked entities and the timeline.
 * Per-type details live in each case type's own tables.
 */
export class CreateCases1763800000002 implements MigrationInterface {
  name = 'CreateCases1763800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_sequences (
        prefecture_id uuid NOT NULL REFERENCES prefectures(id),
        year integer NOT NULL,
        last_value integer NOT NULL DEFAULT 0,
        PRIMARY KEY (prefecture_id, year)
      )`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        type text NOT NULL,
        state text NOT NULL,
        priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')),
        title text NOT NULL,
        prefecture_id uuid NOT NULL REFERENCES prefectures(id),
        owning_agency_id uuid NOT NULL REFERENCES agencies(id),
        owning_unit_id uuid REFERENCES units(id),
        filed_by uuid NOT NULL REFERENCES users(id),
        filed_at timestamptz NOT NULL,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX cases_prefecture_idx ON cases (prefecture_id, filed_at DESC, id)`);
    await q.query(`CREATE INDEX cases_owner_idx ON cases (owning_agency_id, filed_at DESC, id)`);
    await q.query(`CREATE INDEX cases_type_state_idx ON cases (type, state)`);
    await q.query(`
      CREATE TABLE case_assignees (
        case_id uuid NOT NULL REFERENCES cases(id),
        user_id uuid NOT NULL REFERENCES users(id),
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, user_id)
      )`);
    await q.query(`CREATE INDEX case_assignees_user_idx ON case_assignees (user_id)`);
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL,
        request text NOT NULL,
        legal_basis text,
        scope_refs text[] NOT NULL DEFAULT '{}',
        due_at timestamptz,
        state text NOT NULL CHECK (state IN ('OPEN','ACKNOWLEDGED','ANSWERED','REJECTED','WITHDRAWN','OVERDUE')),
        answer text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        rejection_reason text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX tasks_case_idx ON tasks (case_id)`);
    await q.query(`CREATE INDEX tasks_agency_idx ON tasks (agency_id, state, due_at)`);
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- the order comments were written in, whatever the clock said
        seq bigint GENERATED ALWAYS AS IDENTITY,
        case_id uuid NOT NULL REFERENCES cases(id),
        audience text NOT NULL CHECK (audience IN ('POLICE','ALL_PARTIES','AGENCY')),
        audience_agency_id uuid REFERENCES agencies(id),
        body text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        author_agency_id uuid NOT NULL REFERENCES agencies(id),
        created_at timestamptz NOT NULL,
        CHECK ((audience = 'AGENCY') = (audience_agency_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX comments_case_idx ON comments (case_id, seq)`);
    // Files are stored outside the database (a storage interface; local disk by default), here
    // only what identifies and protects them: the SHA-256, the size, the type and the audience.
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        case_id uuid NOT NULL REFERENCES cases(id),
        comment_id uuid REFERENCES comments(id),
        audience text NOT NULL CHECK (audience IN ('POLICE','ALL_PARTIES','AGENCY')),
        audience_agency_id uuid REFERENCES agencies(id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_agency_id uuid NOT NULL REFERENCES agencies(id),
        created_at timestamptz NOT NULL,
        CHECK ((audience = 'AGENCY') = (audience_agency_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX attachments_case_idx ON attachments (case_id, seq)`);
    await q.query(`
      CREATE TABLE case_entities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('PHONE','BANK_ACCOUNT','URL','RESIDENCE_CARD','PERSON')),
        normalized text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (case_id, kind, normalized)
      )`);
    await q.query(`CREATE INDEX case_entities_value_idx ON case_entities (kind, normalized)`);
    await q.query(`
      CREATE TABLE case_events (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid REFERENCES users(id),
        type text NOT NULL,
        audience text NOT NULL CHECK (audience IN ('POLICE','ALL_PARTIES','AGENCY')),
        audience_agency_id uuid REFERENCES agencies(id),
        task_id uuid REFERENCES tasks(id),
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_events', 'case_entities', 'attachments', 'comments', 'tasks', 'case_assignees', 'cases', 'case_sequences']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

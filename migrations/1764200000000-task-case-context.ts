import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `state IN ('OPEN','ACKNOWLEDGED','OVERDUE')`;

/**
 * Performance (issue 8, docs/PERFORMANCE.md). The task row rules test the case's type,
 * prefecture and owner; read through a correlated subquery per task row, every list and
 * aggregate over tasks was a sequential scan of all tasks. The three values are copied onto the
 * task (a trigger keeps them equal to the case's), so they are plain indexed columns. And the
 * lists' default orders get indexes in their exact order (NULLS LAST included).
 */
export class TaskCaseContext1764200000000 implements MigrationInterface {
  name = 'TaskCaseContext1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN case_type text, ADD COLUMN case_prefecture_id uuid, ADD COLUMN case_owning_agency_id uuid`);
    await q.query(`
      UPDATE tasks t SET case_type = c.type, case_prefecture_id = c.prefecture_id, case_owning_agency_id = c.owning_agency_id
        FROM cases c WHERE c.id = t.case_id`);
    await q.query(`
      ALTER TABLE tasks ALTER COLUMN case_type SET NOT NULL, ALTER COLUMN case_prefecture_id SET NOT NULL,
        ALTER COLUMN case_owning_agency_id SET NOT NULL`);
    // Whatever the application writes, a task carries its case's values.
    await q.query(`
      CREATE FUNCTION tasks_case_context() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT c.type, c.prefecture_id, c.owning_agency_id INTO NEW.case_type, NEW.case_prefecture_id, NEW.case_owning_agency_id
          FROM cases c WHERE c.id = NEW.case_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tasks_case_context BEFORE INSERT OR UPDATE OF case_id, case_type, case_prefecture_id, case_owning_agency_id
        ON tasks FOR EACH ROW EXECUTE FUNCTION tasks_case_context()`);
    await q.query(`
      CREATE FUNCTION cases_context_to_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tasks SET case_type = NEW.type, case_prefecture_id = NEW.prefecture_id, case_owning_agency_id = NEW.owning_agency_id
          WHERE case_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER cases_context_to_tasks AFTER UPDATE OF type, prefecture_id, owning_agency_id ON cases
        FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.prefecture_id IS DISTINCT FROM NEW.prefecture_id
                           OR OLD.owning_agency_id IS DISTINCT FROM NEW.owning_agency_id)
        EXECUTE FUNCTION cases_context_to_tasks()`);

    // HQ (prefecture) and station (owner) task lists in inbox order, the dashboard's ranges on the
    // due date (index-only with the included columns), and the open tasks alone.
    await q.query(`CREATE INDEX tasks_prefecture_due_idx ON tasks (case_prefecture_id, due_at, id) INCLUDE (state, agency_id, answered_at)`);
    await q.query(`CREATE INDEX tasks_prefecture_open_idx ON tasks (case_prefecture_id, due_at, id) INCLUDE (state, agency_id) WHERE ${OPEN}`);
    await q.query(`CREATE INDEX tasks_owner_due_idx ON tasks (case_owning_agency_id, due_at, id) INCLUDE (state, agency_id, answered_at)`);
    await q.query(`CREATE INDEX tasks_owner_open_idx ON tasks (case_owning_agency_id, due_at, id) INCLUDE (state, agency_id) WHERE ${OPEN}`);
    // A liaison's inbox: its agency's open tasks, earliest due first.
    await q.query(`CREATE INDEX tasks_agency_open_idx ON tasks (agency_id, due_at, id) WHERE ${OPEN}`);
    // The cases an agency holds tasks in (its row rule on cases: a semi-join, index-only).
    await q.query(`CREATE INDEX tasks_agency_case_idx ON tasks (agency_id, case_id) INCLUDE (state)`);
    // The case list's default order (filed_at DESC NULLS LAST, id DESC) per prefecture and owner;
    // the indexes of 1763800000002 had NULLS FIRST, so PostgreSQL sorted every readable case.
    await q.query(`DROP INDEX cases_prefecture_idx`);
    await q.query(`DROP INDEX cases_owner_idx`);
    await q.query(`CREATE INDEX cases_prefecture_idx ON cases (prefecture_id, filed_at DESC NULLS LAST, id DESC)`);
    await q.query(`CREATE INDEX cases_owner_idx ON cases (owning_agency_id, filed_at DESC NULLS LAST, id DESC)`);
    // The same order over every case (a national reader, and the bench's allow-everything app).
    await q.query(`CREATE INDEX cases_filed_idx ON cases (filed_at DESC NULLS LAST, id DESC)`);
    // The dashboard's open cases per prefecture / owner.
    await q.query(`CREATE INDEX cases_prefecture_open_idx ON cases (prefecture_id, type, state) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX cases_owner_open_idx ON cases (owning_agency_id, type, state) WHERE closed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_filed_idx`);
    await q.query(`DROP INDEX cases_owner_open_idx`);
    await q.query(`DROP INDEX cases_prefecture_open_idx`);
    await q.query(`DROP INDEX cases_owner_idx`);
    await q.query(`DROP INDEX cases_prefecture_idx`);
    await q.query(`CREATE INDEX cases_prefecture_idx ON cases (prefecture_id, filed_at DESC, id)`);
    await q.query(`CREATE INDEX cases_owner_idx ON cases (owning_agency_id, filed_at DESC, id)`);
    await q.query(`DROP INDEX tasks_agency_case_idx, tasks_agency_open_idx, tasks_owner_open_idx, tasks_owner_due_idx, tasks_prefecture_open_idx, tasks_prefecture_due_idx`);
    await q.query(`DROP TRIGGER cases_context_to_tasks ON cases`);
    await q.query(`DROP FUNCTION cases_context_to_tasks()`);
    await q.query(`DROP TRIGGER tasks_case_context ON tasks`);
    await q.query(`DROP FUNCTION tasks_case_context()`);
    await q.query(`ALTER TABLE tasks DROP COLUMN case_type, DROP COLUMN case_prefecture_id, DROP COLUMN case_owning_agency_id`);
  }
}

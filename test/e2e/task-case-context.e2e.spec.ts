/**
 * Tasks carry copies of their case's type, prefecture and owner (migration 1764200000000): the
 * task row rules read them, so a copy that drifted from the case would show a task to the wrong
 * agency. The triggers keep them equal whatever writes the row.
 */
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;
let pg: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  pg = new Client({ connectionString: db.url });
  await pg.connect();
});

afterAll(async () => {
  await pg?.end();
  await db?.drop();
});

const contextOf = async (taskId: string) =>
  (await pg.query(
    `SELECT t.case_type = c.type AND t.case_prefecture_id = c.prefecture_id AND t.case_owning_agency_id = c.owning_agency_id AS equal,
            t.case_owning_agency_id AS owner, t.case_prefecture_id AS prefecture
       FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id = $1`,
    [taskId],
  )).rows[0] as { equal: boolean; owner: string; prefecture: string };

describe('task case context', () => {
  let caseId: string;
  let taskId: string;

  beforeAll(async () => {
    const c = await pg.query(`SELECT id, filed_by FROM cases ORDER BY reference LIMIT 1`);
    caseId = c.rows[0].id;
    const agency = await pg.query(`SELECT id FROM agencies WHERE kind = 'FINANCIAL_INSTITUTION' LIMIT 1`);
    // written without the copies, as every application insert is
    const t = await pg.query(
      `INSERT INTO tasks (case_id, agency_id, kind, request, state, created_by, created_at, updated_at)
       VALUES ($1, $2, 'X', 'context', 'OPEN', $3, now(), now()) RETURNING id`,
      [caseId, agency.rows[0].id, c.rows[0].filed_by],
    );
    taskId = t.rows[0].id;
  });

  it('every task of the demo world carries its case values', async () => {
    const drift = await pg.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE t.case_type IS DISTINCT FROM c.type OR t.case_prefecture_id IS DISTINCT FROM c.prefecture_id
                                              OR t.case_owning_agency_id IS DISTINCT FROM c.owning_agency_id)::int AS drifted
         FROM tasks t JOIN cases c ON c.id = t.case_id`,
    );
    expect(drift.rows[0].n).toBeGreaterThan(0);
    expect(drift.rows[0].drifted).toBe(0);
  });

  it('an inserted task gets its case values', async () => {
    expect((await contextOf(taskId)).equal).toBe(true);
  });

  it('a task cannot be given another case value', async () => {
    const other = await pg.query(`SELECT id FROM prefectures WHERE id <> (SELECT prefecture_id FROM cases WHERE id = $1) LIMIT 1`, [caseId]);
    expect(other.rows).toHaveLength(1);
    await pg.query(`UPDATE tasks SET case_prefecture_id = $2 WHERE id = $1`, [taskId, other.rows[0].id]);
    const after = await contextOf(taskId);
    expect(after.equal).toBe(true);
    expect(after.prefecture).not.toBe(other.rows[0].id);
  });

  it("a change of the case's owner reaches its tasks", async () => {
    const station = await pg.query(
      `SELECT id FROM agencies WHERE kind = 'POLICE_STATION' AND id <> (SELECT owning_agency_id FROM cases WHERE id = $1) LIMIT 1`,
      [caseId],
    );
    await pg.query(`UPDATE cases SET owning_agency_id = $2 WHERE id = $1`, [caseId, station.rows[0].id]);
    const after = await contextOf(taskId);
    expect(after.owner).toBe(station.rows[0].id);
    expect(after.equal).toBe(true);
  });
});

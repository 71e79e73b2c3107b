import type { StatementCounter } from '@renkei/core';
import { startTestApp, type TestApp } from '../setup/test-app';

const TASKS = `query($filter: VisibleTaskFilterInput, $first: Int) {
  tasks(filter: $filter, first: $first) { nodes { id agencyId caseId request state dueAt } pageInfo { hasNextPage } }
}`;

type TaskNode = { id: string; agencyId: string | null; caseId: string | null; request: string | null; state: string | null; dueAt: string | null };

/**
 * `tasks`: every task the reader may read, filtered by addressee (HQ's per-agency drill-down of
 * the dashboard), state and overdue; and the directory's `Agency.units` / `Agency.prefecture`.
 */
describe('the cross-agency task list and the agencies\' units', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function tasksAs(username: string, filter: Record<string, unknown> = {}, first = 100) {
    const res = await t.gqlAs<{ tasks: { nodes: TaskNode[] } }>(username, TASKS, { filter, first });
    expect(res.body.errors).toBeUndefined();
    return { nodes: res.body.data!.tasks.nodes, text: res.text };
  }

  /** The tasks of one prefecture addressed to one agency, straight from the table. */
  async function dbTasks(agencyCode: string, prefectureCode: string): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT t.id FROM tasks t JOIN cases c ON c.id = t.case_id JOIN prefectures p ON p.id = c.prefecture_id
        WHERE t.agency_id = $1 AND p.code = $2 ORDER BY t.id`,
      [agencies.get(agencyCode), prefectureCode],
    );
    return rows.map((r) => r.id);
  }

  it('HQ lists exactly its prefecture\'s tasks to one agency, and never another prefecture\'s', async () => {
    const sakura = agencies.get('sakura-bank')!;
    const expected = await dbTasks('sakura-bank', 'ko');
    expect(expected.length).toBeGreaterThan(0);
    const { nodes } = await tasksAs('hq.director', { agencyId: sakura });
    expect(nodes.map((n) => n.id).sort()).toEqual(expected);
    expect(nodes.every((n) => n.agencyId === sakura)).toBe(true);

    // All agencies: every task of the prefecture, none of 乙県's (which has tasks of its own).
    const otsuTasks: { id: string }[] = await t.dataSource.query(
      `SELECT t.id FROM tasks t JOIN cases c ON c.id = t.case_id JOIN prefectures p ON p.id = c.prefecture_id WHERE p.code = 'otsu'`,
    );
    const all = await tasksAs('hq.director');
    const koCount: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM tasks t JOIN cases c ON c.id = t.case_id JOIN prefectures p ON p.id = c.prefecture_id WHERE p.code = 'ko'`,
    );
    expect(all.nodes).toHaveLength(koCount[0].n);
    for (const o of otsuTasks) expect(all.text).not.toContain(o.id);
  });

  it('overdue narrows to the tasks past their due date', async () => {
    const sakura = agencies.get('sakura-bank')!;
    // The test clock stands at 2026-11-20 10:00 JST: a due date two days before is overdue.
    const [late] = await dbTasks('sakura-bank', 'ko');
    expect((await tasksAs('hq.coordinator', { agencyId: sakura, overdue: true })).nodes).toEqual([]);
    await t.dataSource.query(`UPDATE tasks SET due_at = '2026-11-18T00:00:00Z' WHERE id = $1`, [late]);
    const { nodes } = await tasksAs('hq.coordinator', { agencyId: sakura, overdue: true });
    expect(nodes.map((n) => n.id)).toEqual([late]);
  });

  it('a liaison sees only its own agency\'s tasks, whatever agency it asks for', async () => {
    const own = await tasksAs('sakura.liaison');
    expect(own.nodes.length).toBeGreaterThan(0);
    expect(own.nodes.every((n) => n.agencyId === agencies.get('sakura-bank'))).toBe(true);
    const midori = await tasksAs('sakura.liaison', { agencyId: agencies.get('midori-bank') });
    expect(midori.nodes).toEqual([]);
    for (const id of await dbTasks('midori-bank', 'ko')) expect(own.text + midori.text).not.toContain(id);
  });

  it('another station sees none of 中央署\'s tasks', async () => {
    const chuoTasks: { id: string }[] = await t.dataSource.query(
      `SELECT t.id FROM tasks t JOIN cases c ON c.id = t.case_id JOIN agencies a ON a.id = c.owning_agency_id WHERE a.code = 'ko-chuo-station'`,
    );
    expect(chuoTasks.length).toBeGreaterThan(0);
    const { text } = await tasksAs('minato.manager');
    for (const r of chuoTasks) expect(text).not.toContain(r.id);
  });

  it('rejects an agency filter that is not an id, and unknown filter fields', async () => {
    const bad = await t.gqlAs('hq.director', TASKS, { filter: { agencyId: 'sakura' } });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gqlAs('hq.director', TASKS, { filter: { bank: 'x' } });
    expect(unknown.body.errors).toBeDefined();
    expect(unknown.body.data ?? null).toBeNull();
  });

  it('the statements per request do not grow with the page size', async () => {
    const counter = t.dataSource.logger as StatementCounter;
    const token = await t.as('hq.director');
    const count = async (first: number) => {
      counter.reset();
      const res = await t.gql(TASKS, { first }, token);
      expect(res.body.errors).toBeUndefined();
      return counter.statements;
    };
    expect(await count(50)).toBe(await count(1));
  });

  it('each task names its case as the reader may see it, in one statement for the whole page', async () => {
    const q = '{ tasks(first: 100) { nodes { id caseId case { id reference title redactedFields } } } }';
    const counter = t.dataSource.logger as StatementCounter;
    const token = await t.as('hq.director');
    counter.reset();
    const hq = await t.gql<{ tasks: { nodes: { caseId: string; case: { id: string; reference: string | null } | null }[] } }>(q, {}, token);
    expect(hq.body.errors).toBeUndefined();
    const withCase = counter.statements;
    counter.reset();
    await t.gql('{ tasks(first: 100) { nodes { id caseId } } }', {}, token);
    // The case of every task comes in one more statement, not one per task.
    expect(withCase).toBe(counter.statements + 1);
    const nodes = hq.body.data!.tasks.nodes;
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) {
      expect(n.case?.id).toBe(n.caseId);
      expect(n.case?.reference).toMatch(/\S/);
    }

    // The bank reads its tasks' cases in summary only (reference, type, state…): the title is
    // narrative, never a liaison's, so it is null, named in redactedFields, absent from the body.
    const bank = await t.gqlAs<{ tasks: { nodes: { case: { reference: string | null; title: string | null; redactedFields: string[] } | null }[] } }>('sakura.liaison', q);
    expect(bank.body.errors).toBeUndefined();
    const bankNodes = bank.body.data!.tasks.nodes;
    expect(bankNodes.length).toBeGreaterThan(0);
    for (const n of bankNodes) {
      expect(n.case?.reference).toMatch(/\S/);
      expect(n.case?.title).toBeNull();
      expect(n.case?.redactedFields).toContain('title');
    }
    const titles: { title: string }[] = await t.dataSource.query(
      `SELECT DISTINCT c.title FROM cases c JOIN tasks t ON t.case_id = c.id JOIN agencies a ON a.id = t.agency_id WHERE a.code = 'sakura-bank'`,
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const { title } of titles) expect(bank.text).not.toContain(title);
  });

  it('an agency lists its units and names its prefecture; agencies the reader cannot see give nothing', async () => {
    const q = '{ agencies { code units { code name } prefecture { name } } }';
    const hq = await t.gqlAs<{ agencies: { code: string; units: { code: string; name: string }[] | null; prefecture: { name: string } | null }[] }>('admin', q);
    expect(hq.body.errors).toBeUndefined();
    const ko = hq.body.data!.agencies.find((a) => a.code === 'ko-police-hq')!;
    expect(ko.units!.map((u) => u.code).sort()).toEqual(['coordination-office', 'inspection', 'task-force-hq']);
    expect(ko.prefecture?.name).toBe('甲県');
    expect(hq.body.data!.agencies.find((a) => a.code === 'sakura-bank')!.prefecture).toBeNull();

    // 乙県 reads its own HQ's units, never 甲県's (非表示: null and named in redactedFields).
    const rq = '{ agencies { code redactedFields units { code name } } }';
    const otsu = await t.gqlAs<{ agencies: { code: string; redactedFields: string[]; units: { code: string }[] | null }[] }>('otsu.coordinator', rq);
    expect(otsu.body.errors).toBeUndefined();
    expect(otsu.text).not.toContain('在留外国人安全確保総合対策推進本部');
    expect(otsu.text).not.toContain('監察');
    const koSeen = otsu.body.data!.agencies.find((a) => a.code === 'ko-police-hq')!;
    expect(koSeen.units).toBeNull();
    expect(koSeen.redactedFields).toContain('units');
    expect(otsu.body.data!.agencies.find((a) => a.code === 'otsu-police-hq')!.units).toEqual([{ code: 'coordination-office', name: '推進室（組織犯罪対策課）' }]);
  });
});

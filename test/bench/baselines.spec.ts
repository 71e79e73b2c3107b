import { DEMO_PASSWORD } from '@renkei/identity';
import { startTestApp, type TestApp } from '../setup/test-app';
import { startFloorServer } from '../../bench/lib/floor-server';
import { startAllowAllApi } from '../../bench/lib/allow-all';
import { countStatements } from '../../bench/lib/statements';
import { CASE_LIST, departureDetail, LOGIN_QUERY } from '../../bench/lib/scenarios';

/** The baselines of the bench (issue 8) against the real API on the demo world. */
describe('bench baselines', () => {
  let t: TestApp;
  let floor: { url: string; close(): Promise<void> };
  let departureCaseId: string;
  const redisUrl = () => process.env.RENKEI_TEST_REDIS_URL!;

  beforeAll(async () => {
    t = await startTestApp();
    // More cases than a page, with tasks and equal filing times, so order and paging are tested.
    await t.dataSource.query(`
      INSERT INTO cases (reference, type, state, title, prefecture_id, owning_agency_id, filed_by, filed_at, updated_at)
      SELECT '甲-2025-' || lpad(g::text, 6, '0'), c.type, 'OPEN', 'bulk ' || g, c.prefecture_id, c.owning_agency_id, c.filed_by,
             timestamptz '2026-11-01T00:00:00.123456Z' - ((g / 2) || ' hours')::interval, now()
        FROM generate_series(1, 60) g, (SELECT * FROM cases c JOIN departing_residents r ON r.case_id = c.id LIMIT 1) c`);
    await t.dataSource.query(`
      INSERT INTO tasks (case_id, agency_id, kind, request, state, due_at, created_by, created_at, updated_at)
      SELECT c.id, a.id, 'X', 'bulk', 'OPEN', now() + interval '3 days', c.filed_by, now() - (k || ' minutes')::interval, now()
        FROM cases c, generate_series(1, 2) k, (SELECT id FROM agencies WHERE code = 'midori-bank') a WHERE c.reference LIKE '甲-2025-%'`);
    const rows: { case_id: string }[] = await t.dataSource.query(`SELECT case_id FROM departing_residents WHERE residence_card_number = 'RZ48151623QX'`);
    departureCaseId = rows[0].case_id;
    floor = await startFloorServer(t.db.url);
  });

  afterAll(async () => {
    await floor?.close();
    await t?.close();
  });

  const getJson = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, text: await res.text() };
  };

  it("answers HQ's case list like the API: the same cases in the same order, with the same fields and tasks", async () => {
    const api = await t.gqlAs('hq.director', CASE_LIST.query, CASE_LIST.variables);
    expect(api.body.errors).toBeUndefined();
    const apiNodes = api.body.data!.cases.nodes as { id: string; tasks: unknown[] }[];
    expect(apiNodes).toHaveLength(50);
    const res = await getJson(`${floor.url}/cases?first=50`);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.data.cases.nodes.map((n: { id: string }) => n.id)).toEqual(apiNodes.map((n) => n.id));
    expect(body).toEqual(api.body);
    expect(apiNodes.some((n) => n.tasks.length > 0)).toBe(true);
  });

  it("answers the departure case as the API answers the bank's liaison, without the other bank's account", async () => {
    const q = departureDetail(departureCaseId);
    const api = await t.gqlAs(q.username, q.query, q.variables);
    expect(api.body.errors).toBeUndefined();
    const res = await getJson(`${floor.url}/departure/${departureCaseId}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual(api.body);
    expect(res.text).toContain('7301245');
    expect(res.text).toContain('********23QX');
    expect(res.text).not.toContain('8802317');
    expect(res.text).not.toContain('RZ48151623QX');
    // a case the bank holds no task in: nothing
    const other = await t.dataSource.query(`SELECT id FROM cases WHERE reference LIKE '甲-2025-%' LIMIT 1`);
    expect((await getJson(`${floor.url}/departure/${other[0].id}`)).status).toBe(404);
  });

  it('turns authorization off in the allow-all app: the bank liaison reads the other bank’s account', async () => {
    const allowAll = await startAllowAllApi(t.db.url, redisUrl());
    try {
      const post = async (body: unknown, token?: string) => {
        const res = await fetch(`${allowAll.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        return res.text();
      };
      const login = JSON.parse(await post({ query: LOGIN_QUERY, variables: { u: 'sakura.liaison', p: DEMO_PASSWORD } }));
      const token = login.data.login.accessToken as string;
      const q = departureDetail(departureCaseId);
      const text = await post({ query: q.query, variables: q.variables }, token);
      const body = JSON.parse(text);
      expect(body.errors).toBeUndefined();
      expect(text).toContain('8802317');
      expect(text).toContain('RZ48151623QX');
      expect(body.data.case.redactedFields).toEqual([]);
      expect(body.data.case.departingResident.contracts).toHaveLength(2);
    } finally {
      await allowAll.close();
    }
  });

  it('counts the same statements for a case page of 5 and of 50', async () => {
    const counts = await countStatements(t.db.url, redisUrl(), [{ ...CASE_LIST, variables: { first: 5 } }, CASE_LIST]);
    expect(counts).toHaveLength(2);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});

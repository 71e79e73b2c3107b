import { Client } from 'pg';
import { startTestApp, type TestApp } from '../setup/test-app';
import { generateData, type GeneratedData } from '../../bench/lib/generate';
import { CASE_LIST, dashboard, departureDetail, INBOX } from '../../bench/lib/scenarios';

/** The bench data generator on a test database, read back through the real API. */
describe('bench data generator', () => {
  let t: TestApp;
  let data: GeneratedData;
  let db: Client;
  const logs: string[] = [];
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params)).rows[0] as T;

  beforeAll(async () => {
    t = await startTestApp();
    data = await generateData(t.db.url, { cases: 1_000, tasks: 5_000 }, (m) => logs.push(m));
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  }, 60_000);

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('adds the cases asked for and about the tasks, and logs each table', async () => {
    expect(data.cases).toBe(1_001); // + the showcase case
    expect(data.tasks).toBeGreaterThan(4_000);
    expect(data.tasks).toBeLessThan(6_000);
    const counts = await one<{ cases: number; tasks: number }>(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM tasks)::int AS tasks`);
    expect(counts.tasks).toBeGreaterThanOrEqual(data.tasks);
    expect(counts.cases).toBeGreaterThanOrEqual(data.cases);
    expect(logs.some((l) => /tasks: \d+ rows in/.test(l))).toBe(true);
    expect(logs.some((l) => /departure_accounts: \d+ rows in/.test(l))).toBe(true);
  });

  it('spreads cases over every type, several prefectures, and tasks over every agency kind and state', async () => {
    const types = (await db.query(`SELECT type, count(*)::int AS n FROM cases GROUP BY type`)).rows as { type: string; n: number }[];
    const share = (type: string) => (types.find((r) => r.type === type)?.n ?? 0) / 1_000;
    expect(share('RECRUITMENT_POST')).toBeGreaterThan(0.3);
    expect(share('DEPARTING_RESIDENT')).toBeGreaterThan(0.3);
    expect(share('CALL_FORWARDING_PROVIDER')).toBeGreaterThan(0.1);
    expect(share('FOREIGN_EVIDENCE_REQUEST')).toBeGreaterThan(0.02);
    const prefectures = await one<{ n: number; ko: number }>(
      `SELECT count(DISTINCT prefecture_id)::int AS n, (count(*) FILTER (WHERE reference LIKE '甲-%'))::int AS ko FROM cases`,
    );
    expect(prefectures.n).toBeGreaterThanOrEqual(5);
    expect(prefectures.ko).toBeGreaterThan(300);
    const kinds = (await db.query(`SELECT DISTINCT a.kind FROM tasks t JOIN agencies a ON a.id = t.agency_id`)).rows.map((r: { kind: string }) => r.kind);
    expect(kinds.sort()).toEqual(['CARRIER', 'FINANCIAL_INSTITUTION', 'IMMIGRATION', 'LABOUR_BUREAU', 'REGULATOR']);
    const states = (await db.query(`SELECT DISTINCT state FROM tasks`)).rows.map((r: { state: string }) => r.state);
    expect(states.sort()).toEqual(['ACKNOWLEDGED', 'ANSWERED', 'OPEN', 'OVERDUE', 'REJECTED', 'WITHDRAWN']);
    const due = await one<{ past: number; future: number }>(
      `SELECT (count(*) FILTER (WHERE due_at < now()))::int AS past, (count(*) FILTER (WHERE due_at > now()))::int AS future FROM tasks`,
    );
    expect(due.past).toBeGreaterThan(0);
    expect(due.future).toBeGreaterThan(0);
  });

  it('gives every case its type row and timeline, unique references, consistent task links and deadlines', async () => {
    const refs = await one<{ n: number; distinct: number; bad: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT reference)::int AS distinct,
              (count(*) FILTER (WHERE reference !~ '^[^-]+-[0-9]{4}-[0-9]{6}$'))::int AS bad FROM cases`,
    );
    expect(refs.distinct).toBe(refs.n);
    expect(refs.bad).toBe(0);
    // the sequences moved past every reference: the next filed case gets a fresh number
    const behind = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases c JOIN prefectures p ON p.id = c.prefecture_id
        LEFT JOIN case_sequences q ON q.prefecture_id = c.prefecture_id AND q.year = split_part(c.reference, '-', 2)::int
        WHERE q.last_value IS NULL OR q.last_value < split_part(c.reference, '-', 3)::int`,
    );
    expect(behind.n).toBe(0);
    const orphans = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases c WHERE NOT CASE c.type
         WHEN 'RECRUITMENT_POST' THEN EXISTS (SELECT 1 FROM recruitment_posts x WHERE x.case_id = c.id)
         WHEN 'DEPARTING_RESIDENT' THEN EXISTS (SELECT 1 FROM departing_residents x WHERE x.case_id = c.id)
         WHEN 'CALL_FORWARDING_PROVIDER' THEN EXISTS (SELECT 1 FROM forwarding_providers x WHERE x.case_id = c.id)
         WHEN 'FOREIGN_EVIDENCE_REQUEST' THEN EXISTS (SELECT 1 FROM evidence_requests x WHERE x.case_id = c.id)
         ELSE true END
         OR NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'case.filed')`,
    );
    expect(orphans.n).toBe(0);
    // the generator writes the tasks' copies of their case's values itself (triggers are off while loading)
    const drift = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks t JOIN cases c ON c.id = t.case_id
        WHERE t.case_type IS DISTINCT FROM c.type OR t.case_prefecture_id IS DISTINCT FROM c.prefecture_id
           OR t.case_owning_agency_id IS DISTINCT FROM c.owning_agency_id`,
    );
    expect(drift.n).toBe(0);
    // accounts point at a task of their own bank in their own case; scope_refs name them
    const links = await one<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM departure_accounts a LEFT JOIN tasks t ON t.id = a.task_id
        WHERE t.id IS NULL OR t.agency_id <> a.bank_agency_id OR t.case_id <> a.case_id OR NOT (a.id::text = ANY (t.scope_refs))`,
    );
    expect(links.bad).toBe(0);
    const openWithoutDeadline = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks t WHERE t.state IN ('OPEN','ACKNOWLEDGED','OVERDUE') AND t.due_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM deadlines d WHERE d.subject_id = t.id AND d.state IN ('pending','warned','breached'))`,
    );
    expect(openWithoutDeadline.n).toBe(0);
  });

  it("lists generated cases in hq.director's case list (scenario 2)", async () => {
    const res = await t.gqlAs<{ cases: { nodes: { reference: string; tasks: unknown[] }[] } }>(CASE_LIST.username, CASE_LIST.query, CASE_LIST.variables);
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.cases.nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.reference.startsWith('甲-'))).toBe(true);
    expect(nodes.filter((n) => n.tasks.length > 0).length).toBeGreaterThan(25);
  });

  it("fills sakura.liaison's inbox (scenario 1)", async () => {
    const res = await t.gqlAs<{ myTasks: { nodes: { state: string; case: { reference: string } | null }[]; pageInfo: { hasNextPage: boolean } } }>(
      INBOX.username, INBOX.query, INBOX.variables,
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.myTasks.nodes;
    const total = await one<{ n: number; open: number }>(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE t.state IN ('OPEN','ACKNOWLEDGED','OVERDUE')))::int AS open
         FROM tasks t JOIN agencies a ON a.id = t.agency_id WHERE a.code = 'sakura-bank'`,
    );
    expect(total.n).toBeGreaterThan(100);
    expect(total.open).toBeGreaterThan(10);
    // The scenario's inbox is the open tasks (50 a page): every one of them at this size, or 50.
    expect(nodes).toHaveLength(Math.min(50, total.open));
    expect(res.body.data!.myTasks.pageInfo.hasNextPage).toBe(total.open > 50);
    expect(nodes.every((n) => ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'].includes(n.state))).toBe(true);
    // a case stays visible while the bank holds an open task in it
    expect(nodes.every((n) => !!n.case?.reference)).toBe(true);
  });

  it('shows sakura.liaison its own 10 accounts of the showcase departure case and nothing of the others (scenario 3)', async () => {
    const sakura = await one<{ id: string }>(`SELECT id FROM agencies WHERE code = 'sakura-bank'`);
    const stored = await one<{ accounts: number; sakura: number; contracts: number; others: string[] }>(
      `SELECT count(*)::int AS accounts, (count(*) FILTER (WHERE bank_agency_id = $2))::int AS sakura,
              (SELECT count(*)::int FROM departure_contracts WHERE case_id = $1) AS contracts,
              array_agg(account_number) FILTER (WHERE bank_agency_id <> $2) AS others
         FROM departure_accounts WHERE case_id = $1`,
      [data.departureCaseId, sakura.id],
    );
    expect(stored).toMatchObject({ accounts: 20, sakura: 10, contracts: 20 });
    const q = departureDetail(data.departureCaseId);
    type Account = { bankAgencyId: string | null; accountNumber: string | null; redactedFields: string[] };
    type Resident = { nationality: string | null; residenceCardNumber: string; redactedFields: string[]; accounts: Account[]; contracts: unknown[] };
    const res = await t.gqlAs<{ case: { reference: string; departingResident: Resident } }>(q.username, q.query, q.variables);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.case.reference).toMatch(/^甲-\d{4}-\d{6}$/);
    const resident = res.body.data!.case.departingResident;
    // its own accounts in full; other banks' accounts and every phone contract are not its rows
    expect(resident.accounts).toHaveLength(10);
    expect(resident.accounts.every((a) => a.bankAgencyId === sakura.id && a.accountNumber && a.redactedFields.length === 0)).toBe(true);
    expect(resident.contracts).toHaveLength(0);
    for (const number of stored.others) expect(res.text).not.toContain(number);
    // and the person's fields it may not read are 非表示, the residence card masked
    expect(resident.nationality).toBeNull();
    expect(resident.redactedFields).toEqual(expect.arrayContaining(['nationality', 'address']));
    expect(resident.residenceCardNumber).toMatch(/^\*+26QX$/);
  });

  it('gives the dashboards figures, for HQ and for a liaison (scenario 4)', async () => {
    type Dash = { dashboard: { openCases: { count: number }[]; tasksByAgency: { agencyId: string; open: number; overdue: number }[]; compliance: { due: number } } };
    for (const username of ['hq.director', 'sakura.liaison'] as const) {
      const q = dashboard(username);
      const res = await t.gqlAs<Dash>(q.username, q.query, q.variables);
      expect(res.body.errors).toBeUndefined();
      const d = res.body.data!.dashboard;
      expect(d.tasksByAgency.reduce((n, a) => n + a.open + a.overdue, 0)).toBeGreaterThan(0);
      expect(d.compliance.due).toBeGreaterThan(0);
      if (username === 'hq.director') {
        expect(d.openCases.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(50);
        expect(d.tasksByAgency.length).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('keeps every foreign key of the generated rows', async () => {
    // the generator may load with foreign-key triggers off (session_replication_role): check them all here
    const fks = (
      await db.query(
        `SELECT c.conrelid::regclass::text AS child, a.attname AS col, c.confrelid::regclass::text AS parent, pa.attname AS pcol
           FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
           JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
          WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = 'public'::regnamespace`,
      )
    ).rows as { child: string; col: string; parent: string; pcol: string }[];
    expect(fks.length).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const fk of fks) {
      const r = await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${fk.child} x WHERE x.${fk.col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p.${fk.pcol} = x.${fk.col})`,
      );
      if (r.n > 0) broken.push(`${fk.child}.${fk.col} → ${fk.parent}: ${r.n}`);
    }
    expect(broken).toEqual([]);
  });
});

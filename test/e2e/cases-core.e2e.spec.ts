import { createHash, randomUUID } from 'node:crypto';
import type { StatementCounter } from '@renkei/core';
import { startTestApp, type TestApp } from '../setup/test-app';
import { TestCaseTypeModule } from '../fixtures/test-case-type';
import { DeadlineService } from '@renkei/workflow';
import { DEMO_USERS } from '@renkei/identity';

const TITLE = '中央署 口座売買の疑い 秘匿件名';
const POLICE_NOTE = '警察内部メモ: 被疑者は田中';
const ALL_NOTE = '全機関へ: 回答期限は12月1日';
const KOTEL_NOTE = '甲テレコム様へ: 加入者情報の照会';
const SAKURA_REQUEST = 'さくら銀行本店 普通口座の取引停止状況の照会';
const KOTEL_REQUEST = '090番号の契約者確認';

const CASE_QUERY = `query($id: ID!) { case(id: $id) {
  id reference type state title filedBy assigneeIds version redactedFields availableTransitions
  tasks { id agencyId request state answer createdBy version redactedFields }
  comments { body audience }
  timeline { type audience }
} }`;

describe('the case core over GraphQL, through each role', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();
  const users = new Map<string, string>();
  let caseId = '';
  let reference = '';
  let sakuraTask = '';
  let kotelTask = '';

  const as = (username: string) => t.as(username);
  const gql = (username: string, query: string, variables: Record<string, unknown> = {}) => t.gqlAs(username, query, variables);

  beforeAll(async () => {
    // The case core is tested from an empty prefecture (reference numbers, counts); the case types' own tests use the demo cases.
    t = await startTestApp({ extraModules: [TestCaseTypeModule], withoutDemoCases: true });
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    for (const u of await t.dataSource.query('SELECT id, username FROM users')) users.set(u.username, u.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('files a case with a readable reference number unique per prefecture and year', async () => {
    const res = await gql('chuo.manager', 'mutation($i: FileTestCaseInput!) { fileTestCase(input: $i) { id reference } }', {
      i: { title: TITLE, assigneeIds: [users.get('chuo.investigator')] },
    });
    expect(res.body.errors).toBeUndefined();
    caseId = res.body.data!.fileTestCase.id;
    reference = res.body.data!.fileTestCase.reference;
    expect(reference).toBe('甲-2026-000001');
    t.clock.advance(60_000);
    const second = await gql('hq.coordinator', 'mutation { fileTestCase(input: { title: "HQ case" }) { reference } }');
    expect(second.body.data!.fileTestCase.reference).toBe('甲-2026-000002');
    const otsu = await gql('otsu.coordinator', 'mutation { fileTestCase(input: { title: "乙 case" }) { reference } }');
    expect(otsu.body.data!.fileTestCase.reference).toBe('乙-2026-000001');
  });

  it('refuses filing by a role that may not', async () => {
    for (const u of ['sakura.liaison', 'hq.director', 'admin']) {
      const res = await gql(u, 'mutation { fileTestCase(input: { title: "x" }) { reference } }');
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('addresses tasks to two outside agencies, each covering only its rows', async () => {
    const create = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id state agencyId version } }';
    const a = await gql('chuo.manager', create, {
      i: { caseId, agencyId: agencies.get('sakura-bank'), kind: 'ACCOUNT_STATUS', request: SAKURA_REQUEST, legalBasis: '犯収法', dueAt: '2026-11-27T08:00:00Z', scopeRefs: ['acct-1'] },
    });
    const b = await gql('chuo.manager', create, {
      i: { caseId, agencyId: agencies.get('kotel'), kind: 'SUBSCRIBER', request: KOTEL_REQUEST, dueAt: '2026-11-25T08:00:00Z' },
    });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    sakuraTask = a.body.data!.createTask.id;
    kotelTask = b.body.data!.createTask.id;
    expect(a.body.data!.createTask.state).toBe('OPEN');

    const stranger = await gql('minato.manager', create, { i: { caseId, agencyId: agencies.get('kotel'), kind: 'X', request: 'x' } });
    expect(stranger.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // An unknown kind on a case it cannot read is still NOT_FOUND: the kind check never tells cases apart.
    const probe = await gql('minato.manager', create, { i: { caseId, agencyId: agencies.get('kotel'), kind: 'NO_SUCH_KIND', request: 'x' } });
    expect(probe.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a kind the case type does not take and a due date not ahead, creating nothing', async () => {
    const create = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }';
    const [{ n: before }] = await t.dataSource.query('SELECT count(*)::int AS n FROM tasks');
    const kind = await gql('chuo.manager', create, { i: { caseId, agencyId: agencies.get('kotel'), kind: 'NO_SUCH_KIND', request: 'x' } });
    expect(kind.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'kind', reason: 'UNKNOWN_TASK_KIND' }] });
    // The generic kinds are accepted on every type; a past or far due date is not.
    for (const dueAt of ['2026-11-19T00:00:00Z', '2028-01-01T00:00:00Z']) {
      const due = await gql('chuo.manager', create, { i: { caseId, agencyId: agencies.get('kotel'), kind: 'INQUIRY', request: 'x', dueAt } });
      expect(due.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'dueAt', reason: 'DUE_NOT_AHEAD' }] });
    }
    const [{ n: after }] = await t.dataSource.query('SELECT count(*)::int AS n FROM tasks');
    expect(after).toBe(before);
  });

  it('adds comments with an audience', async () => {
    const add = 'mutation($i: AddCommentInput!) { addComment(input: $i) { body audience } }';
    expect((await gql('chuo.manager', add, { i: { caseId, audience: 'POLICE', body: POLICE_NOTE } })).body.errors).toBeUndefined();
    expect((await gql('chuo.manager', add, { i: { caseId, audience: 'ALL_PARTIES', body: ALL_NOTE } })).body.errors).toBeUndefined();
    expect((await gql('chuo.manager', add, { i: { caseId, audience: 'AGENCY', audienceAgencyId: agencies.get('kotel'), body: KOTEL_NOTE } })).body.errors).toBeUndefined();
    const bad = await gql('chuo.manager', add, { i: { caseId, audience: 'AGENCY', body: 'no agency named' } });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // A liaison may not write to police only, nor to another agency.
    const sneaky = await gql('sakura.liaison', add, { i: { caseId, audience: 'POLICE', body: 'x' } });
    expect(sneaky.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await gql('sakura.liaison', add, { i: { caseId, audience: 'AGENCY', audienceAgencyId: agencies.get('kotel'), body: 'x' } });
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('police of the owning station and HQ see everything', async () => {
    for (const u of ['chuo.manager', 'chuo.supervisor', 'chuo.investigator', 'hq.director', 'hq.coordinator']) {
      const res = await gql(u, CASE_QUERY, { id: caseId });
      expect(res.body.errors).toBeUndefined();
      const c = res.body.data!.case;
      expect(c.title).toBe(TITLE);
      expect(c.redactedFields).toEqual([]);
      expect(c.tasks.map((x: { request: string }) => x.request).sort()).toEqual([KOTEL_REQUEST, SAKURA_REQUEST].sort());
      expect(c.comments.map((x: { body: string }) => x.body)).toEqual([POLICE_NOTE, ALL_NOTE, KOTEL_NOTE]);
    }
  });

  it('a bank liaison sees its own task and the summary, and nothing else', async () => {
    const res = await gql('sakura.liaison', CASE_QUERY, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c.reference).toBe(reference);
    expect(c.title).toBeNull();
    expect(c.redactedFields).toEqual(expect.arrayContaining(['title', 'filedBy', 'assigneeIds']));
    expect(c.tasks).toHaveLength(1);
    expect(c.tasks[0]).toMatchObject({ id: sakuraTask, request: SAKURA_REQUEST, createdBy: null });
    expect(c.comments.map((x: { body: string }) => x.body)).toEqual([ALL_NOTE]);
    expect(c.availableTransitions).toEqual([]);
    for (const hidden of [TITLE, POLICE_NOTE, KOTEL_NOTE, KOTEL_REQUEST, kotelTask, users.get('chuo.investigator')!, users.get('chuo.manager')!]) {
      expect(res.text).not.toContain(hidden);
    }
    const inbox = await gql('sakura.liaison', '{ myTasks { nodes { id request state dueAt } } }');
    expect(inbox.body.data!.myTasks.nodes).toEqual([{ id: sakuraTask, request: SAKURA_REQUEST, state: 'OPEN', dueAt: '2026-11-27T08:00:00.000Z' }]);
  });

  it('the carrier sees the comment addressed to it; the other bank learns nothing', async () => {
    const kotel = await gql('kotel.liaison', CASE_QUERY, { id: caseId });
    expect(kotel.body.data!.case.comments.map((x: { body: string }) => x.body)).toEqual([ALL_NOTE, KOTEL_NOTE]);
    expect(kotel.text).not.toContain(SAKURA_REQUEST);
    expect(kotel.text).not.toContain(POLICE_NOTE);

    for (const outsider of ['midori.liaison', 'minato.manager', 'otsu.coordinator', 'labour.liaison', 'npa.tipdesk']) {
      const hidden = await t.gql('query($id: ID!) { case(id: $id) { id reference } }', { id: caseId }, await as(outsider));
      const never = await t.gql('query($id: ID!) { case(id: $id) { id reference } }', { id: randomUUID() }, await as(outsider));
      // (警察庁 reads foreign evidence requests only: for this case, not found like everyone else here)
      expect(hidden.body).toEqual(never.body);
      expect(hidden.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(hidden.text).not.toContain(reference);
      const list = await gql(outsider, '{ cases { nodes { reference } } }');
      expect(list.text).not.toContain(reference);
    }
  });

  it('answers a task on the version seen; a stale answer is a CONFLICT; another agency cannot touch it', async () => {
    const answer = 'mutation($i: AnswerTaskInput!) { answerTask(input: $i) { state answer version } }';
    const stolen = await gql('kotel.liaison', answer, { i: { taskId: sakuraTask, version: 1, answer: 'x' } });
    expect(stolen.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const police = await gql('hq.director', answer, { i: { taskId: sakuraTask, version: 1, answer: 'x' } });
    expect(police.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const ack = await gql('sakura.liaison', 'mutation($i: TaskVersionInput!) { acknowledgeTask(input: $i) { state version } }', { i: { taskId: sakuraTask, version: 1 } });
    expect(ack.body.data!.acknowledgeTask).toEqual({ state: 'ACKNOWLEDGED', version: 2 });
    const stale = await gql('sakura.liaison', answer, { i: { taskId: sakuraTask, version: 1, answer: '取引停止済み' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const ok = await gql('sakura.liaison', answer, { i: { taskId: sakuraTask, version: 2, answer: '取引停止済み' } });
    expect(ok.body.data!.answerTask).toEqual({ state: 'ANSWERED', answer: '取引停止済み', version: 3 });
    const again = await gql('sakura.liaison', answer, { i: { taskId: sakuraTask, version: 3, answer: 'again' } });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('walks the case through its states; closing waits for every task', async () => {
    const transition = 'mutation($i: TransitionCaseInput!) { transitionCase(input: $i) { state version closedAt } }';
    const director = await gql('hq.director', transition, { i: { caseId, version: 1, transition: 'start' } });
    expect(director.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const started = await gql('chuo.manager', transition, { i: { caseId, version: 1, transition: 'start' } });
    expect(started.body.data!.transitionCase).toMatchObject({ state: 'IN_PROGRESS', version: 2, closedAt: null });
    const wrong = await gql('chuo.manager', transition, { i: { caseId, version: 2, transition: 'reopen' } });
    expect(wrong.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const early = await gql('chuo.manager', transition, { i: { caseId, version: 2, transition: 'close' } });
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', details: [{ reason: 'OPEN_TASKS' }] });

    const reject = await gql('kotel.liaison', 'mutation($i: RejectTaskInput!) { rejectTask(input: $i) { state rejectionReason } }', {
      i: { taskId: kotelTask, version: 1, reason: '令状が必要' },
    });
    expect(reject.body.data!.rejectTask).toEqual({ state: 'REJECTED', rejectionReason: '令状が必要' });
    const closed = await gql('chuo.manager', transition, { i: { caseId, version: 2, transition: 'close' } });
    expect(closed.body.data!.transitionCase.state).toBe('CLOSED');
    expect(closed.body.data!.transitionCase.closedAt).not.toBeNull();
    const stale = await gql('hq.coordinator', transition, { i: { caseId, version: 2, transition: 'reopen' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('shows each agency only its part of the timeline', async () => {
    const police = (await gql('chuo.manager', CASE_QUERY, { id: caseId })).body.data!.case.timeline.map((e: { type: string }) => e.type);
    expect(police).toEqual([
      'case.filed', 'task.created', 'task.created', 'comment.added', 'comment.added', 'comment.added',
      'task.acknowledged', 'task.answered', 'case.transitioned', 'task.rejected', 'case.transitioned',
    ]);
    const bank = (await gql('sakura.liaison', CASE_QUERY, { id: caseId })).body.data!.case.timeline.map((e: { type: string }) => e.type);
    // its own task's events and what all parties see; not the carrier's task, not police-only entries
    expect(bank).toEqual(['task.created', 'comment.added', 'task.acknowledged', 'task.answered', 'case.transitioned', 'case.transitioned']);
  });

  it('lists cases with filters, sorts and cursors over permitted fields only', async () => {
    const list = '{ cases(first: 10) { nodes { reference } } }';
    expect((await gql('hq.coordinator', list)).body.data!.cases.nodes.map((n: { reference: string }) => n.reference)).toEqual(['甲-2026-000002', '甲-2026-000001']);
    expect((await gql('chuo.manager', list)).body.data!.cases.nodes).toEqual([{ reference: '甲-2026-000001' }]);
    expect((await gql('otsu.coordinator', list)).body.data!.cases.nodes).toEqual([{ reference: '乙-2026-000001' }]);
    expect((await gql('sakura.liaison', list)).body.data!.cases.nodes).toEqual([{ reference: '甲-2026-000001' }]);

    const byText = await gql('hq.coordinator', '{ cases(filter: { text: "口座売買" }) { nodes { reference } } }');
    expect(byText.body.data!.cases.nodes).toEqual([{ reference: '甲-2026-000001' }]);
    // A liaison's search never matches on the hidden title.
    const liaisonText = await gql('sakura.liaison', '{ cases(filter: { text: "口座売買" }) { nodes { reference } } }');
    expect(liaisonText.body.data!.cases.nodes).toEqual([]);

    const allowedSort = await gql('sakura.liaison', '{ cases(sort: { field: REFERENCE }) { nodes { reference } } }');
    expect(allowedSort.body.errors).toBeUndefined();
    // The title is police-only: sorting on it is refused, and the refusal names no value.
    const forbiddenSort = await gql('sakura.liaison', '{ cases(sort: { field: TITLE }) { nodes { reference } } }');
    expect(forbiddenSort.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'title', reason: 'FIELD_NOT_READABLE' }] });
    expect(forbiddenSort.body.data).toBeNull();
    expect(forbiddenSort.text).not.toContain(TITLE);
    const policeSort = await gql('hq.coordinator', '{ cases(first: 1, sort: { field: TITLE, direction: DESC }) { nodes { title } } }');
    expect(policeSort.body.data!.cases.nodes).toEqual([{ title: TITLE }]);
    const page1 = await gql('hq.coordinator', '{ cases(first: 1, sort: { field: REFERENCE, direction: ASC }) { nodes { reference } pageInfo { hasNextPage endCursor } } }');
    expect(page1.body.data!.cases.nodes).toEqual([{ reference: '甲-2026-000001' }]);
    const page2 = await gql('hq.coordinator', 'query($a: String) { cases(first: 1, after: $a, sort: { field: REFERENCE, direction: ASC }) { nodes { reference } pageInfo { hasNextPage } } }', {
      a: page1.body.data!.cases.pageInfo.endCursor,
    });
    expect(page2.body.data!.cases).toEqual({ nodes: [{ reference: '甲-2026-000002' }], pageInfo: { hasNextPage: false } });
  });

  it('keeps the statement count of a case page with its tasks flat as the page grows', async () => {
    await t.dataSource.query(`
      INSERT INTO cases (reference, type, state, title, prefecture_id, owning_agency_id, filed_by, filed_at, updated_at)
      SELECT '甲-2025-' || lpad(g::text, 6, '0'), 'TEST_CASE', 'OPEN', 'bulk ' || g, c.prefecture_id, c.owning_agency_id, c.filed_by, now() - (g || ' minutes')::interval, now()
        FROM generate_series(1, 60) g, (SELECT * FROM cases WHERE id = $1) c`, [caseId]);
    await t.dataSource.query(`
      INSERT INTO tasks (case_id, agency_id, kind, request, state, created_by, created_at, updated_at)
      SELECT c.id, $1, 'X', 'bulk', 'OPEN', c.filed_by, now(), now() FROM cases c WHERE c.reference LIKE '甲-2025-%'`, [agencies.get('midori-bank')]);
    const counter = t.dataSource.logger as StatementCounter;
    const statementsFor = async (first: number) => {
      const token = await as('hq.coordinator');
      counter.reset();
      const res = await t.gql(`{ cases(first: ${first}) { nodes { reference availableTransitions tasks { id state } } } }`, {}, token);
      expect(res.body.data!.cases.nodes).toHaveLength(first);
      return counter.statements;
    };
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
  });

  it('filters cases by an agency holding open tasks, as far as the user may see tasks', async () => {
    const q = 'query($a: ID!) { cases(first: 100, filter: { agencyWithOpenTasks: $a }) { nodes { reference } } }';
    const midori = await gql('hq.coordinator', q, { a: agencies.get('midori-bank') });
    expect(midori.body.data!.cases.nodes).toHaveLength(60);
    const sakura = await gql('hq.coordinator', q, { a: agencies.get('sakura-bank') });
    expect(sakura.body.data!.cases.nodes).toEqual([]);
    // The bank liaison asking about the other bank learns nothing.
    const probe = await gql('sakura.liaison', q, { a: agencies.get('midori-bank') });
    expect(probe.body.data!.cases.nodes).toEqual([]);
  });

  it('links cases naming the same phone for users who may read both, and for no one else', async () => {
    const file = 'mutation($i: FileTestCaseInput!) { fileTestCase(input: $i) { id reference } }';
    const a = (await gql('chuo.manager', file, { i: { title: 'A', phones: ['090-3141-5926'] } })).body.data!.fileTestCase;
    const b = (await gql('minato.manager', file, { i: { title: 'B', phones: ['０９０ ３１４１ ５９２６'] } })).body.data!.fileTestCase;
    const links = 'query($id: ID!) { case(id: $id) { reference links { kind case { reference } } } }';
    const hq = await gql('hq.coordinator', links, { id: a.id });
    expect(hq.body.data!.case.links).toEqual([{ kind: 'PHONE', case: { reference: b.reference } }]);
    const station = await gql('chuo.manager', links, { id: a.id });
    expect(station.body.data!.case.links).toEqual([]);
    expect(station.text).not.toContain(b.reference);
    const other = await gql('minato.manager', links, { id: b.id });
    expect(other.body.data!.case.links).toEqual([]);
    expect(other.text).not.toContain(a.reference);
    const bad = await gql('chuo.manager', file, { i: { title: 'C', phones: ['12'] } });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'phone', reason: 'INVALID_PHONE' }] });
  });

  it('answers the dashboard with figures over readable rows only', async () => {
    const hqCase = (await t.dataSource.query(`SELECT id FROM cases WHERE reference = '甲-2026-000002'`))[0].id;
    const late = await gql('hq.coordinator', 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: { caseId: hqCase, agencyId: agencies.get('kotel'), kind: 'SUSPENSION', request: '至急の利用停止', dueAt: '2026-11-21T00:00:00Z' },
    });
    expect(late.body.errors).toBeUndefined();
    // A due date cannot be set in the past: the task (and its deadline) are moved back in the tables.
    await t.dataSource.query(`UPDATE tasks SET due_at = '2026-11-19T00:00:00Z' WHERE id = $1`, [late.body.data!.createTask.id]);
    await t.dataSource.query(
      `UPDATE deadlines SET due_at = '2026-11-19T00:00:00Z', warn_at = LEAST(warn_at, '2026-11-19T00:00:00Z') WHERE subject_id = $1`,
      [late.body.data!.createTask.id],
    );
    const q = `{ dashboard(from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z") {
      openCases { type state count } tasksByAgency { agencyId open overdue }
      compliance { due answeredOnTime answeredLate stillOpen rate } oldestOverdue { request agencyId } } }`;
    const hqRes = await gql('hq.coordinator', q);
    expect(hqRes.body.errors).toBeUndefined();
    const hq = hqRes.body.data!.dashboard;
    expect(hq.openCases).toEqual([{ type: 'TEST_CASE', state: 'OPEN', count: 63 }]);
    expect(hq.tasksByAgency).toEqual(
      [
        { agencyId: agencies.get('kotel'), open: 1, overdue: 1 },
        { agencyId: agencies.get('midori-bank'), open: 60, overdue: 0 },
      ].sort((a, b) => a.agencyId!.localeCompare(b.agencyId!)),
    );
    expect(hq.compliance).toEqual({ due: 3, answeredOnTime: 2, answeredLate: 0, stillOpen: 1, rate: 2 / 3 });
    expect(hq.oldestOverdue).toEqual([{ request: '至急の利用停止', agencyId: agencies.get('kotel') }]);

    const bankRes = await gql('sakura.liaison', q);
    const bank = bankRes.body.data!.dashboard;
    expect(bank.openCases).toEqual([]);
    expect(bank.tasksByAgency).toEqual([]);
    expect(bank.compliance).toEqual({ due: 1, answeredOnTime: 1, answeredLate: 0, stillOpen: 0, rate: 1 });
    expect(bank.oldestOverdue).toEqual([]);
    expect(bankRes.text).not.toContain(agencies.get('midori-bank')!);
    expect(bankRes.text).not.toContain('至急の利用停止');

    const carrier = (await gql('kotel.liaison', q)).body.data!.dashboard;
    expect(carrier.tasksByAgency).toEqual([{ agencyId: agencies.get('kotel'), open: 1, overdue: 1 }]);
    expect(carrier.openCases).toEqual([{ type: 'TEST_CASE', state: 'OPEN', count: 1 }]);

    const otsu = (await gql('otsu.coordinator', q)).body.data!.dashboard;
    expect(otsu.openCases).toEqual([{ type: 'TEST_CASE', state: 'OPEN', count: 1 }]);
    expect(otsu.tasksByAgency).toEqual([]);
    expect(otsu.compliance.due).toBe(0);
  });

  it('marks a task overdue when its deadline passes, once, and escalates it', async () => {
    const deadlines = t.app.get(DeadlineService);
    const [task] = await t.dataSource.query(`SELECT id FROM tasks WHERE request = '至急の利用停止'`);
    const open = await deadlines.findOpen(null, 'task.due', 'Task', task.id);
    expect(open?.dueAt.toISOString()).toBe('2026-11-19T00:00:00.000Z');
    const first = await deadlines.reconcile();
    expect(first).toMatchObject({ failed: 0 });
    expect(first.fired).toBeGreaterThanOrEqual(1);
    await deadlines.reconcile();
    const [row] = await t.dataSource.query(`SELECT state FROM tasks WHERE id = $1`, [task.id]);
    expect(row.state).toBe('OVERDUE');
    const events = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 AND action IN ('cases.task.overdue') `, [task.id]);
    expect(events).toHaveLength(1);
    const inbox = await gql('kotel.liaison', '{ myTasks(filter: { overdue: true }) { nodes { request state } } }');
    expect(inbox.body.data!.myTasks.nodes).toEqual([{ request: '至急の利用停止', state: 'OVERDUE' }]);
    // Answering late closes the deadline: no further stage will fire.
    const [{ version }] = await t.dataSource.query(`SELECT version FROM tasks WHERE id = $1`, [task.id]);
    const answered = await gql('kotel.liaison', 'mutation($i: AnswerTaskInput!) { answerTask(input: $i) { state } }', { i: { taskId: task.id, version, answer: '停止済み' } });
    expect(answered.body.data!.answerTask.state).toBe('ANSWERED');
    expect(await deadlines.findOpen(null, 'task.due', 'Task', task.id)).toBeNull();
  });

  it('stores attachments with their SHA-256, type-checked and size-limited, read only within their audience', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('全機関向け資料')]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const upload = async (username: string, file: Buffer, name: string, type: string, audience: string) =>
      t.http().post('/attachments').set('authorization', `Bearer ${await as(username)}`)
        .field('caseId', caseId).field('audience', audience).attach('file', file, { filename: name, contentType: type });
    const shared = await upload('chuo.manager', pdf, '資料.pdf', 'application/pdf', 'ALL_PARTIES');
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ fileName: '資料.pdf', sizeBytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
    const internal = await upload('chuo.manager', png, 'suspect.png', 'image/png', 'POLICE');
    expect(internal.status).toBe(201);

    const fake = await upload('chuo.manager', Buffer.from('MZ\x90\x00 not a pdf'), 'x.pdf', 'application/pdf', 'ALL_PARTIES');
    expect(fake.status).toBe(400);
    expect(fake.body.code).toBe('BAD_USER_INPUT');
    const exe = await upload('chuo.manager', Buffer.from('MZ'), 'x.exe', 'application/x-msdownload', 'ALL_PARTIES');
    expect(exe.status).toBe(400);
    const huge = await upload('chuo.manager', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(t.config.attachments.maxBytes)]), 'big.pdf', 'application/pdf', 'ALL_PARTIES');
    expect(huge.status).toBe(413);
    const stranger = await upload('minato.manager', pdf, 'x.pdf', 'application/pdf', 'ALL_PARTIES');
    expect(stranger.status).toBe(404);

    const list = await gql('sakura.liaison', 'query($id: ID!) { case(id: $id) { attachments { id fileName sha256 } } }', { id: caseId });
    expect(list.body.data!.case.attachments).toEqual([{ id: shared.body.id, fileName: '資料.pdf', sha256: shared.body.sha256 }]);
    expect(list.text).not.toContain('suspect.png');
    const mine = await t.http().get(`/attachments/${shared.body.id}`).set('authorization', `Bearer ${await as('sakura.liaison')}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(mine.status).toBe(200);
    expect(Buffer.compare(mine.body as Buffer, pdf)).toBe(0);
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    const hidden = await t.http().get(`/attachments/${internal.body.id}`).set('authorization', `Bearer ${await as('sakura.liaison')}`);
    const never = await t.http().get(`/attachments/${randomUUID()}`).set('authorization', `Bearer ${await as('sakura.liaison')}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(never.body);
    const downloads = await t.dataSource.query(`SELECT actor_username FROM audit_log WHERE action = 'cases.attachment.downloaded'`);
    expect(downloads).toEqual([{ actor_username: 'sakura.liaison' }]);
  });

  it('tells the tasked agencies and, on a breach, the 推進室, with nothing but the reference', async () => {
    const rows: { event_type: string; recipient: { kind: string; agencyId: string; roles: string[] | null }; payload: { kind: string; body: string; reference: string } }[] =
      await t.dataSource.query(`SELECT event_type, recipient, payload FROM outbox ORDER BY id`);
    const to = (agencyCode: string, kind: string) =>
      rows.filter((r) => r.recipient.kind === 'agency' && r.recipient.agencyId === agencies.get(agencyCode) && r.payload.kind === kind);
    expect(to('sakura-bank', 'task.created')).toHaveLength(1);
    expect(to('sakura-bank', 'task.created')[0].recipient.roles).toEqual(['liaison']);
    expect(to('sakura-bank', 'task.created')[0].payload.reference).toBe(reference);
    expect(to('kotel', 'comment.added').length).toBeGreaterThanOrEqual(2); // the all-parties note and the one addressed to it
    expect(to('sakura-bank', 'comment.added')).toHaveLength(1); // the all-parties note only
    // (the late task's case was filed by HQ itself, so HQ is also its owner: the 推進室 entry is the escalation)
    expect(to('ko-police-hq', 'task.escalated').filter((r) => r.recipient.roles?.includes('hq.coordinator'))).toHaveLength(1);
    expect(to('ko-chuo-station', 'task.answered').length).toBeGreaterThanOrEqual(1);
    const all = JSON.stringify(rows);
    for (const hidden of [TITLE, POLICE_NOTE, KOTEL_NOTE, KOTEL_REQUEST, SAKURA_REQUEST, '取引停止済み', '令状が必要']) expect(all).not.toContain(hidden);
  });

  it('for every demo role: what it may not see appears nowhere, in data or in errors', async () => {
    const policeOfChuo = ['chuo.manager', 'chuo.supervisor', 'chuo.investigator', 'hq.director', 'hq.coordinator'];
    const sweep = `query($id: ID!, $task: ID!) {
      cases(first: 200) { nodes { reference title tasks { request answer } comments { body } timeline { type data } attachments { fileName } } }
      case(id: $id) { reference title tasks { request answer rejectionReason } comments { body } links { case { reference } } }
      task(id: $task) { request answer }
      myTasks { nodes { request } }
      dashboard(from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z") { openCases { count } oldestOverdue { request } }
    }`;
    for (const { username } of DEMO_USERS) {
      const res = await t.gql(sweep, { id: caseId, task: kotelTask }, await as(username));
      const body = res.text;
      if (policeOfChuo.includes(username)) {
        expect(body).toContain(TITLE);
        continue;
      }
      // Nobody outside the owning station and its HQ sees the title, the police note or the carrier's part.
      for (const hidden of [TITLE, POLICE_NOTE]) expect(body).not.toContain(hidden);
      if (username !== 'kotel.liaison') for (const hidden of [KOTEL_NOTE, KOTEL_REQUEST, '令状が必要']) expect(body).not.toContain(hidden);
      if (username !== 'sakura.liaison') for (const hidden of [SAKURA_REQUEST, '取引停止済み']) expect(body).not.toContain(hidden);
      if (!['sakura.liaison', 'kotel.liaison'].includes(username)) expect(body).not.toContain(reference);
    }
  });

  it('assigns investigators of the owning station only, on the version seen; the assignee then reads the case', async () => {
    const file = 'mutation($i: FileTestCaseInput!) { fileTestCase(input: $i) { id } }';
    const { id } = (await gql('chuo.manager', file, { i: { title: '未割当の事案' } })).body.data!.fileTestCase;
    const read = 'query($id: ID!) { case(id: $id) { id } }';
    expect((await gql('chuo.investigator', read, { id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const assign = 'mutation($i: AssignCaseInput!) { assignCase(input: $i) { assigneeIds version } }';
    const outsider = await gql('chuo.manager', assign, { i: { caseId: id, version: 1, userIds: [users.get('minato.manager')] } });
    expect(outsider.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notAllowed = await gql('chuo.supervisor', assign, { i: { caseId: id, version: 1, userIds: [users.get('chuo.investigator')] } });
    expect(notAllowed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await gql('chuo.manager', assign, { i: { caseId: id, version: 1, userIds: [users.get('chuo.investigator')] } });
    expect(ok.body.data!.assignCase).toEqual({ assigneeIds: [users.get('chuo.investigator')], version: 2 });
    const stale = await gql('chuo.manager', assign, { i: { caseId: id, version: 1, userIds: [] } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await gql('chuo.investigator', read, { id })).body.data!.case.id).toBe(id);
  });
});

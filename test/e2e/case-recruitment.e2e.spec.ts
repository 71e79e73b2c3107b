import { startTestApp, type TestApp } from '../setup/test-app';
import { DeadlineService } from '@renkei/workflow';

const URL = 'https://x.example.com/kanto_job/status/1790000000000000001';
const TEXT = '【即日即金】荷物を運ぶだけで日給5万円 ホワイト案件 詳しくはDMで';
const HANDLE = '@kanto_job_2026';
const PHONE_E164 = '+819031415926';
const SUSPECT = '田中 一郎';
const TIP = 'T-20261120-0042';

const DETAIL = `query($id: ID!) { case(id: $id) {
  id reference type state title redactedFields
  recruitmentPost { id platform url text matchedKeywords riskScore posterHandle labourReferralStatus suspectIdentity
    linkedCriminalCases investigationNotes sourceChannel tipReceiptNumber redactedFields }
  recruitmentContacts { id kind value carrierAgencyId redactedFields }
  recruitmentTakedowns { id kind channel templateId result redactedFields }
  tasks { id agencyId kind request legalBasis scopeRefs state answer redactedFields }
  timeline { type audience data }
} }`;
const LIST = `{ cases(first: 50) { nodes { id reference title recruitmentPost { url text posterHandle suspectIdentity tipReceiptNumber }
  recruitmentContacts { value } } } }`;
const INBOX = '{ myTasks { nodes { id kind request scopeRefs state } } }';

describe('犯罪実行者募集情報 (demo case 2) through each role', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();
  let caseId = '';
  let reference = '';

  const gql = (username: string, query: string, variables: Record<string, unknown> = {}) => t.gqlAs(username, query, variables);

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    const [row] = await t.dataSource.query(
      `SELECT c.id, c.reference FROM cases c JOIN recruitment_posts p ON p.case_id = c.id WHERE p.url_normalized = 'x.example.com/kanto_job/status/1790000000000000001'`,
    );
    caseId = row.id;
    reference = row.reference;
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads demo case 2 with exactly its values, owned by 中央署, with its two tasks', async () => {
    const res = await gql('chuo.manager', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c.type).toBe('RECRUITMENT_POST');
    expect(c.state).toBe('DETECTED');
    expect(c.recruitmentPost).toMatchObject({
      platform: 'X', url: URL, text: TEXT, posterHandle: HANDLE, suspectIdentity: SUSPECT, tipReceiptNumber: TIP,
      sourceChannel: 'ANONYMOUS_TIP', labourReferralStatus: 'REFERRED', redactedFields: [],
    });
    expect(c.recruitmentPost.matchedKeywords).toEqual(expect.arrayContaining(['即日即金', '荷物を運ぶ', '日給5万円', 'ホワイト案件', '詳しくはDMで']));
    expect(c.recruitmentPost.riskScore).toBeGreaterThanOrEqual(80);
    expect(c.recruitmentContacts).toEqual([expect.objectContaining({ kind: 'PHONE', value: PHONE_E164, carrierAgencyId: agencies.get('kotel') })]);
    const kinds = c.tasks.map((x: { kind: string; agencyId: string }) => `${x.kind}:${x.agencyId}`).sort();
    expect(kinds).toEqual([`LABOUR_REFERRAL:${agencies.get('ko-labour-bureau')}`, `SUBSCRIBER_IDENTIFICATION:${agencies.get('kotel')}`].sort());
    const [owner] = await t.dataSource.query('SELECT owning_agency_id FROM cases WHERE id = $1', [caseId]);
    expect(owner.owning_agency_id).toBe(agencies.get('ko-chuo-station'));
  });

  it('police of the prefecture and the owning station see everything; the (S) reads are audited', async () => {
    for (const u of ['hq.director', 'hq.coordinator', 'chuo.supervisor']) {
      const res = await gql(u, DETAIL, { id: caseId });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.case.recruitmentPost).toMatchObject({ url: URL, suspectIdentity: SUSPECT, tipReceiptNumber: TIP, redactedFields: [] });
    }
    const reads = await t.dataSource.query(
      `SELECT DISTINCT actor_username, subject_type, fields FROM audit_log WHERE action = 'authz.sensitive_read' AND actor_username = 'hq.director'`,
    );
    expect(reads).toEqual(expect.arrayContaining([
      { actor_username: 'hq.director', subject_type: 'RecruitmentPost', fields: ['suspectIdentity'] },
      { actor_username: 'hq.director', subject_type: 'RecruitmentPost', fields: ['tipReceiptNumber'] },
    ]));
  });

  it('labour.liaison sees the post, handle, contacts and referral, never the suspect nor the tip number', async () => {
    const res = await gql('labour.liaison', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const post = res.body.data!.case.recruitmentPost;
    expect(post).toMatchObject({ url: URL, text: TEXT, posterHandle: HANDLE, labourReferralStatus: 'REFERRED', sourceChannel: 'ANONYMOUS_TIP', suspectIdentity: null, tipReceiptNumber: null });
    expect(post.redactedFields).toEqual(expect.arrayContaining(['suspectIdentity', 'tipReceiptNumber', 'linkedCriminalCases', 'investigationNotes']));
    expect(res.body.data!.case.recruitmentContacts.map((c: { value: string }) => c.value)).toEqual([PHONE_E164]);
    expect(res.body.data!.case.tasks).toHaveLength(1);
    for (const r of [res, await gql('labour.liaison', LIST), await gql('labour.liaison', INBOX)]) {
      for (const hidden of [SUSPECT, TIP]) expect(r.text).not.toContain(hidden);
    }
    // a field it may not read cannot be written either, and the refusal echoes nothing
    const write = await gql('labour.liaison', 'mutation($i: UpdateRecruitmentInvestigationInput!) { updateRecruitmentInvestigation(input: $i) { id } }', {
      i: { caseId, version: 1, suspectIdentity: 'x' },
    });
    expect(write.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(write.text).not.toContain(SUSPECT);
  });

  it('kotel.liaison sees its number and nothing else of the case', async () => {
    const res = await gql('kotel.liaison', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c.recruitmentPost).toBeNull();
    expect(c.recruitmentTakedowns).toEqual([]);
    expect(c.recruitmentContacts).toEqual([expect.objectContaining({ value: PHONE_E164, redactedFields: [] })]);
    expect(c.tasks).toEqual([expect.objectContaining({ kind: 'SUBSCRIBER_IDENTIFICATION' })]);
    const inbox = await gql('kotel.liaison', INBOX);
    expect(inbox.text).toContain(PHONE_E164);
    for (const r of [res, inbox, await gql('kotel.liaison', LIST)]) {
      for (const hidden of [URL, 'x.example.com', TEXT, '即日即金', HANDLE, SUSPECT, TIP, 'kanto_job']) expect(r.text).not.toContain(hidden);
    }
  });

  it('sakura.liaison, minato.manager and otsu.coordinator learn nothing', async () => {
    for (const u of ['sakura.liaison', 'minato.manager', 'otsu.coordinator', 'otsumobile.liaison']) {
      const res = await gql(u, DETAIL, { id: caseId });
      expect(res.body.data?.case ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const r of [res, await gql(u, LIST), await gql(u, INBOX)]) {
        for (const hidden of [reference, URL, TEXT, HANDLE, PHONE_E164, SUSPECT, TIP]) expect(r.text).not.toContain(hidden);
      }
    }
  });

  it('the carrier answers through the task mutations', async () => {
    const inbox = await gql('kotel.liaison', INBOX);
    const task = inbox.body.data!.myTasks.nodes.find((n: { kind: string }) => n.kind === 'SUBSCRIBER_IDENTIFICATION');
    const full = await gql('kotel.liaison', 'query($id: ID!) { task(id: $id) { version } }', { id: task.id });
    const answer = await gql('kotel.liaison', 'mutation($i: AnswerTaskInput!) { answerTask(input: $i) { state answer } }', {
      i: { taskId: task.id, version: full.body.data!.task.version, answer: '契約者: 甲山 太郎（2026-10-01 契約）' },
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.answerTask.state).toBe('ANSWERED');
  });

  it('the labour bureau updates the 63条 referral status', async () => {
    const before = await gql('labour.liaison', 'query($id: ID!) { case(id: $id) { recruitmentPost { labourReferralStatus } } }', { id: caseId });
    expect(before.body.data!.case.recruitmentPost.labourReferralStatus).toBe('REFERRED');
    const [{ version }] = await t.dataSource.query('SELECT version FROM recruitment_posts WHERE case_id = $1', [caseId]);
    const res = await gql('labour.liaison', 'mutation($i: SetLabourReferralStatusInput!) { setLabourReferralStatus(input: $i) { labourReferralStatus suspectIdentity } }', {
      i: { caseId, version, status: 'UNDER_REVIEW' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.setLabourReferralStatus).toEqual({ labourReferralStatus: 'UNDER_REVIEW', suspectIdentity: null });
  });

  it('a known URL is linked to its case, not filed twice; outsiders are refused without learning anything', async () => {
    const file = 'mutation($i: FileRecruitmentPostInput!) { fileRecruitmentPost(input: $i) { caseId reference alreadyKnown } }';
    const variant = 'http://www.X.example.com/kanto_job/status/1790000000000000001/?utm_source=line#top';
    const known = await gql('hq.coordinator', file, { i: { platform: 'X', url: variant, text: TEXT } });
    expect(known.body.errors).toBeUndefined();
    expect(known.body.data!.fileRecruitmentPost).toEqual({ caseId, reference, alreadyKnown: true });
    const minato = await gql('minato.manager', file, { i: { platform: 'X', url: variant, text: TEXT } });
    expect(minato.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    for (const hidden of [caseId, reference, SUSPECT, HANDLE]) expect(minato.text).not.toContain(hidden);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM recruitment_posts');
    expect(n).toBe(1);
    for (const u of ['sakura.liaison', 'kotel.liaison', 'npa.tipdesk', 'admin']) {
      const res = await gql(u, file, { i: { platform: 'X', url: 'https://x.example.com/other/status/1', text: 'x' } });
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('a labour liaison files a post for the HQ of its prefecture and keeps working on it', async () => {
    const res = await gql('labour.liaison', 'mutation($i: FileRecruitmentPostInput!) { fileRecruitmentPost(input: $i) { caseId reference alreadyKnown } }', {
      i: { platform: 'Instagram', url: 'https://instagram.example.com/p/abc123', text: '高収入 受け子募集 低リスク Telegramで連絡', posterHandle: '@quick_cash' },
    });
    expect(res.body.errors).toBeUndefined();
    const filed = res.body.data!.fileRecruitmentPost;
    expect(filed.alreadyKnown).toBe(false);
    const [row] = await t.dataSource.query('SELECT owning_agency_id FROM cases WHERE id = $1', [filed.caseId]);
    expect(row.owning_agency_id).toBe(agencies.get('ko-police-hq'));
    const mine = await gql('labour.liaison', DETAIL, { id: filed.caseId });
    expect(mine.body.data!.case.recruitmentPost).toMatchObject({ sourceChannel: 'LABOUR_BUREAU', riskScore: 65, labourReferralStatus: 'REFERRED' });
    expect(mine.body.data!.case.recruitmentPost.matchedKeywords).toEqual(expect.arrayContaining(['受け子', '低リスク', '高収入', 'Telegram']));
    const coordinator = await gql('hq.coordinator', DETAIL, { id: filed.caseId });
    expect(coordinator.body.data!.case.recruitmentPost.posterHandle).toBe('@quick_cash');
    const station = await gql('chuo.manager', DETAIL, { id: filed.caseId });
    expect(station.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('moves along its state machine; closure waits for the tasks and the 統括責任者', async () => {
    const tr = 'mutation($i: TransitionCaseInput!) { transitionCase(input: $i) { state version } }';
    const version = async () => (await gql('chuo.manager', 'query($id: ID!) { case(id: $id) { version } }', { id: caseId })).body.data!.case.version;
    const step = async (u: string, name: string) => gql(u, tr, { i: { caseId, version: await version(), transition: name } });
    expect((await step('chuo.manager', 'triage')).body.data!.transitionCase.state).toBe('TRIAGED');
    const removal = await gql('chuo.manager', 'mutation($i: RecordRecruitmentTakedownInput!) { recordRecruitmentTakedown(input: $i) { kind channel recheckDueAt } }', {
      i: { caseId, kind: 'REMOVAL_REQUEST', channel: 'IHC', reference: 'IHC-2026-1122' },
    });
    expect(removal.body.errors).toBeUndefined();
    // 2026-11-20 (Fri) + 3 business days, skipping the weekend and 勤労感謝の日 (11-23, Mon): by the end of 11-26 (JST)
    expect(removal.body.data!.recordRecruitmentTakedown).toMatchObject({ kind: 'REMOVAL_REQUEST', channel: 'IHC', recheckDueAt: '2026-11-26T15:00:00.000Z' });
    const [deadline] = await t.dataSource.query(`SELECT state FROM deadlines WHERE kind = 'recruitment.recheck'`);
    expect(deadline.state).toBe('pending');
    expect((await step('chuo.manager', 'requestRemoval')).body.data!.transitionCase.state).toBe('REMOVAL_REQUESTED');
    const result = (r: string) =>
      gql('chuo.manager', 'mutation($i: RecordRecruitmentTakedownInput!) { recordRecruitmentTakedown(input: $i) { result } }', { i: { caseId, kind: 'RESULT', result: r } });
    expect((await result('REMOVED')).body.errors).toBeUndefined();
    expect((await gql('chuo.manager', 'query($id: ID!) { case(id: $id) { state } }', { id: caseId })).body.data!.case.state).toBe('REMOVED');
    // a reposted URL reopens the case
    expect((await result('REPOSTED')).body.errors).toBeUndefined();
    expect((await gql('chuo.manager', 'query($id: ID!) { case(id: $id) { state } }', { id: caseId })).body.data!.case.state).toBe('TRIAGED');
    // the labour bureau reads the takedown record but cannot record one
    const labour = await gql('labour.liaison', 'query($id: ID!) { case(id: $id) { recruitmentTakedowns { kind result } } }', { id: caseId });
    expect(labour.body.data!.case.recruitmentTakedowns).toHaveLength(3);
    const refused = await gql('labour.liaison', 'mutation($i: RecordRecruitmentTakedownInput!) { recordRecruitmentTakedown(input: $i) { id } }', {
      i: { caseId, kind: 'REPLY_WARNING', templateId: 'W-01' },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // closing: the labour task is still open, and the manager may not close
    const closeByManager = await step('chuo.manager', 'close');
    expect(closeByManager.body.errors?.[0].extensions?.code).toBeDefined();
    const closeBySupervisor = await step('chuo.supervisor', 'close');
    expect(closeBySupervisor.body.errors?.[0].extensions?.details).toEqual([{ reason: 'RECRUITMENT.OPEN_TASKS' }]);
  });

  it('runs the re-check when it falls due: on the police timeline, and the owning station is told', async () => {
    const removal = await gql('chuo.manager', 'mutation($i: RecordRecruitmentTakedownInput!) { recordRecruitmentTakedown(input: $i) { recheckDueAt } }', {
      i: { caseId, kind: 'REMOVAL_REQUEST', channel: 'PLATFORM' },
    });
    const due = new Date(removal.body.data!.recordRecruitmentTakedown.recheckDueAt);
    const before = t.clock.now();
    t.clock.set(new Date(due.getTime() + 60_000));
    const result = await t.app.get(DeadlineService).reconcile();
    // back to the test's day, where the signed-in sessions are still alive
    t.clock.set(before);
    expect(result.failed).toBe(0);
    expect(result.fired).toBeGreaterThanOrEqual(1);
    const timeline = async (u: string) =>
      ((await gql(u, 'query($id: ID!) { case(id: $id) { timeline { type } } }', { id: caseId })).body.data!.case.timeline as { type: string }[]).map((e) => e.type);
    expect(await timeline('chuo.manager')).toContain('recruitment.recheck.due');
    expect(await timeline('labour.liaison')).not.toContain('recruitment.recheck.due');
    const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'recruitment.recheck.due'`);
    expect(told).toHaveLength(1);
    expect(told[0].payload.body).toContain('再確認');
    expect(JSON.stringify(told)).not.toContain('kanto_job');
  });
});

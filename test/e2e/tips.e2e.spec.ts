import { randomUUID } from 'node:crypto';
import { RequestContext } from '@renkei/core';
import { DeadlineService } from '@renkei/workflow';
import { TipsService } from '@renkei/tips';
import { PasswordService } from '@renkei/identity';
import { startTestApp, type GqlResponse, type TestApp } from '../setup/test-app';

const DEMO_RECEIPT = 'T-20261120-0042';
const DEMO_PIN = '482917';

const SUBMIT = `mutation($i: TipIntakeInput!) { submitTip(input: $i) { receiptNumber urgent message } }`;
const PHONE = `mutation($i: TipIntakeInput!) { recordPhoneTip(input: $i) { receiptNumber urgent message } }`;
const VIEW = `mutation($i: TipsterCredentialsInput!) { tipsterView(input: $i) { receiptNumber questions { id question state requestedAt } } }`;
const ADD = `mutation($i: TipsterInformationInput!) { addTipInformation(input: $i) { receiptNumber message } }`;
const NOTICES = `{ tipNotices { infoRequested { receiptNumber postedAt } rewards { receiptNumber postedAt } } }`;
const FIELDS = `id version receiptNumber category channel receivedAt content urgent classification classifiedAt forwardedAgencyId forwardedAt caseId
  reportDueAt reportedAt infoRequests { id question state requestedAt closedAt } additionalInformation { id requestId channel content receivedAt reportDueAt }
  selfIdentification disqualifications wantsReward rewardAmount rewardDecidedAt rewardNoticePostedAt rewardNoticeRemovedAt rewardPaymentMethod rewardPaidAt
  redactedFields`;
const TIP = `query($id: ID!) { tip(id: $id) { ${FIELDS} } }`;
const LIST = `{ tips(first: 200) { nodes { id receiptNumber content } pageInfo { hasNextPage } } }`;
const CLASSIFY = `mutation($i: ClassifyTipInput!) { classifyTip(input: $i) { id version classification } }`;
const REQUEST = `mutation($i: RequestTipInformationInput!) { requestTipInformation(input: $i) { id version infoRequests { id question state } } }`;
const WITHDRAW = `mutation($i: WithdrawTipInformationRequestInput!) { withdrawTipInformationRequest(input: $i) { id infoRequests { id state } } }`;
const FORWARD = `mutation($i: ForwardTipInput!) { forwardTip(input: $i) { id version forwardedAgencyId } }`;
const OPEN_CASE = `mutation($i: OpenCaseFromTipInput!) { openCaseFromTip(input: $i) { caseId reference tip { id caseId } } }`;
const DECIDE = `mutation($i: DecideTipRewardInput!) { decideTipReward(input: $i) { id version rewardAmount rewardNoticePostedAt } }`;
const PAY = `mutation($i: RecordRewardPaymentInput!) { recordRewardPayment(input: $i) { tipId receiptNumber amount paidAt method } }`;
const LEDGER = `{ rewardLedger { count totalAmount entries { tipId receiptNumber rewardAmount rewardPaymentMethod rewardPaidAt } byMethod { method count totalAmount } } }`;
const PHONE_INFO = `mutation($i: RecordTipInformationInput!) { recordTipInformation(input: $i) { id additionalInformation { channel content } } }`;

const REWARD_FIELDS = [
  'selfIdentification', 'disqualifications', 'wantsReward', 'rewardAmount', 'rewardDecidedAt', 'rewardNoticePostedAt', 'rewardNoticeRemovedAt', 'rewardPaymentMethod', 'rewardPaidAt',
];
const OUTSIDERS = ['otsu.coordinator', 'chuo.manager', 'sakura.liaison', 'hq.director', 'minato.manager', 'labour.liaison', 'kotel.liaison', 'auditor', 'admin'];

const intake = (over: Record<string, unknown> = {}) => ({
  category: 'SPECIAL_FRAUD', content: `通報内容 ${randomUUID()}`, urgent: false, pin: '135790', wantsReward: false, ...over,
});

describe('匿名通報 (anonymous tips)', () => {
  let t: TestApp;
  const gql = (u: string, q: string, v: Record<string, unknown> = {}) => t.gqlAs(u, q, v);
  const pub = (q: string, v: Record<string, unknown> = {}) => t.gql(q, v);
  const code = (r: GqlResponse) => r.body.errors?.[0]?.extensions?.code;
  const reason = (r: GqlResponse) => r.body.errors?.[0]?.extensions?.reason;
  const agencyId = async (code: string) => (await t.dataSource.query(`SELECT id FROM agencies WHERE code = $1`, [code]))[0].id as string;
  const tipId = async (receipt: string) => (await t.dataSource.query(`SELECT id FROM tips WHERE receipt_number = $1`, [receipt]))[0].id as string;
  const submit = async (over: Record<string, unknown> = {}) => {
    const res = await pub(SUBMIT, { i: intake(over) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.submitTip as { receiptNumber: string; urgent: boolean; message: string };
  };
  const version = async (id: string) => (await gql('npa.tipdesk', TIP, { id })).body.data!.tip.version as number;
  const expectAbsent = (who: string, text: string, values: string[]) => {
    for (const v of values) expect({ who, value: v, found: text.includes(v) }).toEqual({ who, value: v, found: false });
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads the demo tip behind demo case 2: TARGET, forwarded to 甲県, linked to the case, with the documented PIN', async () => {
    const [row] = await t.dataSource.query(
      `SELECT t.id, t.category, t.channel, t.classification, a.code AS hq, t.case_id, (SELECT case_id FROM recruitment_posts WHERE tip_receipt_number = $1) AS case2
         FROM tips t JOIN agencies a ON a.id = t.forwarded_agency_id WHERE t.receipt_number = $1`,
      [DEMO_RECEIPT],
    );
    expect(row).toMatchObject({ channel: 'WEB', classification: 'TARGET', hq: 'ko-police-hq' });
    expect(['ORGANIZED_CRIME', 'CRIME_INFRASTRUCTURE']).toContain(row.category);
    expect(row.case_id).toBe(row.case2);
    const view = await pub(VIEW, { i: { receiptNumber: DEMO_RECEIPT, pin: DEMO_PIN } });
    expect(view.body.errors).toBeUndefined();
    expect(view.body.data!.tipsterView).toEqual({ receiptNumber: DEMO_RECEIPT, questions: [] });
    const hq = await gql('hq.coordinator', TIP, { id: row.id });
    expect(hq.body.data!.tip).toMatchObject({ receiptNumber: DEMO_RECEIPT, classification: 'TARGET', caseId: row.case2 });
  });

  it('takes a web tip without an account, numbers it T-YYYYMMDD-NNNN (JST) and stores no address, no user agent, only a hash of the PIN', async () => {
    const first = await submit({ pin: '24681357' });
    const second = await submit();
    // 2026-11-20 10:00 JST; the demo tip took number 42 of that day
    expect(first.receiptNumber).toMatch(/^T-20261120-\d{4}$/);
    expect(Number(first.receiptNumber.slice(-4))).toBeGreaterThan(42);
    expect(Number(second.receiptNumber.slice(-4))).toBe(Number(first.receiptNumber.slice(-4)) + 1);
    expect(first.message).toContain(first.receiptNumber);
    expect(first.message).not.toContain('110');
    const columns = (await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'tips'`)).map((c: { column_name: string }) => c.column_name);
    expect(columns.filter((c: string) => /(^|_)(ip|address|agent|user_agent|remote)(_|$)/.test(c))).toEqual([]);
    const [stored] = await t.dataSource.query(`SELECT pin_hash, channel, recorded_by FROM tips WHERE receipt_number = $1`, [first.receiptNumber]);
    expect(stored.pin_hash).toMatch(/^\$argon2id\$/);
    expect(stored.pin_hash).not.toContain('24681357');
    expect(stored).toMatchObject({ channel: 'WEB', recorded_by: null });
    // the PIN is no field of the GraphQL type
    const schema = await pub('{ __type(name: "Tip") { fields { name } } }');
    expect(JSON.stringify(schema.body)).not.toMatch(/pin/i);
    // malformed PINs are refused before anything is stored
    expect(code(await pub(SUBMIT, { i: intake({ pin: '12ab' }) }))).toBe('BAD_USER_INPUT');
  });

  it('an urgent tip answers with the instruction to dial 110 and tells npa.tipdesk at once (receipt number only)', async () => {
    const urgent = await submit({ urgent: true, content: '今夜、拳銃を持った男が〇〇に集まる URGENT-CONTENT-7731' });
    expect(urgent.urgent).toBe(true);
    expect(urgent.message).toContain('110番');
    const id = await tipId(urgent.receiptNumber);
    const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'tips.tip.received' AND payload->>'subjectId' = $1`, [id]);
    expect(told).toHaveLength(1);
    expect(told[0].recipient).toEqual({ kind: 'agency', agencyId: await agencyId('npa'), roles: ['npa.tipdesk'] });
    expect(told[0].payload.body).toContain(urgent.receiptNumber);
    expect(JSON.stringify(told)).not.toContain('URGENT-CONTENT-7731');
    // a tip that is not urgent tells nobody at intake
    const calm = await submit();
    const none = await t.dataSource.query(`SELECT 1 FROM outbox WHERE event_type = 'tips.tip.received' AND payload->>'subjectId' = $1`, [await tipId(calm.receiptNumber)]);
    expect(none).toEqual([]);
  });

  it('every tip gets a report deadline: the next business day 12:00 JST (Fri 11/20 → Tue 11/24, 11/23 is 勤労感謝の日); markReported completes it; overdue tells the desks', async () => {
    const reported = await submit();
    const late = await submit();
    const [reportedId, lateId] = [await tipId(reported.receiptNumber), await tipId(late.receiptNumber)];
    const deadlines = await t.dataSource.query(`SELECT subject_id, due_at, state FROM deadlines WHERE kind = 'tip.report' AND subject_id = ANY($1::uuid[])`, [[reportedId, lateId]]);
    expect(deadlines.map((d: { due_at: Date }) => d.due_at.toISOString())).toEqual(['2026-11-24T03:00:00.000Z', '2026-11-24T03:00:00.000Z']);
    expect((await gql('tipline.receiver', TIP, { id: lateId })).body.data!.tip.reportDueAt).toBe('2026-11-24T03:00:00.000Z');

    await t.app.get(TipsService).markReported(RequestContext.system('job'), reportedId);
    const before = t.clock.now();
    t.clock.set(new Date('2026-11-24T03:01:00Z'));
    try {
      expect((await t.app.get(DeadlineService).reconcile()).failed).toBe(0);
    } finally {
      t.clock.set(before);
    }
    const states = await t.dataSource.query(`SELECT subject_id AS id, state FROM deadlines WHERE kind = 'tip.report' AND subject_id = ANY($1::uuid[]) ORDER BY state`, [[reportedId, lateId]]);
    expect(states).toEqual(expect.arrayContaining([{ id: lateId, state: 'breached' }, { id: reportedId, state: 'done' }]));
    const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'tips.report.overdue' AND payload->>'subjectId' = ANY($1)`, [[reportedId, lateId]]);
    expect(new Set(told.map((o: { payload: { subjectId: string } }) => o.payload.subjectId))).toEqual(new Set([lateId]));
    expect(told.map((o: { recipient: unknown }) => o.recipient)).toEqual(expect.arrayContaining([
      { kind: 'agency', agencyId: await agencyId('tipline-operator'), roles: ['tipline.receiver'] },
      { kind: 'agency', agencyId: await agencyId('npa'), roles: ['npa.tipdesk'] },
    ]));
    expect((await gql('npa.tipdesk', TIP, { id: reportedId })).body.data!.tip.reportedAt).not.toBeNull();
  });

  it('the phone desk: tipline.receiver records a phone tip; nobody else may', async () => {
    const res = await gql('tipline.receiver', PHONE, { i: intake({ urgent: false, content: '電話で受けた通報' }) });
    expect(res.body.errors).toBeUndefined();
    const receipt = res.body.data!.recordPhoneTip.receiptNumber;
    const [row] = await t.dataSource.query(`SELECT channel, recorded_by IS NOT NULL AS recorded FROM tips WHERE receipt_number = $1`, [receipt]);
    expect(row).toEqual({ channel: 'PHONE', recorded: true });
    for (const u of ['npa.tipdesk', 'hq.coordinator', 'sakura.liaison', 'admin']) {
      expect({ u, code: code(await gql(u, PHONE, { i: intake() })) }).toEqual({ u, code: 'FORBIDDEN' });
    }
    expect(code(await pub(PHONE, { i: intake() }))).toBe('UNAUTHENTICATED');
  });

  it('the whole path: classify → ask → tipster answers → forward to 甲県 → hq opens a case → reward → payment after PIN → ledger', async () => {
    const CONTENT = 'X の @yami_job_77 が「受け子」募集 FLOW-CONTENT-5521';
    const SELF = 'FLOW-SELF-山田太郎';
    const PIN = '97531864';
    const AMOUNT = 123457;
    const receipt = (await submit({ category: 'CRIME_INFRASTRUCTURE', content: CONTENT, pin: PIN, wantsReward: true, selfIdentification: SELF })).receiptNumber;
    const id = await tipId(receipt);
    const hq = await agencyId('ko-police-hq');

    // each desk sees the tip; the receiver may not classify, forward or decide
    for (const u of ['tipline.receiver', 'npa.tipdesk']) {
      const list = await gql(u, LIST);
      expect({ u, has: list.text.includes(CONTENT) }).toEqual({ u, has: true });
      const tip = (await gql(u, TIP, { id })).body.data!.tip;
      expect({ u, tip: { content: tip.content, selfIdentification: tip.selfIdentification, wantsReward: tip.wantsReward, redacted: tip.redactedFields } })
        .toEqual({ u, tip: { content: CONTENT, selfIdentification: SELF, wantsReward: true, redacted: [] } });
    }
    expect(code(await gql('tipline.receiver', CLASSIFY, { i: { tipId: id, version: await version(id), classification: 'TARGET' } }))).toBe('FORBIDDEN');
    expect(code(await gql('tipline.receiver', FORWARD, { i: { tipId: id, version: await version(id), agencyId: hq } }))).toBe('FORBIDDEN');
    expect(code(await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: AMOUNT } }))).toBe('BAD_USER_INPUT'); // not TARGET yet

    const classified = await gql('npa.tipdesk', CLASSIFY, { i: { tipId: id, version: await version(id), classification: 'TARGET' } });
    expect(classified.body.data!.classifyTip.classification).toBe('TARGET');
    expect(code(await gql('npa.tipdesk', CLASSIFY, { i: { tipId: id, version: 1, classification: 'REFERENCE' } }))).toBe('CONFLICT');

    // additional information: the receipt number (and nothing else) goes on the public list
    const QUESTION = '募集の投稿の URL を教えてください QUESTION-8812';
    const asked = await gql('npa.tipdesk', REQUEST, { i: { tipId: id, question: QUESTION } });
    expect(asked.body.errors).toBeUndefined();
    const requestId = asked.body.data!.requestTipInformation.infoRequests[0].id;
    const board = await pub(NOTICES);
    expect(board.body.data!.tipNotices.infoRequested.map((n: { receiptNumber: string }) => n.receiptNumber)).toContain(receipt);
    expectAbsent('public', board.text, [QUESTION, CONTENT, id]);

    // the tipster reads the question with receipt number + PIN and answers it
    const view = await pub(VIEW, { i: { receiptNumber: receipt, pin: PIN } });
    expect(view.body.data!.tipsterView.questions).toEqual([expect.objectContaining({ id: requestId, question: QUESTION, state: 'OPEN' })]);
    expectAbsent('tipster', view.text, [CONTENT, SELF, id]);
    const ANSWER = 'https://x.example.com/yami_job_77/status/42 ANSWER-3319';
    expect(code(await pub(ADD, { i: { receiptNumber: receipt, pin: '00000000', content: ANSWER, requestId } }))).toBe('INVALID_CREDENTIALS');
    const added = await pub(ADD, { i: { receiptNumber: receipt, pin: PIN, content: ANSWER, requestId } });
    expect(added.body.errors).toBeUndefined();
    expect(reason(await pub(ADD, { i: { receiptNumber: receipt, pin: PIN, content: 'again', requestId } }))).toBe('TIPS.REQUEST_NOT_OPEN');
    expect((await pub(NOTICES)).body.data!.tipNotices.infoRequested.map((n: { receiptNumber: string }) => n.receiptNumber)).not.toContain(receipt);
    const afterAnswer = (await gql('npa.tipdesk', TIP, { id })).body.data!.tip;
    expect(afterAnswer.infoRequests).toEqual([expect.objectContaining({ id: requestId, state: 'ANSWERED' })]);
    expect(afterAnswer.additionalInformation).toEqual([expect.objectContaining({ requestId, channel: 'WEB', content: ANSWER })]);
    const infoDeadline = await t.dataSource.query(`SELECT due_at FROM deadlines WHERE kind = 'tip.additional-info.report' AND subject_id = $1`, [afterAnswer.additionalInformation[0].id]);
    expect(infoDeadline.map((d: { due_at: Date }) => d.due_at.toISOString())).toEqual(['2026-11-24T03:00:00.000Z']);

    // a second request, withdrawn: off the public list
    const second = await gql('npa.tipdesk', REQUEST, { i: { tipId: id, question: 'もう一つ' } });
    const secondId = second.body.data!.requestTipInformation.infoRequests.find((r: { state: string }) => r.state === 'OPEN').id;
    expect((await pub(NOTICES)).body.data!.tipNotices.infoRequested.map((n: { receiptNumber: string }) => n.receiptNumber)).toContain(receipt);
    expect((await gql('npa.tipdesk', WITHDRAW, { i: { tipId: id, requestId: secondId } })).body.errors).toBeUndefined();
    expect((await pub(NOTICES)).body.data!.tipNotices.infoRequested.map((n: { receiptNumber: string }) => n.receiptNumber)).not.toContain(receipt);

    // the receiver records more information by phone, after the PIN
    expect(code(await gql('tipline.receiver', PHONE_INFO, { i: { tipId: id, pin: '11111111', content: 'x' } }))).toBe('INVALID_CREDENTIALS');
    const phoneInfo = await gql('tipline.receiver', PHONE_INFO, { i: { tipId: id, pin: PIN, content: '電話での追加情報 PHONE-INFO-1' } });
    expect(phoneInfo.body.data!.recordTipInformation.additionalInformation).toEqual(expect.arrayContaining([{ channel: 'PHONE', content: '電話での追加情報 PHONE-INFO-1' }]));

    // forwarding: only to a police HQ
    expect(reason(await gql('npa.tipdesk', FORWARD, { i: { tipId: id, version: await version(id), agencyId: await agencyId('ko-chuo-station') } }))).toBe('TIPS.NOT_A_POLICE_HQ');
    // before forwarding, 甲県's coordinator cannot see it
    expect((await gql('hq.coordinator', TIP, { id })).body.data?.tip ?? null).toBeNull();
    const forwarded = await gql('npa.tipdesk', FORWARD, { i: { tipId: id, version: await version(id), agencyId: hq } });
    expect(forwarded.body.data!.forwardTip.forwardedAgencyId).toBe(hq);
    const toldHq = await t.dataSource.query(`SELECT recipient FROM outbox WHERE event_type = 'tips.tip.forwarded' AND payload->>'subjectId' = $1`, [id]);
    expect(toldHq.map((o: { recipient: unknown }) => o.recipient)).toEqual([{ kind: 'agency', agencyId: hq, roles: ['hq.coordinator'] }]);

    // reward: only for an eligible tipster who wants one; posted on the public list
    const decided = await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: AMOUNT } });
    expect(decided.body.data!.decideTipReward.rewardAmount).toBe(AMOUNT);
    expect(reason(await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: 5 } }))).toBe('TIPS.REWARD_ALREADY_DECIDED');
    const notices = (await pub(NOTICES)).body.data!.tipNotices;
    expect(notices.rewards).toEqual(expect.arrayContaining([{ receiptNumber: receipt, postedAt: '2026-11-20T01:00:00.000Z' }]));
    expectAbsent('public', JSON.stringify(notices), [String(AMOUNT), id]);

    // hq.coordinator of 甲県: basic, triage, additional information; never the reward group
    const hqView = await gql('hq.coordinator', TIP, { id });
    expect(hqView.body.errors).toBeUndefined();
    const tip = hqView.body.data!.tip;
    expect(tip).toMatchObject({ receiptNumber: receipt, content: CONTENT, classification: 'TARGET', forwardedAgencyId: hq });
    expect(tip.additionalInformation.map((i: { content: string }) => i.content)).toContain(ANSWER);
    for (const f of REWARD_FIELDS) expect({ f, value: tip[f] }).toEqual({ f, value: null });
    expect([...tip.redactedFields].sort()).toEqual([...REWARD_FIELDS].sort());
    const hqList = await gql('hq.coordinator', LIST);
    expect(hqList.text).toContain(receipt);
    // only what was forwarded to it: not the urgent tip above, nor any other
    expect(hqList.body.data!.tips.nodes.map((x: { receiptNumber: string }) => x.receiptNumber).sort()).toEqual([DEMO_RECEIPT, receipt].sort());
    expect(hqList.text).not.toContain('URGENT-CONTENT-7731');
    expectAbsent('hq.coordinator', hqView.text + hqList.text, [String(AMOUNT), SELF, '"wantsReward":true', 'rewardNoticePostedAt":"']);
    const hqLedger = await gql('hq.coordinator', LEDGER);
    expect(code(hqLedger)).toBe('FORBIDDEN');
    expectAbsent('hq.coordinator ledger', hqLedger.text, [String(AMOUNT), receipt]);
    expect(code(await gql('hq.coordinator', DECIDE, { i: { tipId: id, version: await version(id), amount: 1 } }))).toBe('FORBIDDEN');

    // everyone else: not found, exactly like an id that was never used; absent from lists
    for (const u of OUTSIDERS) {
      const random = randomUUID();
      const direct = await gql(u, TIP, { id });
      const missing = await gql(u, TIP, { id: random });
      expect({ u, body: JSON.stringify(direct.body) }).toEqual({ u, body: JSON.stringify(missing.body).replaceAll(random, id) });
      const parts = [direct, await gql(u, LIST), await gql(u, LEDGER), await gql(u, OPEN_CASE, { i: { tipId: id, platform: 'X', url: 'https://x.example.com/a/1', text: 't' } })];
      expectAbsent(u, parts.map((p) => p.text).join('\n'), [CONTENT, SELF, ANSWER, String(AMOUNT), receipt]);
    }

    // 甲県's coordinator opens a 犯罪実行者募集情報 case carrying the receipt number; 乙県's cannot
    const post = { platform: 'X', url: 'https://x.example.com/yami_job_77/status/42', text: '【高収入】受け子募集 詳しくはDMで', posterHandle: '@yami_job_77' };
    expect(code(await gql('otsu.coordinator', OPEN_CASE, { i: { tipId: id, ...post } }))).toBe('NOT_FOUND');
    expect(code(await gql('npa.tipdesk', OPEN_CASE, { i: { tipId: id, ...post } }))).toBe('FORBIDDEN');
    const opened = await gql('hq.coordinator', OPEN_CASE, { i: { tipId: id, ...post } });
    expect(opened.body.errors).toBeUndefined();
    const caseId = opened.body.data!.openCaseFromTip.caseId;
    expect(opened.body.data!.openCaseFromTip.tip.caseId).toBe(caseId);
    const theCase = await gql('hq.coordinator', `query($id: ID!) { case(id: $id) { type recruitmentPost { sourceChannel tipReceiptNumber url } } }`, { id: caseId });
    expect(theCase.body.data!.case).toEqual({ type: 'RECRUITMENT_POST', recruitmentPost: { sourceChannel: 'ANONYMOUS_TIP', tipReceiptNumber: receipt, url: post.url } });
    expect(reason(await gql('hq.coordinator', OPEN_CASE, { i: { tipId: id, ...post, url: 'https://x.example.com/other/1' } }))).toBe('TIPS.CASE_ALREADY_OPENED');
    // 警察庁 reads the link on the tip, not the case
    expect((await gql('npa.tipdesk', TIP, { id })).body.data!.tip.caseId).toBe(caseId);

    // payment: PIN first (a wrong one is refused), then the receipt (never the PIN)
    expect(code(await gql('tipline.receiver', PAY, { i: { tipId: id, pin: '12121212', method: 'TRANSFER' } }))).toBe('INVALID_CREDENTIALS');
    expect(code(await gql('npa.tipdesk', PAY, { i: { tipId: id, pin: PIN, method: 'TRANSFER' } }))).toBe('FORBIDDEN');
    const paid = await gql('tipline.receiver', PAY, { i: { tipId: id, pin: PIN, method: 'TRANSFER' } });
    expect(paid.body.errors).toBeUndefined();
    expect(paid.body.data!.recordRewardPayment).toEqual({ tipId: id, receiptNumber: receipt, amount: AMOUNT, paidAt: '2026-11-20T01:00:00.000Z', method: 'TRANSFER' });
    expect(paid.text).not.toContain(PIN);
    expect(reason(await gql('tipline.receiver', PAY, { i: { tipId: id, pin: PIN, method: 'CASH' } }))).toBe('TIPS.REWARD_ALREADY_PAID');

    // the ledger: every payment with totals, for the receiver and 警察庁
    for (const u of ['tipline.receiver', 'npa.tipdesk']) {
      const ledger = (await gql(u, LEDGER)).body.data!.rewardLedger;
      expect({ u, entries: ledger.entries }).toEqual({ u, entries: [{ tipId: id, receiptNumber: receipt, rewardAmount: AMOUNT, rewardPaymentMethod: 'TRANSFER', rewardPaidAt: '2026-11-20T01:00:00.000Z' }] });
      expect(ledger).toMatchObject({ count: 1, totalAmount: AMOUNT, byMethod: [{ method: 'TRANSFER', count: 1, totalAmount: AMOUNT }] });
    }

    // every state change is audited, without the content, the PIN or the amount
    const audit = await t.dataSource.query(`SELECT action, outcome, details FROM audit_log WHERE subject_id = $1 ORDER BY occurred_at, id`, [id]);
    const actions = audit.map((a: { action: string }) => a.action);
    for (const a of ['tips.tip.received', 'tips.tip.classified', 'tips.infoRequest.opened', 'tips.tipster.access', 'tips.information.added', 'tips.infoRequest.withdrawn',
      'tips.tip.forwarded', 'tips.reward.decided', 'tips.tip.caseOpened', 'tips.reward.paid']) {
      expect({ a, audited: actions.includes(a) }).toEqual({ a, audited: true });
    }
    expectAbsent('audit', JSON.stringify(audit), [CONTENT, PIN, String(AMOUNT), SELF, ANSWER]);
  });

  it('lists newest first, a page at a time, and filters on classification', async () => {
    const PAGE = `query($after: String) { tips(first: 3, after: $after) { nodes { id receivedAt } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i += 1) {
      const page: GqlResponse = await gql('npa.tipdesk', PAGE, { after });
      const c = page.body.data!.tips;
      seen.push(...c.nodes.map((n: { id: string }) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    const all = (await t.dataSource.query(`SELECT id FROM tips ORDER BY received_at DESC, id DESC`)).map((r: { id: string }) => r.id);
    expect(seen).toEqual(all);
    const targets = await gql('npa.tipdesk', `{ tips(first: 200, filter: { classification: TARGET }) { nodes { classification } } }`);
    expect(new Set(targets.body.data!.tips.nodes.map((n: { classification: string }) => n.classification))).toEqual(new Set(['TARGET']));
    expect(code(await gql('npa.tipdesk', PAGE, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('a disqualified tipster, or one who wants no reward, gets none; the prefecture never learns the answers', async () => {
    const hq = await agencyId('otsu-police-hq');
    for (const over of [{ wantsReward: true, disqualifications: ['VICTIM', 'PROFESSIONAL_AT_WORK'] }, { wantsReward: false }]) {
      const id = await tipId((await submit(over)).receiptNumber);
      await gql('npa.tipdesk', CLASSIFY, { i: { tipId: id, version: await version(id), classification: 'TARGET' } });
      expect(reason(await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: 10000 } }))).toBe('TIPS.REWARD_NOT_ELIGIBLE');
      await gql('npa.tipdesk', FORWARD, { i: { tipId: id, version: await version(id), agencyId: hq } });
      const seen = await gql('otsu.coordinator', TIP, { id });
      expect(seen.body.data!.tip.disqualifications).toBeNull();
      expect(seen.body.data!.tip.wantsReward).toBeNull();
      expectAbsent('otsu.coordinator', seen.text, ['VICTIM', 'PROFESSIONAL_AT_WORK', '"wantsReward":false']);
      expect((await gql('npa.tipdesk', TIP, { id })).body.data!.tip.disqualifications).toEqual(over.disqualifications ?? []);
      // 甲県 does not see what went to 乙県
      expect((await gql('hq.coordinator', TIP, { id })).body.data?.tip ?? null).toBeNull();
    }
  });

  describe('PIN throttling', () => {
    beforeEach(async () => {
      await t.dataSource.query(`DELETE FROM tip_pin_throttles`);
    });

    it('refuses web tips beyond 30 an hour from one client, before hashing or storing anything, and admits them again an hour later', async () => {
      const start = t.clock.now();
      try {
        await submit();
        const [row] = await t.dataSource.query(`SELECT key, failures FROM tip_pin_throttles WHERE scope = 'intake'`);
        expect(row.failures).toBe(1);
        expect(row.key).toMatch(/^[0-9a-f]{64}$/); // a keyed hash, never the address
        await t.dataSource.query(`UPDATE tip_pin_throttles SET failures = 30 WHERE scope = 'intake'`);
        const [{ count: before }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM tips`);
        const refused = await pub(SUBMIT, { i: intake() });
        expect({ code: code(refused), reason: reason(refused) }).toEqual({ code: 'RATE_LIMITED', reason: 'TIPS.INTAKE_THROTTLED' });
        expect(refused.body.errors?.[0]?.message).toContain('110番');
        const [{ count: after }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM tips`);
        expect(after).toBe(before);
        // The phone desk is not the public form: the receiver records calls whatever the web counter says.
        expect((await gql('tipline.receiver', PHONE, { i: intake() })).body.errors).toBeUndefined();
        t.clock.advance(60 * 60_000 + 1);
        await submit();
      } finally {
        t.clock.set(start);
      }
    });

    it('locks a receipt number after 5 wrong PINs; an unknown receipt number answers and locks exactly the same way', async () => {
      const PIN = '86420975';
      const known = (await submit({ pin: PIN })).receiptNumber;
      const unknown = 'T-20261120-9876';
      const answers: string[] = [];
      for (const receiptNumber of [known, unknown]) {
        for (let i = 0; i < 5; i += 1) {
          const res = await pub(VIEW, { i: { receiptNumber, pin: '00000000' } });
          expect(code(res)).toBe('INVALID_CREDENTIALS');
          answers.push(JSON.stringify({ errors: res.body.errors, data: res.body.data }));
        }
        // locked now: even the right PIN is refused (for the unknown number, any PIN)
        const locked = await pub(VIEW, { i: { receiptNumber, pin: PIN } });
        expect({ receiptNumber, code: code(locked), reason: reason(locked) }).toEqual({ receiptNumber, code: 'ACCOUNT_LOCKED', reason: 'TIPS.ACCESS_LOCKED' });
        answers.push(JSON.stringify({ errors: locked.body.errors, data: locked.body.data }));
      }
      // the same code and message, whether the receipt number exists or not
      expect(answers.slice(6)).toEqual(answers.slice(0, 6));
      expect(answers.join('')).not.toContain(known.slice(2));
      // one counter per receipt number, known or not
      const rows = await t.dataSource.query(`SELECT scope, key, failures, locked_until IS NOT NULL AS locked FROM tip_pin_throttles ORDER BY scope, key`);
      expect(rows.filter((r: { scope: string }) => r.scope === 'receipt')).toEqual([
        { scope: 'receipt', key: known, failures: 5, locked: true },
        { scope: 'receipt', key: unknown, failures: 5, locked: true },
      ]);
      // the client's address is never stored as such
      const addresses = JSON.stringify(rows);
      expect(addresses).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
      // an hour later the right PIN works again
      const before = t.clock.now();
      t.clock.set(new Date(before.getTime() + 61 * 60_000));
      try {
        expect((await pub(VIEW, { i: { receiptNumber: known, pin: PIN } })).body.errors).toBeUndefined();
      } finally {
        t.clock.set(before);
      }
      // and the same work: an unknown number is verified against a dummy hash, once; a locked one not at all
      await t.dataSource.query(`DELETE FROM tip_pin_throttles`);
      const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
      try {
        await pub(VIEW, { i: { receiptNumber: 'T-20261120-5555', pin: '00000000' } });
        expect(verify.mock.calls).toEqual([[null, '00000000']]);
        await pub(VIEW, { i: { receiptNumber: known, pin: '00000000' } });
        expect(verify).toHaveBeenCalledTimes(2);
        expect(verify.mock.calls[1][0]).toMatch(/^\$argon2id\$/);
        for (let i = 0; i < 5; i += 1) await pub(VIEW, { i: { receiptNumber: 'T-20261120-5555', pin: '00000000' } });
        expect(verify).toHaveBeenCalledTimes(6); // the 6th attempt is locked: no verification
      } finally {
        verify.mockRestore();
      }
    });

    it('locks a client after 20 wrong PINs across receipt numbers, even on a right PIN for another number', async () => {
      const PIN = '75319864';
      const good = (await submit({ pin: PIN })).receiptNumber;
      for (let i = 0; i < 20; i += 1) {
        const res = await pub(VIEW, { i: { receiptNumber: `T-20261119-${String(1000 + i)}`, pin: '00000000' } });
        expect({ i, code: code(res) }).toEqual({ i, code: 'INVALID_CREDENTIALS' });
      }
      const locked = await pub(VIEW, { i: { receiptNumber: good, pin: PIN } });
      expect(reason(locked)).toBe('TIPS.ACCESS_LOCKED');
      expect(reason(await pub(ADD, { i: { receiptNumber: good, pin: PIN, content: 'x' } }))).toBe('TIPS.ACCESS_LOCKED');
      const [client] = await t.dataSource.query(`SELECT key, failures FROM tip_pin_throttles WHERE scope = 'client'`);
      expect(client.failures).toBe(20);
      expect(client.key).toMatch(/^[0-9a-f]{64}$/);
      // the lock is per client: the desk (no client key) still verifies the tipster's PIN
      const id = await tipId(good);
      expect(code(await gql('tipline.receiver', PHONE_INFO, { i: { tipId: id, pin: PIN, content: '電話で' } }))).toBeUndefined();
      const before = t.clock.now();
      t.clock.set(new Date(before.getTime() + 61 * 60_000));
      try {
        expect((await pub(VIEW, { i: { receiptNumber: good, pin: PIN } })).body.errors).toBeUndefined();
      } finally {
        t.clock.set(before);
      }
    });

    it('a wrong PIN at payment counts toward the receipt number lockout', async () => {
      const PIN = '11223344';
      const receipt = (await submit({ pin: PIN, wantsReward: true })).receiptNumber;
      const id = await tipId(receipt);
      await gql('npa.tipdesk', CLASSIFY, { i: { tipId: id, version: await version(id), classification: 'TARGET' } });
      await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: 30000 } });
      for (let i = 0; i < 5; i += 1) expect(code(await gql('tipline.receiver', PAY, { i: { tipId: id, pin: '99999999', method: 'CASH' } }))).toBe('INVALID_CREDENTIALS');
      expect(reason(await gql('tipline.receiver', PAY, { i: { tipId: id, pin: PIN, method: 'CASH' } }))).toBe('TIPS.ACCESS_LOCKED');
      expect(reason(await pub(VIEW, { i: { receiptNumber: receipt, pin: PIN } }))).toBe('TIPS.ACCESS_LOCKED');
      expect((await t.dataSource.query(`SELECT reward_paid_at FROM tips WHERE id = $1`, [id]))[0].reward_paid_at).toBeNull();
    });
  });

  it('the reward notice leaves the public list after one year (scheduled, on the clock), and payment is refused after it', async () => {
    await t.dataSource.query(`DELETE FROM tip_pin_throttles`);
    const PIN = '55667788';
    const receipt = (await submit({ pin: PIN, wantsReward: true })).receiptNumber;
    const id = await tipId(receipt);
    await gql('npa.tipdesk', CLASSIFY, { i: { tipId: id, version: await version(id), classification: 'TARGET' } });
    await gql('npa.tipdesk', DECIDE, { i: { tipId: id, version: await version(id), amount: 50000 } });
    const rewards = async () => (await pub(NOTICES)).body.data!.tipNotices.rewards.map((n: { receiptNumber: string }) => n.receiptNumber) as string[];
    const before = t.clock.now();
    try {
      t.clock.set(new Date('2027-11-19T23:59:00Z'));
      expect(await rewards()).toContain(receipt);
      t.clock.set(new Date('2027-11-20T01:01:00Z'));
      const result = await t.app.get(DeadlineService).reconcile();
      expect(result.failed).toBe(0);
      expect(await rewards()).not.toContain(receipt);
      const [row] = await t.dataSource.query(`SELECT reward_notice_removed_at FROM tips WHERE id = $1`, [id]);
      expect(row.reward_notice_removed_at.toISOString()).toBe('2027-11-20T01:01:00.000Z');
      const removed = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'tips.rewardNotice.removed'`, [id]);
      expect(removed).toHaveLength(1);
      // a session of the later day (the cached token's session has long expired)
      const token = await t.login('tipline.receiver');
      expect(reason(await t.gql(PAY, { i: { tipId: id, pin: PIN, method: 'POST' } }, token))).toBe('TIPS.REWARD_NOT_PAYABLE');
    } finally {
      t.clock.set(before);
    }
  });
});

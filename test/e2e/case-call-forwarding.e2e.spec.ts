import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../setup/test-app';

// Demo case 3 (spec/DEMO.md), as seeded.
const PROVIDER = '合同会社ブルーライン転送';
const KOTEL_NUMBER = '+81355550101';
const OTSU_NUMBER = '+815055550202';
const DAMAGE = ['4800000', '4,800,000', '4.8e6'];
const VICTIM = '佐藤 花子';
const NUMBER_FORMS = (e164: string) => [e164, e164.replace('+81', '0'), e164.slice(3)];
const REFERRAL_WORDS = '監督上の措置をご検討ください';

const DETAIL = `query($id: ID!) { case(id: $id) {
  id reference type state title redactedFields
  tasks { id agencyId kind request scopeRefs state answer redactedFields }
  comments { body } timeline { type data } links { kind case { id } }
  forwardingProvider {
    id name corporateNumber corporateNumberValid address representative notificationNumber serviceName redactedFields
    numbers { id number numberType carrierAgencyId reseller usage requestedAt suspensionTaskId result resultReason suspendedOn contractHolder version redactedFields }
    damages { id fraudCaseReference amountYen victimName redactedFields }
    referrals { id regulatorAgencyId taskId request supervisoryAction actionTakenOn version redactedFields }
  }
} }`;
const LIST = `{ cases(first: 50) { nodes { id reference type forwardingProvider { name numbers { number } damages { amountYen victimName } referrals { request } } tasks { request scopeRefs } } } }`;
const INBOX = `{ myTasks { nodes { id caseId kind request scopeRefs state } } }`;
const DASHBOARD = `{ dashboard(from: "2026-11-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { openCases { type state count } tasksByAgency { agencyId open overdue } oldestOverdue { request } } }`;

describe('悪質な電話転送サービス事業者 (demo case 3) through each role', () => {
  let t: TestApp;
  let caseId = '';
  const agencies = new Map<string, string>();
  const gql = (username: string, query: string, variables: Record<string, unknown> = {}) => t.gqlAs(username, query, variables);
  /** Every channel of one user, concatenated: detail, lists, inbox, dashboard. */
  const everything = async (username: string) => {
    const parts = await Promise.all([gql(username, DETAIL, { id: caseId }), gql(username, LIST), gql(username, INBOX), gql(username, DASHBOARD)]);
    return { detail: parts[0], text: parts.map((p) => p.text).join('\n') };
  };
  const expectAbsent = (text: string, values: string[]) => {
    for (const v of values) expect({ value: v, found: text.includes(v) }).toEqual({ value: v, found: false });
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    caseId = (await t.dataSource.query(`SELECT case_id FROM forwarding_providers WHERE name = $1`, [PROVIDER]))[0].case_id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds demo case 3 with exactly its values, its carriers’ tasks and the referral', async () => {
    const res = await gql('chuo.manager', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c.type).toBe('CALL_FORWARDING_PROVIDER');
    expect(c.forwardingProvider).toMatchObject({ name: PROVIDER, corporateNumber: '8010403012345', corporateNumberValid: false, redactedFields: [] });
    const numbers = c.forwardingProvider.numbers.map((n: Record<string, unknown>) => [n.number, n.numberType, n.carrierAgencyId, n.usage]);
    expect(numbers).toEqual([
      [KOTEL_NUMBER, 'FIXED', agencies.get('kotel'), 'FRAUD_USED'],
      [OTSU_NUMBER, 'IP_050', agencies.get('otsu-mobile'), 'STOCK'],
    ]);
    expect(c.forwardingProvider.damages).toEqual([expect.objectContaining({ amountYen: 4_800_000, victimName: VICTIM, redactedFields: [] })]);
    const tasks = c.tasks.map((x: Record<string, unknown>) => [x.agencyId, x.kind]).sort();
    expect(tasks).toEqual(
      [
        [agencies.get('kotel'), 'SUSPENSION_REQUEST'],
        [agencies.get('otsu-mobile'), 'SUSPENSION_REQUEST'],
        [agencies.get('mic-telecom-bureau'), 'REGULATOR_REFERRAL'],
      ].sort(),
    );
    // Each carrier's task covers only its own number.
    for (const n of c.forwardingProvider.numbers) {
      const task = c.tasks.find((x: { id: string }) => x.id === n.suspensionTaskId);
      expect(task.agencyId).toBe(n.carrierAgencyId);
      expect(task.scopeRefs).toEqual([n.id]);
    }
    expect(c.forwardingProvider.referrals).toHaveLength(1);
    expect(c.forwardingProvider.referrals[0].regulatorAgencyId).toBe(agencies.get('mic-telecom-bureau'));
  });

  it('police of the owning station and HQ see everything', async () => {
    for (const u of ['chuo.manager', 'chuo.supervisor', 'hq.director', 'hq.coordinator']) {
      const { detail, text } = await everything(u);
      expect(detail.body.errors).toBeUndefined();
      const p = detail.body.data!.case.forwardingProvider;
      expect(p.redactedFields).toEqual([]);
      expect(p.numbers.map((n: { number: string }) => n.number)).toEqual([KOTEL_NUMBER, OTSU_NUMBER]);
      expect(p.damages[0].victimName).toBe(VICTIM);
      expect(text).toContain(REFERRAL_WORDS);
    }
  });

  it('甲テレコム sees the provider and its own number only; never the other number, the damage or the victim', async () => {
    const { detail, text } = await everything('kotel.liaison');
    expect(detail.body.errors).toBeUndefined();
    const p = detail.body.data!.case.forwardingProvider;
    expect(p.name).toBe(PROVIDER);
    expect(p.numbers).toHaveLength(1);
    expect(p.numbers[0]).toMatchObject({ number: KOTEL_NUMBER, carrierAgencyId: agencies.get('kotel'), redactedFields: [] });
    expect(p.damages).toEqual([]);
    expect(p.referrals).toEqual([]);
    expect(detail.body.data!.case.tasks).toHaveLength(1);
    expect(text).toContain(KOTEL_NUMBER);
    expectAbsent(text, [...NUMBER_FORMS(OTSU_NUMBER), ...DAMAGE, VICTIM, '佐藤', REFERRAL_WORDS, agencies.get('otsu-mobile')!]);
  });

  it('乙モバイル sees its own number only; never 甲テレコム’s number, the damage or the victim', async () => {
    const { detail, text } = await everything('otsumobile.liaison');
    expect(detail.body.errors).toBeUndefined();
    const p = detail.body.data!.case.forwardingProvider;
    expect(p.name).toBe(PROVIDER);
    expect(p.numbers.map((n: { number: string }) => n.number)).toEqual([OTSU_NUMBER]);
    expect(p.damages).toEqual([]);
    expect(text).toContain(OTSU_NUMBER);
    expectAbsent(text, [...NUMBER_FORMS(KOTEL_NUMBER), ...DAMAGE, VICTIM, '佐藤', REFERRAL_WORDS, agencies.get('kotel')!]);
  });

  it('the regulator sees the provider, both numbers and the results; never the damage or the victim', async () => {
    const { detail, text } = await everything('regulator.liaison');
    expect(detail.body.errors).toBeUndefined();
    const p = detail.body.data!.case.forwardingProvider;
    expect(p.name).toBe(PROVIDER);
    expect(p.numbers.map((n: { number: string }) => n.number)).toEqual([KOTEL_NUMBER, OTSU_NUMBER]);
    expect(p.damages).toEqual([]);
    expect(p.referrals).toHaveLength(1);
    expect(p.referrals[0].request).toContain(REFERRAL_WORDS);
    expectAbsent(text, [...DAMAGE, VICTIM, '佐藤']);
  });

  it('banks, another station, another prefecture and the other agencies learn nothing', async () => {
    for (const u of ['sakura.liaison', 'midori.liaison', 'minato.manager', 'otsu.coordinator', 'labour.liaison', 'immigration.liaison', 'chuo.investigator', 'npa.tipdesk']) {
      const { detail, text } = await everything(u);
      const never = await gql(u, DETAIL, { id: randomUUID() });
      if (detail.body.errors?.[0].extensions?.code === 'FORBIDDEN') {
        expect(never.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      } else {
        expect(detail.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(detail.body.errors?.[0].message).toBe(never.body.errors?.[0].message);
      }
      expectAbsent(text, [PROVIDER, caseId, ...NUMBER_FORMS(KOTEL_NUMBER), ...NUMBER_FORMS(OTSU_NUMBER), ...DAMAGE, VICTIM, '佐藤', '8010403012345']);
    }
  });

  it('a carrier answers per number, only its own; the task is answered when every number is', async () => {
    const detail = (await gql('chuo.manager', DETAIL, { id: caseId })).body.data!.case.forwardingProvider;
    const kotelNo = detail.numbers.find((n: { number: string }) => n.number === KOTEL_NUMBER);
    const otsuNo = detail.numbers.find((n: { number: string }) => n.number === OTSU_NUMBER);
    const answer = 'mutation($i: AnswerSuspensionInput!) { answerSuspension(input: $i) { id number result suspendedOn resultReason contractHolder version } }';

    // Another carrier's number does not exist for 乙モバイル; the regulator may not answer at all.
    const cross = await gql('otsumobile.liaison', answer, { i: { numberId: kotelNo.id, version: kotelNo.version, result: 'NOT_OURS' } });
    expect(cross.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expectAbsent(cross.text, NUMBER_FORMS(KOTEL_NUMBER));
    const reg = await gql('regulator.liaison', answer, { i: { numberId: kotelNo.id, version: kotelNo.version, result: 'NOT_OURS' } });
    expect(reg.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const incomplete = await gql('kotel.liaison', answer, { i: { numberId: kotelNo.id, version: kotelNo.version, result: 'SUSPENDED' } });
    expect(incomplete.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await gql('kotel.liaison', answer, {
      i: { numberId: kotelNo.id, version: kotelNo.version, result: 'SUSPENDED', suspendedOn: '2026-11-21', contractHolder: '合同会社ブルーライン転送（卸先: 株式会社テスト回線）' },
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.answerSuspension).toMatchObject({ number: KOTEL_NUMBER, result: 'SUSPENDED', suspendedOn: '2026-11-21' });
    const stale = await gql('kotel.liaison', answer, { i: { numberId: kotelNo.id, version: kotelNo.version, result: 'NOT_OURS' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const refused = await gql('otsumobile.liaison', answer, { i: { numberId: otsuNo.id, version: otsuNo.version, result: 'REFUSED', reason: '契約約款上の停止事由に該当しないため' } });
    expect(refused.body.errors).toBeUndefined();

    const kotelView = await gql('kotel.liaison', DETAIL, { id: caseId });
    expect(kotelView.body.data!.case.tasks[0]).toMatchObject({ state: 'ANSWERED', answer: expect.stringContaining('利用停止 1件') });
    expectAbsent(kotelView.text, ['契約約款上の停止事由に該当しないため', ...NUMBER_FORMS(OTSU_NUMBER)]);
    const regView = await gql('regulator.liaison', DETAIL, { id: caseId });
    const results = regView.body.data!.case.forwardingProvider.numbers.map((n: Record<string, unknown>) => [n.number, n.result]);
    expect(results).toEqual([
      [KOTEL_NUMBER, 'SUSPENDED'],
      [OTSU_NUMBER, 'REFUSED'],
    ]);
    expectAbsent(regView.text, [...DAMAGE, VICTIM]);
  });

  it('the regulator reports its supervisory action; carriers never see the referral', async () => {
    const referral = (await gql('regulator.liaison', DETAIL, { id: caseId })).body.data!.case.forwardingProvider.referrals[0];
    const report = 'mutation($i: ReportSupervisoryActionInput!) { reportSupervisoryAction(input: $i) { supervisoryAction actionTakenOn version } }';
    const carrier = await gql('kotel.liaison', report, { i: { referralId: referral.id, version: referral.version, supervisoryAction: 'x' } });
    expect(carrier.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await gql('regulator.liaison', report, { i: { referralId: referral.id, version: referral.version, supervisoryAction: '報告徴収命令', actionTakenOn: '2026-11-25' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.reportSupervisoryAction).toMatchObject({ supervisoryAction: '報告徴収命令', actionTakenOn: '2026-11-25' });
    const police = (await gql('hq.coordinator', DETAIL, { id: caseId })).body.data!.case;
    expect(police.forwardingProvider.referrals[0].supervisoryAction).toBe('報告徴収命令');
    expect(police.tasks.find((x: { kind: string }) => x.kind === 'REGULATOR_REFERRAL').state).toBe('ANSWERED');
    for (const u of ['kotel.liaison', 'otsumobile.liaison']) expectAbsent((await everything(u)).text, ['報告徴収命令']);
  });

  it('files a provider (police only), validates the 法人番号 and numbers, and fans out per carrier', async () => {
    const file = 'mutation($i: FileForwardingProviderInput!) { fileForwardingProvider(input: $i) { id reference } }';
    const input = (corporateNumber: string, numbers: Record<string, unknown>[]) => ({
      i: { provider: { name: '株式会社テスト転送', corporateNumber, address: '甲県甲市1-1', representative: '代表 太郎', notificationNumber: 'A-123', serviceName: 'テスト転送' }, numbers, damages: [{ amountYen: 1000, victimName: '試験 次郎' }] },
    });
    const nums = [
      { number: '03-6666-0101', carrierAgencyId: agencies.get('kotel'), usage: 'FRAUD_USED' },
      { number: '050-6666-0202', carrierAgencyId: agencies.get('otsu-mobile'), usage: 'STOCK' },
      { number: '050-6666-0303', carrierAgencyId: agencies.get('otsu-mobile'), usage: 'STOCK' },
    ];
    const badDigit = await gql('chuo.manager', file, input('8010403012345', nums));
    expect(badDigit.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(badDigit.text).toContain('CHECK_DIGIT');
    const badPhone = await gql('chuo.manager', file, input('7010403012345', [{ ...nums[0], number: '03-12' }]));
    expect(badPhone.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notCarrier = await gql('chuo.manager', file, input('7010403012345', [{ ...nums[0], carrierAgencyId: agencies.get('sakura-bank') }]));
    expect(notCarrier.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const u of ['kotel.liaison', 'regulator.liaison', 'hq.director']) {
      expect((await gql(u, file, input('7010403012345', nums))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const filed = await gql('chuo.manager', file, input('7010403012345', nums));
    expect(filed.body.errors).toBeUndefined();
    const newCase = filed.body.data!.fileForwardingProvider.id;

    // Nobody outside police sees it before a task exists.
    expectAbsent((await everything('kotel.liaison')).text, ['株式会社テスト転送', '+81366660101']);

    const request = 'mutation($c: ID!) { requestSuspension(caseId: $c) { taskIds } }';
    expect((await gql('kotel.liaison', request, { c: newCase })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('minato.manager', request, { c: newCase })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const fanned = await gql('chuo.manager', request, { c: newCase });
    expect(fanned.body.errors).toBeUndefined();
    expect(fanned.body.data!.requestSuspension.taskIds).toHaveLength(2);
    expect((await gql('chuo.manager', request, { c: newCase })).body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const otsu = await gql('otsumobile.liaison', DETAIL, { id: newCase });
    expect(otsu.body.data!.case.forwardingProvider.numbers.map((n: { number: string }) => n.number)).toEqual(['+815066660202', '+815066660303']);
    expect(otsu.body.data!.case.tasks[0].scopeRefs).toHaveLength(2);
    expectAbsent(otsu.text, ['+81366660101', '試験 次郎', '1000']);
    const kotel = await gql('kotel.liaison', DETAIL, { id: newCase });
    expect(kotel.body.data!.case.forwardingProvider.numbers.map((n: { number: string }) => n.number)).toEqual(['+81366660101']);
    expectAbsent(kotel.text, ['+815066660202', '+815066660303', '試験 次郎']);
    // Not tasked: the regulator sees nothing of this case.
    expectAbsent((await everything('regulator.liaison')).text, ['株式会社テスト転送']);
  });

  it('writes each read of a victim (S) to the audit log', async () => {
    await gql('hq.director', `query($id: ID!) { case(id: $id) { forwardingProvider { damages { victimName } } } }`, { id: caseId });
    const rows = await t.dataSource.query(
      `SELECT subject_type, fields FROM audit_log WHERE action = 'authz.sensitive_read' AND actor_username = 'hq.director' AND subject_type = 'ForwardingDamage'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).toContain('victimName');
    expect(JSON.stringify(rows)).not.toContain(VICTIM);
  });
});

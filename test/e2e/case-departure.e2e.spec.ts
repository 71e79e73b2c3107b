import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../setup/test-app';

// Demo case 1 (spec/DEMO.md), as seeded.
const NAME = 'NGUYEN VAN AN';
const KANA = 'グエン・ヴァン・アン';
const DOB = '1998-04-12';
const CARD = 'RZ48151623QX';
// (甲テレコム's own number 090-4815-1623 shares digits with the card: look for the card's letters with them)
const CARD_PARTS = [CARD, 'RZ4815', '1623QX'];
const EXPIRY = '2026-12-15';
const DEPARTURE = '2026-12-20';
const STATUS = '技能実習';
const ADDRESS = '甲県甲市中央1-2-3 ハイツ甲 201';
const ADDRESS_PARTS = [ADDRESS, 'ハイツ甲', '中央1-2-3'];
const SAKURA_ACCOUNT = '7301245';
const MIDORI_ACCOUNT = '8802317';
const KOTEL_PHONE = '+819048151623';
const OTSU_PHONE = '+818027182818';
const PHONE_FORMS = (e164: string) => [e164, e164.replace('+81', '0'), e164.slice(3), `0${e164.slice(3, 5)}-${e164.slice(5, 9)}-${e164.slice(9)}`];
const RISK_NOTE = 'SNSで口座売買を持ち掛けられていた疑い';
const IMMIGRATION_NOTE = '再入国許可なし';

const DETAIL = `query($id: ID!) { case(id: $id) {
  id reference type state title redactedFields
  tasks { id agencyId kind request legalBasis scopeRefs state answer dueAt redactedFields }
  comments { body } timeline { type data } links { kind case { id } }
  departingResident {
    id romajiName kanaName dateOfBirth residenceCardNumber nationality statusOfResidence address applicationPending applicationNumber applicationDate
    residenceExpiry gracePeriodEnd plannedDeparture confirmedDeparture redactedFields
    accounts { id bankAgencyId branchName accountType accountNumber holderKana taskId status legalBasis statusOn version redactedFields }
    contracts { id carrierAgencyId number contractType taskId status legalBasis statusOn version redactedFields }
    immigrationNotes { body redactedFields }
    riskNotes { body redactedFields }
  }
} }`;
const LIST = `{ cases(first: 50) { nodes { id reference type title departingResident { romajiName residenceCardNumber nationality address accounts { accountNumber } contracts { number } immigrationNotes { body } riskNotes { body } } tasks { request scopeRefs } } } }`;
const INBOX = `{ myTasks { nodes { id caseId kind request scopeRefs state } } }`;
const DASHBOARD = `{ dashboard(from: "2026-01-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { openCases { type state count } tasksByAgency { agencyId open overdue } oldestOverdue { request } } }`;

describe('帰国する在留外国人の口座・携帯電話 (demo case 1) through each role', () => {
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
    caseId = (await t.dataSource.query(`SELECT case_id FROM departing_residents WHERE residence_card_number = $1`, [CARD]))[0].case_id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds demo case 1 with exactly its values and its five tasks, each institution’s covering only its own rows', async () => {
    const res = await gql('chuo.manager', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c.type).toBe('DEPARTING_RESIDENT');
    expect(c.departingResident).toMatchObject({
      romajiName: NAME, kanaName: KANA, dateOfBirth: DOB, residenceCardNumber: CARD, nationality: 'VN', statusOfResidence: STATUS, address: ADDRESS,
      residenceExpiry: EXPIRY, plannedDeparture: DEPARTURE, applicationPending: false, gracePeriodEnd: null, redactedFields: [],
    });
    const r = c.departingResident;
    expect(r.accounts.map((a: Record<string, unknown>) => [a.bankAgencyId, a.branchName, a.accountType, a.accountNumber])).toEqual([
      [agencies.get('sakura-bank'), '本店', 'ORDINARY', SAKURA_ACCOUNT],
      [agencies.get('midori-bank'), '駅前支店', 'ORDINARY', MIDORI_ACCOUNT],
    ]);
    expect(r.contracts.map((x: Record<string, unknown>) => [x.carrierAgencyId, x.number])).toEqual([
      [agencies.get('kotel'), KOTEL_PHONE],
      [agencies.get('otsu-mobile'), OTSU_PHONE],
    ]);
    expect(r.riskNotes.map((n: { body: string }) => n.body)).toEqual([RISK_NOTE]);
    expect(r.immigrationNotes.map((n: { body: string }) => n.body)).toEqual([IMMIGRATION_NOTE]);
    expect(c.tasks.map((x: Record<string, unknown>) => [x.agencyId, x.kind]).sort()).toEqual(
      [
        [agencies.get('sakura-bank'), 'DEPARTURE_ACCOUNT_CHECK'],
        [agencies.get('midori-bank'), 'DEPARTURE_ACCOUNT_CHECK'],
        [agencies.get('kotel'), 'DEPARTURE_CONTRACT_CHECK'],
        [agencies.get('otsu-mobile'), 'DEPARTURE_CONTRACT_CHECK'],
        [agencies.get('tokyo-immigration'), 'DEPARTURE_IMMIGRATION_CONFIRMATION'],
      ].sort(),
    );
    for (const row of [...r.accounts, ...r.contracts]) {
      const task = c.tasks.find((x: { id: string }) => x.id === row.taskId);
      expect(task.agencyId).toBe(row.bankAgencyId ?? row.carrierAgencyId);
      expect(task.scopeRefs).toEqual([row.id]);
    }
    for (const task of c.tasks) expect(task.dueAt).toBeTruthy();
  });

  it('police of the owning station and HQ see every field group', async () => {
    for (const u of ['chuo.manager', 'chuo.supervisor', 'hq.director', 'hq.coordinator']) {
      const { detail, text } = await everything(u);
      expect(detail.body.errors).toBeUndefined();
      const r = detail.body.data!.case.departingResident;
      expect(r.redactedFields).toEqual([]);
      expect(r.residenceCardNumber).toBe(CARD);
      expect(r.accounts).toHaveLength(2);
      expect(r.contracts).toHaveLength(2);
      expect(r.riskNotes[0].body).toBe(RISK_NOTE);
      expect(r.immigrationNotes[0].body).toBe(IMMIGRATION_NOTE);
      expect(text).toContain(ADDRESS);
    }
  });

  const institution = (
    username: string,
    own: { kind: 'accounts' | 'contracts'; value: string; agency: string },
    never: string[],
  ) => async () => {
    const { detail, text } = await everything(username);
    expect(detail.body.errors).toBeUndefined();
    const c = detail.body.data!.case;
    const r = c.departingResident;
    expect(r).toMatchObject({ romajiName: NAME, kanaName: KANA, dateOfBirth: DOB, residenceExpiry: EXPIRY, plannedDeparture: DEPARTURE });
    expect(r.residenceCardNumber).toBe('********23QX');
    expect(r).toMatchObject({ nationality: null, statusOfResidence: null, address: null, applicationNumber: null });
    expect(r.redactedFields).toEqual(expect.arrayContaining(['nationality', 'statusOfResidence', 'address']));
    expect(r[own.kind]).toHaveLength(1);
    expect(r[own.kind][0].redactedFields).toEqual([]);
    expect(r[own.kind === 'accounts' ? 'contracts' : 'accounts']).toEqual([]);
    expect(r.immigrationNotes).toEqual([]);
    expect(r.riskNotes).toEqual([]);
    expect(c.tasks).toHaveLength(1);
    expect(c.tasks[0].agencyId).toBe(agencies.get(own.agency));
    expect(text).toContain(own.value);
    expectAbsent(text, [...CARD_PARTS, ...never, STATUS, ...ADDRESS_PARTS, RISK_NOTE, IMMIGRATION_NOTE, '"VN"']);
  };

  it('さくら銀行 sees the person, expiry, departure, the masked card and its own account only', institution(
    'sakura.liaison', { kind: 'accounts', value: SAKURA_ACCOUNT, agency: 'sakura-bank' }, [MIDORI_ACCOUNT, '駅前支店', ...PHONE_FORMS(KOTEL_PHONE), ...PHONE_FORMS(OTSU_PHONE), agencies.get('midori-bank')!],
  ) as never);
  it('みどり銀行 sees its own account only', institution(
    'midori.liaison', { kind: 'accounts', value: MIDORI_ACCOUNT, agency: 'midori-bank' }, [SAKURA_ACCOUNT, ...PHONE_FORMS(KOTEL_PHONE), ...PHONE_FORMS(OTSU_PHONE), agencies.get('sakura-bank')!],
  ) as never);
  it('甲テレコム sees its own contract only', institution(
    'kotel.liaison', { kind: 'contracts', value: KOTEL_PHONE, agency: 'kotel' }, [SAKURA_ACCOUNT, MIDORI_ACCOUNT, ...PHONE_FORMS(OTSU_PHONE), agencies.get('otsu-mobile')!],
  ) as never);
  it('乙モバイル sees its own contract only', institution(
    'otsumobile.liaison', { kind: 'contracts', value: OTSU_PHONE, agency: 'otsu-mobile' }, [SAKURA_ACCOUNT, MIDORI_ACCOUNT, ...PHONE_FORMS(KOTEL_PHONE), agencies.get('kotel')!],
  ) as never);

  it('immigration sees the person, card, nationality, address, dates and its notes; never accounts, phones or the risk note', async () => {
    const { detail, text } = await everything('immigration.liaison');
    expect(detail.body.errors).toBeUndefined();
    const r = detail.body.data!.case.departingResident;
    expect(r).toMatchObject({ romajiName: NAME, residenceCardNumber: CARD, nationality: 'VN', statusOfResidence: STATUS, address: ADDRESS, residenceExpiry: EXPIRY, redactedFields: [] });
    expect(r.accounts).toEqual([]);
    expect(r.contracts).toEqual([]);
    expect(r.riskNotes).toEqual([]);
    expect(r.immigrationNotes.map((n: { body: string }) => n.body)).toEqual([IMMIGRATION_NOTE]);
    expectAbsent(text, [SAKURA_ACCOUNT, MIDORI_ACCOUNT, ...PHONE_FORMS(KOTEL_PHONE), ...PHONE_FORMS(OTSU_PHONE), RISK_NOTE, '本店', '駅前支店']);
  });

  it('another station, another prefecture and the other agencies learn nothing', async () => {
    for (const u of ['minato.manager', 'otsu.coordinator', 'labour.liaison', 'regulator.liaison', 'chuo.investigator', 'npa.tipdesk', 'tipline.receiver', 'admin', 'auditor']) {
      const { detail, text } = await everything(u);
      const never = await gql(u, DETAIL, { id: randomUUID() });
      if (detail.body.errors?.[0].extensions?.code === 'FORBIDDEN') {
        expect(never.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      } else {
        expect(detail.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(detail.body.errors?.[0].message).toBe(never.body.errors?.[0].message);
      }
      expectAbsent(text, [caseId, NAME, KANA, DOB, ...CARD_PARTS, '23QX', EXPIRY, DEPARTURE, ...ADDRESS_PARTS, SAKURA_ACCOUNT, MIDORI_ACCOUNT, ...PHONE_FORMS(KOTEL_PHONE), ...PHONE_FORMS(OTSU_PHONE), RISK_NOTE, IMMIGRATION_NOTE]);
    }
  });

  it('an institution answers per row, only its own; the task is answered when all its rows are; closure waits for every task', async () => {
    const rows = (await gql('chuo.manager', DETAIL, { id: caseId })).body.data!.case.departingResident;
    const sakura = rows.accounts.find((a: { accountNumber: string }) => a.accountNumber === SAKURA_ACCOUNT);
    const kotel = rows.contracts.find((x: { number: string }) => x.number === KOTEL_PHONE);
    const answerAccount = 'mutation($i: AnswerDepartureRowInput!) { answerDepartureAccount(input: $i) { id accountNumber status legalBasis statusOn version } }';
    const answerContract = 'mutation($i: AnswerDepartureRowInput!) { answerDepartureContract(input: $i) { id number status statusOn version } }';
    const a = (id: string, version: number, status = 'FROZEN') => ({ i: { id, version, status, legalBasis: '振り込め詐欺救済法第3条', statusOn: '2026-12-16' } });

    const cross = await gql('midori.liaison', answerAccount, a(sakura.id, sakura.version));
    expect(cross.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expectAbsent(cross.text, [SAKURA_ACCOUNT]);
    expect((await gql('kotel.liaison', answerAccount, a(sakura.id, sakura.version))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('immigration.liaison', answerAccount, a(sakura.id, sakura.version))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const ok = await gql('sakura.liaison', answerAccount, a(sakura.id, sakura.version));
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.answerDepartureAccount).toMatchObject({ accountNumber: SAKURA_ACCOUNT, status: 'FROZEN', statusOn: '2026-12-16' });
    expect((await gql('sakura.liaison', answerAccount, a(sakura.id, sakura.version))).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const sakuraView = (await gql('sakura.liaison', DETAIL, { id: caseId })).body.data!.case;
    expect(sakuraView.tasks[0]).toMatchObject({ state: 'ANSWERED', answer: expect.stringContaining('凍結 1件') });

    const crossContract = await gql('otsumobile.liaison', answerContract, a(kotel.id, kotel.version, 'CLOSED'));
    expect(crossContract.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql('kotel.liaison', answerContract, a(kotel.id, kotel.version, 'CLOSED'))).body.errors).toBeUndefined();

    const close = 'mutation($i: TransitionCaseInput!) { transitionCase(input: $i) { state } }';
    const c = (await gql('chuo.manager', DETAIL, { id: caseId })).body.data!.case;
    const version = (await t.dataSource.query('SELECT version FROM cases WHERE id = $1', [caseId]))[0].version;
    const refused = await gql('chuo.manager', close, { i: { caseId: c.id, version, transition: 'close' } });
    expect(refused.body.errors).toBeDefined();
    expect(refused.text).toContain('OPEN_TASKS');
  });

  it('files a case as police and as immigration (owned by the HQ of the prefecture it names), validating the card', async () => {
    const file = 'mutation($i: FileDepartingResidentInput!) { fileDepartingResident(input: $i) { id reference } }';
    const person = (card: string) => ({ romajiName: 'TRAN THI BINH', dateOfBirth: '2000-01-02', residenceCardNumber: card, nationality: 'VN', residenceExpiry: '2027-03-31', applicationPending: true, applicationNumber: 'A-1' });
    const input = (card: string, extra: Record<string, unknown> = {}) => ({
      i: { person: person(card), accounts: [{ bankAgencyId: agencies.get('sakura-bank'), branchName: '本店', accountType: 'ORDINARY', accountNumber: '1112223' }], contracts: [], ...extra },
    });
    expect((await gql('chuo.manager', file, input('RZ4815'))).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const u of ['sakura.liaison', 'kotel.liaison', 'labour.liaison']) expect((await gql(u, file, input('AB12345678CD'))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const police = await gql('chuo.manager', file, input('AB12345678CD'));
    expect(police.body.errors).toBeUndefined();
    const pr = (await gql('chuo.manager', DETAIL, { id: police.body.data!.fileDepartingResident.id })).body.data!.case.departingResident;
    expect(pr.gracePeriodEnd).toBe('2027-05-31');
    expectAbsent((await everything('midori.liaison')).text, ['TRAN THI BINH', '1112223']);

    expect((await gql('immigration.liaison', file, input('AB12345678CE'))).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ko = (await t.dataSource.query(`SELECT prefecture_id FROM agencies WHERE code = 'ko-police-hq'`))[0].prefecture_id;
    const imm = await gql('immigration.liaison', file, input('AB12345678CE', { prefectureId: ko, immigrationNote: '出国確認済み' }));
    expect(imm.body.errors).toBeUndefined();
    const id = imm.body.data!.fileDepartingResident.id;
    const owner = (await t.dataSource.query('SELECT owning_agency_id::text AS o FROM cases WHERE id = $1', [id]))[0].o;
    expect(owner).toBe(agencies.get('ko-police-hq'));
    expect((await gql('hq.coordinator', DETAIL, { id })).body.data!.case.departingResident.immigrationNotes[0].body).toBe('出国確認済み');
    expect((await gql('chuo.manager', DETAIL, { id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const immView = await gql('immigration.liaison', DETAIL, { id });
    expect(immView.body.data!.case.departingResident.accounts).toEqual([]);
    expectAbsent(immView.text, ['1112223']);
  });
});

import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../setup/test-app';
import { DeadlineService } from '@renkei/workflow';

const AUTHORITY = 'ベトナム最高人民検察院';
const ITEMS = '加入者情報及び通信履歴（Telegram ID: @blue_line_boss）';
const HANDLE = '@blue_line_boss';
const PROVIDER = '合同会社ブルーライン転送';
const TYPE = 'FOREIGN_EVIDENCE_REQUEST';

const DETAIL = `query($id: ID!) { case(id: $id) {
  id reference type state title version availableTransitions
  evidenceRequest { id caseId channel country foreignAuthority offence legalBasis dualCriminality requestedItems indispensability
    translationStatus conditionsOnUse linkedCaseIds urgency draftedAt hqApprovedAt sentToNpaAt sentAbroadAt acknowledgedAt
    partiallyAnsweredAt answeredAt closedAt receivedEvidence receivedAt version redactedFields }
  links { kind case { id reference type title } }
  timeline { type audience data }
} }`;
const LINKS = `query($id: ID!) { case(id: $id) { id links { kind case { id reference type title evidenceRequest { foreignAuthority requestedItems } } } } }`;
const LIST = `{ cases(first: 100) { nodes { id reference type title evidenceRequest { foreignAuthority requestedItems } } } }`;
const DASHBOARD = `{ dashboard(from: "2026-11-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { openCases { type state count } } }`;
const SEARCH = (text: string) => `{ cases(first: 50, filter: { text: "${text}" }) { nodes { id reference type } } }`;
const INBOX = '{ myTasks { nodes { id kind request } } }';
const TRANSITION = 'mutation($i: TransitionEvidenceRequestInput!) { transitionEvidenceRequest(input: $i) { id state version } }';

const ALLOWED = ['chuo.manager', 'chuo.supervisor', 'hq.director', 'hq.coordinator', 'npa.tipdesk'];
const DENIED = [
  'minato.manager', 'otsu.coordinator', 'immigration.liaison', 'labour.liaison', 'sakura.liaison', 'midori.liaison', 'kotel.liaison',
  'otsumobile.liaison', 'regulator.liaison', 'tipline.receiver', 'admin', 'auditor',
];

describe('外国捜査機関への証拠提供要請 (demo case 4) through each role', () => {
  let t: TestApp;
  let caseId = '';
  let reference = '';
  let case3 = '';

  const gql = (username: string, query: string, variables: Record<string, unknown> = {}) => t.gqlAs(username, query, variables);
  const expectAbsent = (username: string, text: string, values: string[]) => {
    for (const v of values) expect({ username, value: v, found: text.includes(v) }).toEqual({ username, value: v, found: false });
  };

  beforeAll(async () => {
    t = await startTestApp();
    const [row] = await t.dataSource.query(
      `SELECT c.id, c.reference FROM cases c JOIN evidence_requests er ON er.case_id = c.id WHERE er.foreign_authority = $1 AND er.requested_items = $2`,
      [AUTHORITY, ITEMS],
    );
    caseId = row.id;
    reference = row.reference;
    case3 = (await t.dataSource.query(`SELECT case_id FROM forwarding_providers WHERE name = $1`, [PROVIDER]))[0].case_id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads demo case 4 with exactly its values, owned by 中央署 and linked to case 3', async () => {
    const [owner] = await t.dataSource.query(
      `SELECT a.code, u.username FROM cases c JOIN agencies a ON a.id = c.owning_agency_id JOIN users u ON u.id = c.filed_by WHERE c.id = $1`,
      [caseId],
    );
    expect(owner).toEqual({ code: 'ko-chuo-station', username: 'chuo.manager' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM evidence_requests WHERE foreign_authority = $1`, [AUTHORITY])).toEqual([{ n: 1 }]);
    const res = await gql('chuo.manager', DETAIL, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.case;
    expect(c).toMatchObject({ type: TYPE, state: 'DRAFTED' });
    expect(c.evidenceRequest).toMatchObject({
      channel: 'TREATY', country: 'VN', foreignAuthority: AUTHORITY, requestedItems: ITEMS, linkedCaseIds: [case3], redactedFields: [],
    });
    expect(c.evidenceRequest.draftedAt).not.toBeNull();
    expect(c.links.map((l: { case: { id: string } }) => l.case.id)).toContain(case3);
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('evidenceRequest.drafted');
  });

  it('the requesting station, hq.* of its prefecture and 警察庁 read it', async () => {
    for (const u of ALLOWED) {
      const res = await gql(u, DETAIL, { id: caseId });
      expect({ u, errors: res.body.errors }).toEqual({ u, errors: undefined });
      expect(res.body.data!.case.evidenceRequest).toMatchObject({ foreignAuthority: AUTHORITY, requestedItems: ITEMS, redactedFields: [] });
      expect((await gql(u, LIST)).text).toContain(AUTHORITY);
      const links = await gql(u, LINKS, { id: case3 });
      if (u !== 'npa.tipdesk') expect(links.body.data!.case.links.map((l: { case: { id: string } }) => l.case.id)).toContain(caseId);
    }
    // 警察庁 reads this type only: no other case of the demo
    const npa = await gql('npa.tipdesk', LIST);
    const types = new Set(npa.body.data!.cases.nodes.map((n: { type: string }) => n.type));
    expect([...types]).toEqual([TYPE]);
    expect((await gql('npa.tipdesk', DETAIL, { id: case3 })).body.data?.case ?? null).toBeNull();
  });

  it('every other role cannot learn that the request exists: lists, counts, search, links from case 3, case(id), errors', async () => {
    const hidden = [AUTHORITY, HANDLE, 'blue_line_boss', ITEMS, reference, caseId, TYPE, 'ベトナム'];
    for (const u of DENIED) {
      const random = randomUUID();
      const direct = await gql(u, DETAIL, { id: caseId });
      const missing = await gql(u, DETAIL, { id: random });
      expect({ u, body: JSON.stringify(direct.body) }).toEqual({ u, body: JSON.stringify(missing.body).replaceAll(random, caseId) });
      const parts = [
        direct, await gql(u, LIST), await gql(u, DASHBOARD), await gql(u, INBOX), await gql(u, SEARCH(reference)), await gql(u, SEARCH('外国捜査機関')),
        await gql(u, LINKS, { id: case3 }),
        await gql(u, TRANSITION, { i: { caseId, version: 1, transition: 'approveByHq' } }),
        await gql(u, 'mutation($i: RecordEvidenceRequestReceivedInput!) { recordEvidenceRequestReceived(input: $i) { id } }', { i: { caseId, version: 1, receivedEvidence: 'x' } }),
      ];
      // errors echo nothing: the case id appears in neither the direct answer nor the refusals
      expectAbsent(u, parts.map((p) => p.text).join("\n"), hidden);
      expect(direct.body.data?.case ?? null).toBeNull();
    }
    // those who read case 3 see it without the request among its links
    for (const u of ['kotel.liaison', 'regulator.liaison']) {
      const links = await gql(u, LINKS, { id: case3 });
      expect({ u, errors: links.body.errors }).toEqual({ u, errors: undefined });
      expect(links.body.data!.case.links.map((l: { case: { id: string } }) => l.case.id)).not.toContain(caseId);
    }
    // the dashboard counts of another station and another prefecture hold no request
    for (const u of ['minato.manager', 'otsu.coordinator']) {
      const d = await gql(u, DASHBOARD);
      expect(d.body.data!.dashboard.openCases.filter((c: { type: string }) => c.type === TYPE)).toEqual([]);
    }
  });

  it('follows the real path with role guards and records the date of each hop', async () => {
    const filed = await gql('chuo.manager', 'mutation($i: FileEvidenceRequestInput!) { fileEvidenceRequest(input: $i) { caseId reference } }', {
      i: { channel: 'ICPO', country: 'kr', foreignAuthority: '大韓民国警察庁', offence: '詐欺', requestedItems: '口座の取引履歴', linkedCaseIds: [case3], dualCriminality: 'SATISFIED' },
    });
    expect(filed.body.errors).toBeUndefined();
    const id = filed.body.data!.fileEvidenceRequest.caseId;
    const step = async (u: string, transition: string) => {
      const v = (await gql('hq.coordinator', DETAIL, { id })).body.data!.case.version;
      return gql(u, TRANSITION, { i: { caseId: id, version: v, transition } });
    };
    const refused = async (u: string, transition: string, reason: string) => {
      const res = await step(u, transition);
      expect({ u, transition, refused: JSON.stringify(res.body.errors ?? null).includes(reason) }).toEqual({ u, transition, refused: true });
    };
    // a liaison cannot file; a linked case the filer cannot read is answered as missing
    const liaison = await gql('kotel.liaison', 'mutation($i: FileEvidenceRequestInput!) { fileEvidenceRequest(input: $i) { caseId } }', {
      i: { channel: 'ICPO', country: 'KR', foreignAuthority: 'x', offence: 'x', requestedItems: 'x' },
    });
    expect(liaison.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await refused('chuo.manager', 'approveByHq', 'EVIDENCE_REQUEST.APPROVAL_BY_HQ');
    await refused('npa.tipdesk', 'approveByHq', 'EVIDENCE_REQUEST.APPROVAL_BY_HQ');
    expect((await step('hq.director', 'approveByHq')).body.data!.transitionEvidenceRequest.state).toBe('HQ_APPROVED');
    // The generic transitionCase dates the hop too (the case type's afterTransition, same transaction).
    const v = (await gql('hq.coordinator', DETAIL, { id })).body.data!.case.version;
    const generic = await gql('hq.coordinator', 'mutation($i: TransitionCaseInput!) { transitionCase(input: $i) { state } }', { i: { caseId: id, version: v, transition: 'sendToNpa' } });
    expect(generic.body.data!.transitionCase.state).toBe('SENT_TO_NPA');
    await refused('hq.coordinator', 'sendAbroad', 'EVIDENCE_REQUEST.SENDING_ABROAD_BY_NPA');
    await refused('chuo.manager', 'sendAbroad', 'EVIDENCE_REQUEST.SENDING_ABROAD_BY_NPA');
    expect((await step('npa.tipdesk', 'sendAbroad')).body.data!.transitionEvidenceRequest.state).toBe('SENT_ABROAD');
    expect((await step('npa.tipdesk', 'acknowledge')).body.data!.transitionEvidenceRequest.state).toBe('ACKNOWLEDGED');
    expect((await step('npa.tipdesk', 'recordPartialAnswer')).body.data!.transitionEvidenceRequest.state).toBe('PARTIALLY_ANSWERED');
    const received = await gql('npa.tipdesk', 'mutation($i: RecordEvidenceRequestReceivedInput!) { recordEvidenceRequestReceived(input: $i) { receivedEvidence receivedAt } }', {
      i: { caseId: id, version: (await gql('npa.tipdesk', DETAIL, { id })).body.data!.case.evidenceRequest.version, receivedEvidence: '取引履歴（2026年分）' },
    });
    expect(received.body.errors).toBeUndefined();
    expect(received.body.data!.recordEvidenceRequestReceived.receivedEvidence).toBe('取引履歴（2026年分）');
    expect((await step('npa.tipdesk', 'recordAnswer')).body.data!.transitionEvidenceRequest.state).toBe('ANSWERED');
    await refused('npa.tipdesk', 'close', 'EVIDENCE_REQUEST.CLOSURE_BY_SUPERVISOR');
    expect((await step('chuo.manager', 'close')).body.data!.transitionEvidenceRequest.state).toBe('CLOSED');

    const r = (await gql('chuo.supervisor', DETAIL, { id })).body.data!.case.evidenceRequest;
    for (const f of ['draftedAt', 'hqApprovedAt', 'sentToNpaAt', 'sentAbroadAt', 'acknowledgedAt', 'partiallyAnsweredAt', 'answeredAt', 'closedAt', 'receivedAt']) {
      expect({ f, set: r[f] !== null }).toEqual({ f, set: true });
    }
    expect(r).toMatchObject({ channel: 'ICPO', country: 'KR', dualCriminality: 'SATISFIED', receivedEvidence: '取引履歴（2026年分）' });
    // the follow-ups ended with the answer
    const open = await t.dataSource.query(
      `SELECT d.kind, d.state FROM deadlines d JOIN evidence_requests er ON er.id = d.subject_id WHERE er.case_id = $1 ORDER BY d.kind`,
      [id],
    );
    expect(open.map((d: { state: string }) => d.state)).toEqual(['done', 'done', 'done']);
  });

  it('reminds the requesting station and the HQ 30 days after sending abroad without an answer', async () => {
    const filed = await gql('chuo.manager', 'mutation($i: FileEvidenceRequestInput!) { fileEvidenceRequest(input: $i) { caseId } }', {
      i: { channel: 'DIPLOMATIC', country: 'PH', foreignAuthority: 'フィリピン国家警察', offence: '詐欺', requestedItems: '通話記録' },
    });
    expect(filed.body.errors).toBeUndefined();
    const id = filed.body.data!.fileEvidenceRequest.caseId;
    for (const [u, tr] of [['hq.director', 'approveByHq'], ['hq.director', 'sendToNpa'], ['npa.tipdesk', 'sendAbroad']]) {
      const v = (await gql('hq.coordinator', DETAIL, { id })).body.data!.case.version;
      expect((await gql(u, TRANSITION, { i: { caseId: id, version: v, transition: tr } })).body.errors).toBeUndefined();
    }
    const sent = new Date((await gql('hq.coordinator', DETAIL, { id })).body.data!.case.evidenceRequest.sentAbroadAt);
    const before = t.clock.now();
    t.clock.set(new Date(sent.getTime() + 30 * 86_400_000 + 60_000));
    const result = await t.app.get(DeadlineService).reconcile();
    t.clock.set(before);
    expect(result.failed).toBe(0);
    expect(result.fired).toBeGreaterThanOrEqual(1);
    const timeline = (await gql('hq.coordinator', DETAIL, { id })).body.data!.case.timeline as { type: string; audience: string; data: string }[];
    const due = timeline.filter((e) => e.type === 'evidenceRequest.followUp.due');
    expect(due.map((e) => ({ audience: e.audience, days: JSON.parse(e.data).days }))).toEqual([{ audience: 'POLICE', days: 30 }]);
    const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'evidenceRequest.followUp.due'`);
    const [owner] = await t.dataSource.query(
      `SELECT c.owning_agency_id AS station, (SELECT a.id FROM agencies a WHERE a.kind = 'POLICE_HQ' AND a.prefecture_id = c.prefecture_id) AS hq FROM cases c WHERE c.id = $1`,
      [id],
    );
    const agenciesTold = new Set(told.map((o: { recipient: { agencyId?: string } }) => o.recipient.agencyId));
    expect(agenciesTold.has(owner.station) && agenciesTold.has(owner.hq)).toBe(true);
    expect(JSON.stringify(told)).toContain('督促');
    expect(JSON.stringify(told)).not.toContain('フィリピン国家警察');
    const [deadlines] = await t.dataSource.query(
      `SELECT array_agg(d.state ORDER BY d.kind) AS states FROM deadlines d JOIN evidence_requests er ON er.id = d.subject_id WHERE er.case_id = $1`,
      [id],
    );
    expect(deadlines.states).toEqual(['breached', 'pending', 'pending']);
  });
});

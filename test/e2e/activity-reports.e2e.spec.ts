import type { StatementCounter } from '@renkei/core';
import { RequestContext, TransactionRunner } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { IdentityRepository } from '@renkei/identity';
import { startTestApp, type TestApp } from '../setup/test-app';

// Values that only the filing station and its HQ may ever see: checked against whole responses.
const PLACE = '甲県中央公園 検証用会場 7Q4';
const NOTES = '検証用の備考 XK-93 ベトナム人コミュニティの相談';
const PLACE_EDITED = '甲県中央公園 検証用会場 7Q4（修正）';
const REASON = '差戻し理由 RX-55 参加者数の内訳を記入してください';
const PARTNER = '検証協力団体 PZ-11';

const FIELDS = `id stationAgencyId stationName prefectureId kind activityDate place participants foreignResidentsReached interpreters languages
  inspections arrests partnerAgencies notes state returnReason filedBy submittedBy submittedAt reviewedBy reviewedAt version redactedFields`;
const GET = `query($id: ID!) { activityReport(id: $id) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: ActivityReportFilterInput, $direction: ActivityReportSortDirection) {
  activityReports(first: $first, after: $after, filter: $filter, direction: $direction) {
    totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const TOTALS = `query($from: String!, $to: String!, $groupBy: ActivityReportGroupBy!, $state: ActivityReportState) {
  activityReportTotals(from: $from, to: $to, groupBy: $groupBy, state: $state) {
    groupBy state rows { key label reports participants foreignResidentsReached interpreters inspections arrests }
    overall { key label reports participants foreignResidentsReached interpreters inspections arrests } } }`;
const CREATE = `mutation($i: CreateActivityReportInput!) { createActivityReport(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateActivityReportInput!) { updateActivityReport(input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($i: ActivityReportVersionInput!) { submitActivityReport(input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($i: ActivityReportVersionInput!) { approveActivityReport(input: $i) { ${FIELDS} } }`;
const RETURN = `mutation($i: ReturnActivityReportInput!) { returnActivityReport(input: $i) { ${FIELDS} } }`;

/** Roles with no grant on activity reports at all (the investigator included): refused at the resolver, nothing leaks. */
const NO_GRANT = ['chuo.investigator', 'sakura.liaison', 'immigration.liaison', 'labour.liaison', 'kotel.liaison', 'regulator.liaison', 'npa.tipdesk', 'tipline.receiver', 'auditor', 'admin'];
const RANGE = { from: '2026-01-01', to: '2026-12-31' };

type Row = Record<string, any>;

describe('施策実施報告 (station activity reports)', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();
  const users = new Map<string, string>();

  const gql = (username: string, query: string, variables: Record<string, unknown> = {}) => t.gqlAs(username, query, variables);
  const ok = async (username: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(username, query, variables);
    expect({ username, errors: res.body.errors }).toEqual({ username, errors: undefined });
    return res.body.data as Row;
  };
  const codeOf = (res: { body: { errors?: { extensions?: Record<string, any> }[] } }) => res.body.errors?.[0]?.extensions?.code;
  const expectAbsent = (who: string, text: string, values: string[]) => {
    for (const v of values) expect({ who, value: v, found: text.includes(v) }).toEqual({ who, value: v, found: false });
  };
  const totals = async (username: string, groupBy: string, state?: string) =>
    (await ok(username, TOTALS, { ...RANGE, groupBy, ...(state ? { state } : {}) })).activityReportTotals as Row;
  const rowOf = (tot: Row, key: string) => (tot.rows as Row[]).find((r) => r.key === key);
  const input = (over: Row = {}) => ({
    kind: 'OUTREACH', activityDate: '2026-11-18', place: PLACE, participants: 5, foreignResidentsReached: 31, interpreters: 2,
    languages: ['やさしい日本語', 'ベトナム語'], inspections: 0, arrests: 0, partnerAgencies: [PARTNER], notes: NOTES, ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    for (const u of await t.dataSource.query('SELECT id, username FROM users')) users.set(u.username, u.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('demo reports', () => {
    it('HQ totals of 甲県 count the approved reports of both stations, never 乙県’s; 乙県 sees only its own', async () => {
      const ko = await totals('hq.director', 'STATION');
      expect(ko.state).toBe('APPROVED');
      expect(rowOf(ko, agencies.get('ko-chuo-station')!)).toMatchObject({ label: '甲県中央警察署', reports: 2, foreignResidentsReached: 69 });
      expect(rowOf(ko, agencies.get('ko-minato-station')!)).toMatchObject({ label: '甲県港警察署', reports: 1, foreignResidentsReached: 30 });
      expect(rowOf(ko, agencies.get('otsu-kita-station')!)).toBeUndefined();
      expect(ko.overall).toMatchObject({ key: 'ALL', reports: 3, foreignResidentsReached: 99 });

      const otsu = await gql('otsu.coordinator', TOTALS, { ...RANGE, groupBy: 'STATION' });
      expect(otsu.body.errors).toBeUndefined();
      expect(otsu.body.data!.activityReportTotals.rows).toEqual([
        expect.objectContaining({ key: agencies.get('otsu-kita-station'), label: '乙県北警察署', reports: 1 }),
      ]);
      expectAbsent('otsu.coordinator', otsu.text, ['甲県中央警察署', '甲県港警察署', agencies.get('ko-chuo-station')!]);
    });

    it('seeding again adds nothing', async () => {
      const seeder = t.app.get(DemoSeedRegistry).list().find((s) => s.name === 'activity-reports')!;
      const identities = t.app.get(IdentityRepository);
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM activity_reports`);
      const again = await t.app.get(TransactionRunner).run((tx) =>
        seeder.seed(tx, async (username) => new RequestContext((await identities.actorByUsername(tx.em, username))!, 'demo-again', 'cli')),
      );
      expect(again).toBe(false);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM activity_reports`)).toEqual(before);
      expect(before[0].n).toBe(8);
    });

    it('HQ does not see the stations’ drafts; the station does', async () => {
      const hq = (await ok('hq.director', LIST, { first: 100 })).activityReports;
      expect(hq.nodes.every((n: Row) => n.state !== 'DRAFT')).toBe(true);
      expect(hq.nodes.map((n: Row) => n.place)).not.toContain('中央区 食料品店街');
      const chuo = (await ok('chuo.supervisor', LIST, { first: 100 })).activityReports;
      expect(chuo.nodes.map((n: Row) => n.place)).toContain('中央区 食料品店街');
      expect(chuo.nodes.every((n: Row) => n.stationAgencyId === agencies.get('ko-chuo-station'))).toBe(true);
      expect(chuo.totalCount).toBe(4);
    });
  });

  describe('file → return → edit → resubmit → approve, and who sees it', () => {
    let id = '';
    let version = 0;
    let before: Record<string, Row> = {};

    beforeAll(async () => {
      before = { STATION: await totals('hq.director', 'STATION'), KIND: await totals('hq.director', 'KIND'), MONTH: await totals('hq.director', 'MONTH') };
    });

    it('chuo.manager files a draft for its own station', async () => {
      const r = (await ok('chuo.manager', CREATE, { i: input() })).createActivityReport;
      expect(r).toMatchObject({
        state: 'DRAFT', stationAgencyId: agencies.get('ko-chuo-station'), stationName: '甲県中央警察署', place: PLACE, notes: NOTES,
        participants: 5, foreignResidentsReached: 31, languages: ['やさしい日本語', 'ベトナム語'], partnerAgencies: [PARTNER],
        filedBy: users.get('chuo.manager'), version: 1, redactedFields: [],
      });
      id = r.id;
      version = r.version;
      const audit = await t.dataSource.query(`SELECT action, fields FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
      expect(audit.map((a: Row) => a.action)).toEqual(['activityReport.created']);
      expect(JSON.stringify(audit)).not.toContain(PLACE);
    });

    it('a draft stays inside the station: HQ gets not-found', async () => {
      expect(codeOf(await gql('hq.director', GET, { id }))).toBe('NOT_FOUND');
      expect((await ok('chuo.supervisor', GET, { id })).activityReport.place).toBe(PLACE);
    });

    it('chuo.manager cannot approve; chuo.supervisor cannot create', async () => {
      const approve = await gql('chuo.manager', APPROVE, { i: { id, version } });
      expect(codeOf(approve)).toBe('FORBIDDEN');
      const create = await gql('chuo.supervisor', CREATE, { i: input({ place: '統括責任者の報告' }) });
      expect(codeOf(create)).toBe('FORBIDDEN');
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM activity_reports WHERE place = '統括責任者の報告'`)).toEqual([{ n: 0 }]);
    });

    it('submits; the supervisor is notified; a stale version is a CONFLICT', async () => {
      const r = (await ok('chuo.manager', SUBMIT, { i: { id, version } })).submitActivityReport;
      expect(r).toMatchObject({ state: 'SUBMITTED', submittedBy: users.get('chuo.manager'), version: version + 1 });
      expect(r.submittedAt).not.toBeNull();
      const stale = await gql('chuo.supervisor', APPROVE, { i: { id, version } });
      expect(codeOf(stale)).toBe('CONFLICT');
      version = r.version;
      const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'activityReport.submitted' AND payload->>'subjectId' = $1`, [id]);
      expect(told).toHaveLength(1);
      expect(told[0].recipient).toEqual({ kind: 'agency', agencyId: agencies.get('ko-chuo-station'), roles: ['station.supervisor'] });
      expect(JSON.stringify(told)).not.toContain(PLACE);
      expect(JSON.stringify(told)).not.toContain(NOTES);
    });

    it('a submitted report is no longer edited', async () => {
      const res = await gql('chuo.manager', UPDATE, { i: { id, version, changes: { place: PLACE_EDITED } } });
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors![0].extensions!.reason).toBe('ACTIVITY_REPORT.NOT_EDITABLE');
    });

    it('the supervisor returns it with a reason; the filer is told', async () => {
      const noReason = await gql('chuo.supervisor', RETURN, { i: { id, version, reason: '   ' } });
      expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
      const r = (await ok('chuo.supervisor', RETURN, { i: { id, version, reason: REASON } })).returnActivityReport;
      expect(r).toMatchObject({ state: 'RETURNED', returnReason: REASON, reviewedBy: users.get('chuo.supervisor') });
      version = r.version;
      const told = await t.dataSource.query(`SELECT recipient, payload FROM outbox WHERE event_type = 'activityReport.returned' AND payload->>'subjectId' = $1`, [id]);
      expect(told.map((o: Row) => o.recipient)).toEqual([{ kind: 'user', userId: users.get('chuo.manager') }]);
      expect(JSON.stringify(told)).not.toContain(REASON);
    });

    it('the filer edits the returned report and resubmits; the supervisor approves', async () => {
      const edited = (await ok('chuo.manager', UPDATE, { i: { id, version, changes: { place: PLACE_EDITED, participants: 7 } } })).updateActivityReport;
      expect(edited).toMatchObject({ state: 'RETURNED', place: PLACE_EDITED, participants: 7, notes: NOTES, foreignResidentsReached: 31 });
      const stale = await gql('chuo.manager', UPDATE, { i: { id, version, changes: { participants: 8 } } });
      expect(codeOf(stale)).toBe('CONFLICT');
      version = edited.version;
      version = (await ok('chuo.manager', SUBMIT, { i: { id, version } })).submitActivityReport.version;
      const approved = (await ok('chuo.supervisor', APPROVE, { i: { id, version } })).approveActivityReport;
      expect(approved).toMatchObject({ state: 'APPROVED', reviewedBy: users.get('chuo.supervisor'), place: PLACE_EDITED });
      version = approved.version;
      // APPROVED is final.
      const again = await gql('chuo.supervisor', RETURN, { i: { id, version, reason: '再度' } });
      expect(again.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WORKFLOW.TRANSITION_NOT_ALLOWED' });
      const told = await t.dataSource.query(`SELECT recipient FROM outbox WHERE event_type = 'activityReport.approved' AND payload->>'subjectId' = $1`, [id]);
      expect(told.map((o: Row) => o.recipient)).toEqual([{ kind: 'user', userId: users.get('chuo.manager') }]);
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
      expect(audit.map((a: Row) => a.action)).toEqual([
        'activityReport.created', 'activityReport.submitted', 'activityReport.returned', 'activityReport.updated', 'activityReport.submitted', 'activityReport.approved',
      ]);
    });

    it('hq.director reads it and sees it in the totals by station, kind and month', async () => {
      expect((await ok('hq.director', GET, { id })).activityReport).toMatchObject({ place: PLACE_EDITED, notes: NOTES, redactedFields: [] });
      const chuo = agencies.get('ko-chuo-station')!;
      const station = await totals('hq.director', 'STATION');
      expect(rowOf(station, chuo)!.reports).toBe(rowOf(before.STATION, chuo)!.reports + 1);
      expect(rowOf(station, chuo)!.participants).toBe(rowOf(before.STATION, chuo)!.participants + 7);
      const kind = await totals('hq.director', 'KIND');
      expect(rowOf(kind, 'OUTREACH')).toMatchObject({ label: 'やさしい日本語による広報啓発', reports: rowOf(before.KIND, 'OUTREACH')!.reports + 1 });
      const month = await totals('hq.director', 'MONTH');
      expect(rowOf(month, '2026-11')!.foreignResidentsReached).toBe((rowOf(before.MONTH, '2026-11')?.foreignResidentsReached ?? 0) + 31);
      expect(month.overall.reports).toBe(before.MONTH.overall.reports + 1);
      expect((await totals('hq.coordinator', 'STATION')).overall).toEqual(station.overall);
    });

    it('another station, another prefecture, the investigator and outside agencies learn nothing of it', async () => {
      const secrets = [PLACE, PLACE_EDITED, NOTES, REASON, PARTNER, id];
      for (const who of ['minato.manager', 'otsu.coordinator']) {
        const one = await gql(who, GET, { id });
        expect({ who, code: codeOf(one) }).toEqual({ who, code: 'NOT_FOUND' });
        const list = await gql(who, LIST, { first: 200 });
        const tot = await gql(who, TOTALS, { ...RANGE, groupBy: 'STATION' });
        const edit = await gql(who, UPDATE, { i: { id, version, changes: { notes: 'x' } } });
        expect({ who, code: codeOf(edit) }).toEqual({ who, code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) });
        for (const res of [one, list, tot, edit]) expectAbsent(who, res.text, secrets);
      }
      // The other station's manager sees its own, and 中央's are absent from its list and totals.
      const minato = (await ok('minato.manager', LIST, { first: 200 })).activityReports;
      expect(minato.nodes.length).toBeGreaterThan(0);
      expect(minato.nodes.every((n: Row) => n.stationAgencyId === agencies.get('ko-minato-station'))).toBe(true);
      const minatoTotals = await totals('minato.manager', 'STATION');
      expect(minatoTotals.rows.map((r: Row) => r.key)).toEqual([agencies.get('ko-minato-station')]);
      // 乙県's coordinator: no 甲県 report at all.
      const otsu = (await ok('otsu.coordinator', LIST, { first: 200 })).activityReports;
      expect(otsu.nodes.map((n: Row) => n.stationAgencyId)).toEqual([agencies.get('otsu-kita-station')]);
      for (const who of NO_GRANT) {
        for (const [query, vars] of [[GET, { id }], [LIST, { first: 50 }], [TOTALS, { ...RANGE, groupBy: 'KIND' }]] as const) {
          const res = await gql(who, query, vars);
          expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
          expectAbsent(who, res.text, [...secrets, '甲県中央警察署']);
        }
        expect({ who, code: codeOf(await gql(who, CREATE, { i: input({ place: `${who} の報告` }) })) }).toEqual({ who, code: 'FORBIDDEN' });
      }
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM activity_reports WHERE place LIKE '%の報告'`)).toEqual([{ n: 0 }]);
    });

    it('the other station’s manager cannot approve or submit it', async () => {
      expect(codeOf(await gql('minato.manager', APPROVE, { i: { id, version } }))).toBe('FORBIDDEN');
      const submit = await gql('minato.manager', SUBMIT, { i: { id, version } });
      expect(codeOf(submit)).toBe('NOT_FOUND');
    });
  });

  describe('input', () => {
    it('refuses negative counts, unknown fields, future and impossible dates with stable codes', async () => {
      const negative = await gql('chuo.manager', CREATE, { i: input({ participants: -1 }) });
      expect(codeOf(negative)).toBe('BAD_USER_INPUT');
      expectAbsent('negative', negative.text, [PLACE, NOTES]);
      const unknown = await gql('chuo.manager', CREATE, { i: { ...input(), stationAgencyId: agencies.get('ko-minato-station') } });
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(unknown));
      expectAbsent('unknown', unknown.text, [PLACE, NOTES]);
      // The clock is 2026-11-20T01:00Z = 10:00 JST on the 20th: the 20th is today, the 21st is the future.
      const today = await gql('chuo.manager', CREATE, { i: input({ activityDate: '2026-11-20', place: '当日の活動' }) });
      expect(today.body.errors).toBeUndefined();
      const future = await gql('chuo.manager', CREATE, { i: input({ activityDate: '2026-11-21' }) });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(future.body.errors![0].extensions!.reason).toBe('ACTIVITY_REPORT.FUTURE_DATE');
      const impossible = await gql('chuo.manager', CREATE, { i: input({ activityDate: '2026-02-30' }) });
      expect(impossible.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_REPORT.INVALID_DATE' });
      const badFormat = await gql('chuo.manager', CREATE, { i: input({ activityDate: '20261101' }) });
      expect(codeOf(badFormat)).toBe('BAD_USER_INPUT');
      for (const place of ['', '   ']) {
        const emptyPlace = await gql('chuo.manager', CREATE, { i: input({ place }) });
        expect({ place, code: codeOf(emptyPlace) }).toEqual({ place, code: 'BAD_USER_INPUT' });
      }
      const draft = (await ok('chuo.manager', CREATE, { i: input({ place: '消去の検証' }) })).createActivityReport;
      const clearPlace = await gql('chuo.manager', UPDATE, { i: { id: draft.id, version: draft.version, changes: { place: null } } });
      expect(clearPlace.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'place', reason: 'REQUIRED' }] });
      const clearNotes = (await ok('chuo.manager', UPDATE, { i: { id: draft.id, version: draft.version, changes: { notes: null, participants: 0 } } })).updateActivityReport;
      expect(clearNotes).toMatchObject({ notes: null, participants: 0, place: '消去の検証', version: draft.version + 1 });
      const backwards = await gql('hq.director', TOTALS, { from: '2026-12-01', to: '2026-11-01', groupBy: 'KIND' });
      expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM activity_reports WHERE activity_date > '2026-11-20'`)).toEqual([{ n: 0 }]);
    });
  });

  describe('lists', () => {
    beforeAll(async () => {
      for (let i = 1; i <= 7; i += 1) {
        await ok('chuo.manager', CREATE, { i: input({ place: `一覧用会場 ${i}`, activityDate: `2026-10-${String(10 + i).padStart(2, '0')}`, kind: i % 2 ? 'JOINT_PATROL' : 'FACT_FINDING' }) });
      }
    });

    it('filters by kind, state and date range, and pages by cursor without repeats', async () => {
      const joint = (await ok('chuo.manager', LIST, { first: 100, filter: { kind: 'JOINT_PATROL', state: 'DRAFT', from: '2026-10-01', to: '2026-10-31' } })).activityReports;
      expect(joint.nodes.map((n: Row) => n.place).sort()).toEqual(['一覧用会場 1', '一覧用会場 3', '一覧用会場 5', '一覧用会場 7']);
      expect(joint.totalCount).toBe(4);
      const all = (await ok('chuo.manager', LIST, { first: 100 })).activityReports;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Row = (await ok('chuo.manager', LIST, { first: 3, after })).activityReports;
        seen.push(...page.nodes.map((n: Row) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.nodes.map((n: Row) => n.id));
      const dates = all.nodes.map((n: Row) => n.activityDate);
      expect(dates).toEqual([...dates].sort().reverse());
      const asc = (await ok('chuo.manager', LIST, { first: 100, direction: 'ASC' })).activityReports;
      expect(asc.nodes.map((n: Row) => n.id)).toEqual([...all.nodes.map((n: Row) => n.id)].reverse());
      // A station filter for another station answers nothing, not an error that would confirm it exists.
      const other = (await ok('chuo.manager', LIST, { first: 10, filter: { stationAgencyId: agencies.get('ko-minato-station') } })).activityReports;
      expect(other).toMatchObject({ nodes: [], totalCount: 0 });
    });

    it('a page of 50 costs as many SQL statements as a page of 5', async () => {
      const counter = t.dataSource.logger as StatementCounter;
      await ok('hq.director', LIST, { first: 1 });
      counter.reset();
      const small = (await ok('chuo.manager', LIST, { first: 5 })).activityReports;
      const fewStatements = counter.statements;
      counter.reset();
      const large = (await ok('chuo.manager', LIST, { first: 50 })).activityReports;
      const manyStatements = counter.statements;
      expect(small.nodes).toHaveLength(5);
      expect(large.nodes.length).toBeGreaterThan(10);
      expect(manyStatements).toBe(fewStatements);
    });
  });
});

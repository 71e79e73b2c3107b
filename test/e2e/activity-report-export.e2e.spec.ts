import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ExportsJobsModule } from '@renkei/exports';
import { startTestApp, type TestApp } from '../setup/test-app';

const PLACE = '港区検証会場 EX-77';
const NOTES = '輸出検証の備考 EX-78';

const CREATE = `mutation($i: CreateActivityReportInput!) { createActivityReport(input: $i) { id version } }`;
const SUBMIT = `mutation($i: ActivityReportVersionInput!) { submitActivityReport(input: $i) { id version state } }`;
const EXPORT = `mutation($format: ExportFormat!, $filter: ActivityReportFilterInput) {
  requestActivityReportExport(format: $format, filter: $filter) { id source state } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { id state rowCount errorCode } }`;
const LIST = `query { activityReports(first: 200) { totalCount nodes { id place } } }`;

/** 施策実施報告 through the export channel: the rows and fields the list shows, nothing more. */
describe('activity report exports', () => {
  let t: TestApp;

  const exportAs = async (username: string, format: 'CSV' | 'XLSX', filter?: Record<string, unknown>) => {
    const res = await t.gqlAs(username, EXPORT, { format, filter });
    expect(res.body.errors).toBeUndefined();
    const id = res.body.data!.requestActivityReportExport.id as string;
    let job: { state: string; rowCount: number; errorCode: string | null } | undefined;
    for (let i = 0; i < 300 && !['DONE', 'FAILED'].includes(job?.state ?? ''); i += 1) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      job = (await t.gqlAs(username, JOB, { id })).body.data?.exportJob;
    }
    expect(job).toMatchObject({ state: 'DONE', errorCode: null });
    const file = await t.http().get(`/exports/${id}/download`).set('authorization', `Bearer ${await t.as(username)}`)
      .buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
    expect(file.status).toBe(200);
    return { job: job!, file: file.body as Buffer };
  };

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ExportsJobsModule] });
    // 港署 files and submits one report: HQ sees it, 中央署 and 乙県 never do.
    const created = await t.gqlAs('minato.manager', CREATE, {
      i: { kind: 'JOINT_PATROL', activityDate: '2026-11-19', place: PLACE, participants: 4, foreignResidentsReached: 12, interpreters: 1,
        languages: ['英語'], inspections: 0, arrests: 0, partnerAgencies: [], notes: NOTES },
    });
    expect(created.body.errors).toBeUndefined();
    const r = created.body.data!.createActivityReport;
    expect((await t.gqlAs('minato.manager', SUBMIT, { i: { id: r.id, version: r.version } })).body.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('HQ exports the same rows as its list (CSV), with the submitted report of 港署', async () => {
    const listed = (await t.gqlAs('hq.director', LIST)).body.data!.activityReports;
    const { job, file } = await exportAs('hq.director', 'CSV');
    const records = parse(file, { bom: true }) as string[][];
    expect(records[0]).toEqual(expect.arrayContaining(['警察署', '実施日', '施策', '場所']));
    expect(job.rowCount).toBe(listed.totalCount);
    expect(records).toHaveLength(listed.totalCount + 1);
    const places = records.slice(1).map((row) => row[records[0].indexOf('場所')]);
    expect(places.sort()).toEqual(listed.nodes.map((n: { place: string }) => n.place).sort());
    expect(file.toString('utf8')).toContain(PLACE);
    expect(file.toString('utf8')).toContain('合同パトロール');
  });

  it('another station and another prefecture export none of it (XLSX); a liaison may not export at all', async () => {
    for (const username of ['chuo.manager', 'otsu.coordinator']) {
      const { file } = await exportAs(username, 'XLSX');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      const cells: string[] = [];
      wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
      const text = cells.join('\n');
      expect({ username, place: text.includes(PLACE), notes: text.includes(NOTES) }).toEqual({ username, place: false, notes: false });
    }
    const otsu = (await exportAs('otsu.coordinator', 'CSV')).file.toString('utf8');
    expect(otsu).not.toContain('甲県');
    const refused = await t.gqlAs('sakura.liaison', EXPORT, { format: 'CSV' });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.text).not.toContain(PLACE);
  });
});

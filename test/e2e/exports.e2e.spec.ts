import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ExportsJobsModule, ExportsService } from '@renkei/exports';
import { startTestApp, type TestApp } from '../setup/test-app';

// Demo values (spec/DEMO.md) that sakura.liaison may not see in any export.
const PHONE_FORMS = (e164: string) => [e164, e164.replace('+81', '0'), e164.slice(3), `0${e164.slice(3, 5)}-${e164.slice(5, 9)}-${e164.slice(9)}`];
const FORBIDDEN_FOR_SAKURA = [
  '8802317', // みどり銀行's account
  ...PHONE_FORMS('+819048151623'),
  ...PHONE_FORMS('+818027182818'),
  'RZ48151623QX', 'RZ4815', '1623QX', // the full residence card
  '甲県甲市中央1-2-3', 'ハイツ甲', // the address
  'SNSで口座売買を持ち掛けられていた疑い', // police risk note
  '再入国許可なし', // immigration note
  '合同会社ブルーライン転送', '8010403012345', '03-5555-0101', '050-5555-0202', '4,800,000', '佐藤 花子', // case 3
  'https://x.example.com/kanto_job/status/1790000000000000001', 'kanto_job', '日給5万円', '090-3141-5926', '田中 一郎', 'T-20261120-0042', // case 2
  'ベトナム最高人民検察院', '@blue_line_boss', // case 4
  '技能実習', // status of residence: not for a bank
  'みどり銀行', '甲テレコム', '乙モバイル', '東京出入国在留管理局', '甲労働局', // other agencies' tasks
];

const JOB = `query($id: ID!) { exportJob(id: $id) { id source format state rowCount progress sizeBytes sha256 errorCode createdAt finishedAt expiresAt redactedFields } }`;
const CASE_EXPORT = `mutation($format: ExportFormat!, $filter: CaseFilterInput, $sort: CaseSortInput) {
  requestCaseExport(format: $format, filter: $filter, sort: $sort) { id source format state } }`;
const TASK_EXPORT = `mutation($format: ExportFormat!, $scope: TaskExportScope) { requestTaskExport(format: $format, scope: $scope) { id source format state } }`;
const DASHBOARD_EXPORT = `mutation($format: ExportFormat!) { requestDashboardExport(format: $format, from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { id state } }`;
const DASHBOARD = `{ dashboard(from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") {
  openCases { type state count } tasksByAgency { agencyId open overdue } compliance { due answeredOnTime answeredLate stillOpen rate } oldestOverdue { id } } }`;

type Job = { id: string; state: string; rowCount: number; sha256: string; sizeBytes: number; errorCode: string | null; createdAt: string };

describe('exports (CSV / Excel) through the same masking as GraphQL', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();
  let departureCase: { id: string; reference: string; title: string };
  let otherReferences: string[] = [];

  const done = async (username: string, id: string): Promise<Job> => {
    for (let i = 0; i < 300; i += 1) {
      const res = await t.gqlAs(username, JOB, { id });
      const job = res.body.data?.exportJob as Job | undefined;
      if (job && ['DONE', 'FAILED'].includes(job.state)) return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('export did not finish');
  };
  const download = async (username: string | null, id: string) => {
    const req = t.http().get(`/exports/${id}/download`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    if (username) req.set('authorization', `Bearer ${await t.as(username)}`);
    return req;
  };
  const exportAs = async (username: string, query: string, vars: Record<string, unknown>): Promise<{ job: Job; file: Buffer }> => {
    const res = await t.gqlAs(username, query, vars);
    expect(res.body.errors).toBeUndefined();
    const requested = Object.values(res.body.data!)[0] as { id: string; state: string };
    const job = await done(username, requested.id);
    expect(job).toMatchObject({ state: 'DONE', errorCode: null });
    const file = await download(username, job.id);
    expect(file.status).toBe(200);
    return { job, file: file.body as Buffer };
  };
  const csvRecords = (file: Buffer): string[][] => {
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    return parse(file, { bom: true, relax_column_count: false }) as string[][];
  };
  /** Every cell value and note of every sheet, and the row arrays, for whole-file checks. */
  const xlsxContent = async (file: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: { values: string[]; notes: (string | null)[]; fills: (string | null)[] }[] = [];
    const texts: string[] = [];
    for (const sheet of wb.worksheets) texts.push(sheet.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      const notes: (string | null)[] = [];
      const fills: (string | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c += 1) {
        const cell = row.getCell(c);
        const v = cell.value === null || cell.value === undefined ? '' : String(cell.value);
        const note = cell.note === undefined ? null : typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((x) => x.text).join('');
        const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null;
        values.push(v);
        notes.push(note);
        fills.push(fill);
        texts.push(v, note ?? '');
      }
      rows.push({ values, notes, fills });
    });
    return { rows, text: texts.join('\n') };
  };
  const expectNoneOf = (text: string, forbidden: string[]) => {
    for (const value of forbidden) expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
  };

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ExportsJobsModule] });
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    [departureCase] = await t.dataSource.query(`SELECT id::text, reference, title FROM cases WHERE type = 'DEPARTING_RESIDENT' ORDER BY filed_at LIMIT 1`);
    otherReferences = (await t.dataSource.query(`SELECT reference FROM cases WHERE id <> $1`, [departureCase.id])).map((r: { reference: string }) => r.reference);
    expect(otherReferences.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sakura.liaison’s case export (CSV) holds only its case’s summary; title and assignees are empty cells listed as 非表示', async () => {
    const { job, file } = await exportAs('sakura.liaison', CASE_EXPORT, { format: 'CSV' });
    const text = file.toString('utf8');
    expectNoneOf(text, [...FORBIDDEN_FOR_SAKURA, ...otherReferences]);
    const records = csvRecords(file);
    const header = records[0];
    expect(header).toEqual(['事件番号', '事案種別', '状態', '優先度', '件名', '主管機関', '受理日時', '終結日時', '更新日時', '担当捜査員（ID）', '事案ID', '非表示項目']);
    expect(records).toHaveLength(2);
    expect(job.rowCount).toBe(1);
    const row = Object.fromEntries(header.map((h, i) => [h, records[1][i]]));
    expect(row).toMatchObject({ 事件番号: departureCase.reference, 件名: '', '担当捜査員（ID）': '', 事案ID: departureCase.id, 主管機関: '甲県中央警察署' });
    expect(row['非表示項目'].split('、')).toEqual(['件名', '担当捜査員（ID）']);
    expect(row['事案種別']).not.toBe('');
    // The case title (Case.narrative, which names the resident) is not granted to a liaison.
    expect(text).not.toContain(departureCase.title);
  });

  it('the same export as XLSX: redacted cells are empty, grey and carry the note 非表示（閲覧権限なし）', async () => {
    const { file } = await exportAs('sakura.liaison', CASE_EXPORT, { format: 'XLSX' });
    const { rows, text } = await xlsxContent(file);
    expectNoneOf(text, [...FORBIDDEN_FOR_SAKURA, ...otherReferences]);
    expect(rows).toHaveLength(2);
    const header = rows[0].values;
    const at = (name: string) => header.indexOf(name);
    expect(rows[1].values[at('事件番号')]).toBe(departureCase.reference);
    for (const hidden of ['件名', '担当捜査員（ID）']) {
      expect(rows[1].values[at(hidden)]).toBe('');
      expect(rows[1].notes[at(hidden)]).toBe('非表示（閲覧権限なし）');
      expect(rows[1].fills[at(hidden)]).toBe('FFD9D9D9');
    }
    expect(rows[1].notes[at('事件番号')]).toBeNull();
  });

  it('filtered to the departure type, sakura.liaison’s file has the resident as a bank may see it: its own account, the card masked', async () => {
    for (const format of ['CSV', 'XLSX'] as const) {
      const { file } = await exportAs('sakura.liaison', CASE_EXPORT, { format, filter: { types: ['DEPARTING_RESIDENT'] } });
      let text: string;
      let row: Record<string, string>;
      let marked: string[];
      if (format === 'CSV') {
        text = file.toString('utf8');
        const records = csvRecords(file);
        expect(records).toHaveLength(2);
        row = Object.fromEntries(records[0].map((h, i) => [h, records[1][i]]));
        marked = row['非表示項目'].split('、');
      } else {
        const x = await xlsxContent(file);
        text = x.text;
        expect(x.rows).toHaveLength(2);
        row = Object.fromEntries(x.rows[0].values.map((h, i) => [h, x.rows[1].values[i]]));
        marked = x.rows[0].values.filter((_h, i) => x.rows[1].notes[i] === '非表示（閲覧権限なし）');
      }
      expectNoneOf(text, [...FORBIDDEN_FOR_SAKURA, ...otherReferences, departureCase.title]);
      expect(row).toMatchObject({
        事件番号: departureCase.reference, '氏名（ローマ字）': 'NGUYEN VAN AN', 生年月日: '1998-04-12', 在留カード番号: '********23QX',
        在留期限: '2026-12-15', 出国予定日: '2026-12-20', 国籍: '', 住所: '', 在留資格: '', 携帯電話契約: '', 入管の連絡事項: '', 警察のリスク情報: '',
      });
      expect(row['口座']).toMatch(/^さくら銀行 本店 普通 7301245（.+）$/);
      expect(marked).toEqual(expect.arrayContaining(['件名', '国籍', '在留資格', '住所', '携帯電話契約', '入管の連絡事項', '警察のリスク情報']));
      expect(marked).not.toContain('口座');
      expect(marked).not.toContain('在留カード番号');
    }
  });

  it('the same departure export as hq.director has every value, and the (S) fields written are in the audit log', async () => {
    const { job, file } = await exportAs('hq.director', CASE_EXPORT, { format: 'CSV', filter: { types: ['DEPARTING_RESIDENT'] } });
    const text = file.toString('utf8');
    for (const value of ['RZ48151623QX', '7301245', '8802317', 'みどり銀行 駅前支店', '技能実習', '甲県甲市中央1-2-3 ハイツ甲 201', 'SNSで口座売買を持ち掛けられていた疑い', '再入国許可なし', departureCase.title]) {
      expect(text).toContain(value);
    }
    expect(text).toMatch(/甲テレコム \+819048151623|甲テレコム 090-?4815-?1623/);
    const reads: { fields: string[]; subject_type: string; channel: string }[] = await t.dataSource.query(
      `SELECT fields, subject_type, channel FROM audit_log WHERE action = 'authz.sensitive_read' AND actor_username = 'hq.director' AND occurred_at >= $1::timestamptz - interval '1 hour'`,
      [job.createdAt],
    );
    const keyed = reads.filter((r) => r.channel === 'job').map((r) => `${r.subject_type}.${r.fields[0]}`);
    expect(keyed).toEqual(expect.arrayContaining(['DepartingResident.residenceCardNumber', 'DepartureAccount.accountNumber']));
    expect(keyed.filter((k) => k === 'DepartureAccount.accountNumber').length).toBeGreaterThanOrEqual(2);
  });

  it('hq.director’s case export holds every case of 甲県 with full titles, and nothing of 乙県', async () => {
    const { file } = await exportAs('hq.director', CASE_EXPORT, { format: 'CSV' });
    const text = file.toString('utf8');
    const records = csvRecords(file);
    const kou: { reference: string; title: string }[] = await t.dataSource.query(
      `SELECT c.reference, c.title FROM cases c WHERE c.prefecture_id = (SELECT prefecture_id FROM agencies WHERE code = 'ko-police-hq')`,
    );
    const otsu: { reference: string; title: string }[] = await t.dataSource.query(
      `SELECT c.reference, c.title FROM cases c WHERE c.prefecture_id <> (SELECT prefecture_id FROM agencies WHERE code = 'ko-police-hq')`,
    );
    expect(kou.length).toBeGreaterThanOrEqual(4);
    expect(records).toHaveLength(kou.length + 1);
    for (const c of kou) {
      expect(text).toContain(c.reference);
      expect(text).toContain(c.title);
    }
    expect(text).toContain('NGUYEN VAN AN');
    expect(text).toContain('合同会社ブルーライン転送');
    for (const c of otsu) expect(text).not.toContain(c.reference);
    // Nothing is redacted for the director: the trailing column is empty on every row.
    expect(records.slice(1).every((r) => r[r.length - 1] === '')).toBe(true);
  });

  it('sakura.liaison’s task exports (inbox and "all") hold its own task only, in CSV and XLSX', async () => {
    const own: { id: string; request: string }[] = await t.dataSource.query(`SELECT id::text, request FROM tasks WHERE agency_id = $1`, [agencies.get('sakura-bank')]);
    const others: { id: string }[] = await t.dataSource.query(`SELECT id::text FROM tasks WHERE agency_id <> $1`, [agencies.get('sakura-bank')]);
    expect(own.length).toBeGreaterThanOrEqual(1);
    for (const scope of ['MINE', 'ALL']) {
      const csv = await exportAs('sakura.liaison', TASK_EXPORT, { format: 'CSV', scope });
      const text = csv.file.toString('utf8');
      expectNoneOf(text, [...FORBIDDEN_FOR_SAKURA, ...otherReferences, ...others.map((o) => o.id)]);
      const records = csvRecords(csv.file);
      expect(records).toHaveLength(own.length + 1);
      for (const task of own) {
        expect(text).toContain(task.id);
        expect(text).toContain(task.request);
      }
      expect(text).toContain(departureCase.reference);
      expect(text).toContain('さくら銀行');

      const xlsx = await exportAs('sakura.liaison', TASK_EXPORT, { format: 'XLSX', scope });
      const { rows, text: cells } = await xlsxContent(xlsx.file);
      expectNoneOf(cells, [...FORBIDDEN_FOR_SAKURA, ...otherReferences, ...others.map((o) => o.id)]);
      expect(rows).toHaveLength(own.length + 1);
      for (const task of own) expect(cells).toContain(task.id);
    }
  });

  it('police see every task of their prefecture in the "all" task export', async () => {
    const { file } = await exportAs('hq.director', TASK_EXPORT, { format: 'CSV', scope: 'ALL' });
    const text = file.toString('utf8');
    const kouTasks: { id: string }[] = await t.dataSource.query(
      `SELECT t.id::text FROM tasks t JOIN cases c ON c.id = t.case_id WHERE c.prefecture_id = (SELECT prefecture_id FROM agencies WHERE code = 'ko-police-hq')`,
    );
    expect(kouTasks.length).toBeGreaterThanOrEqual(10);
    for (const task of kouTasks) expect(text).toContain(task.id);
    expect(text).toContain('みどり銀行');
  });

  it('the dashboard export as a liaison counts only its own agency’s tasks: the figures of its dashboard query', async () => {
    const dash = (await t.gqlAs('sakura.liaison', DASHBOARD)).body.data!.dashboard;
    expect(dash.tasksByAgency.map((a: { agencyId: string }) => a.agencyId)).toEqual([agencies.get('sakura-bank')]);
    const { file } = await exportAs('sakura.liaison', DASHBOARD_EXPORT, { format: 'CSV' });
    const records = csvRecords(file);
    expect(records[0]).toEqual(['区分', '項目', '内訳', '値', '非表示項目']);
    const byAgency = records.filter((r) => r[0] === '未回答の依頼（機関別）');
    expect(byAgency).toEqual([
      ['未回答の依頼（機関別）', 'さくら銀行', '未回答', String(dash.tasksByAgency[0].open), ''],
      ['未回答の依頼（機関別）', 'さくら銀行', 'うち期限切れ', String(dash.tasksByAgency[0].overdue), ''],
    ]);
    const open = records.filter((r) => r[0] === '未終結の事案');
    expect(open.map((r) => Number(r[3]))).toEqual(dash.openCases.map((c: { count: number }) => c.count));
    const compliance = Object.fromEntries(records.filter((r) => r[0].startsWith('期限遵守')).map((r) => [r[1], r[3]]));
    expect(compliance).toMatchObject({ 期限到来: String(dash.compliance.due), 未回答: String(dash.compliance.stillOpen) });
    const text = file.toString('utf8');
    expectNoneOf(text, ['みどり銀行', '甲テレコム', '乙モバイル', '東京出入国在留管理局', '甲労働局', '総務省']);

    // The director's file has every agency of the prefecture holding open tasks: a different set.
    const hq = await exportAs('hq.director', DASHBOARD_EXPORT, { format: 'XLSX' });
    const { text: hqText } = await xlsxContent(hq.file);
    expect(hqText).toContain('みどり銀行');
    expect(hqText).toContain('さくら銀行');
  });

  it('only the requester reads or downloads an export: anyone else gets not found, anonymous is refused', async () => {
    const res = await t.gqlAs('sakura.liaison', CASE_EXPORT, { format: 'CSV' });
    const id = res.body.data!.requestCaseExport.id as string;
    await done('sakura.liaison', id);
    for (const other of ['midori.liaison', 'hq.director', 'hq.coordinator', 'chuo.manager']) {
      const dl = await download(other, id);
      expect(dl.status).toBe(404);
      const body = (dl.body as Buffer).toString('utf8');
      expect(body).not.toContain(departureCase.reference);
      const job = await t.gqlAs(other, JOB, { id });
      expect(job.body.data?.exportJob ?? null).toBeNull();
      expect(job.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const mine = await t.gqlAs(other, '{ myExports { nodes { id } } }');
      expect(mine.text).not.toContain(id);
    }
    const never = await download('sakura.liaison', '00000000-0000-4000-8000-000000000000');
    expect(never.status).toBe(404);
    // The 監察 auditor holds no export right at all: refused at the route, for this id as for any.
    for (const target of [id, '00000000-0000-4000-8000-000000000000']) {
      const auditor = await download('auditor', target);
      expect(auditor.status).toBe(403);
      expect((auditor.body as Buffer).toString('utf8')).not.toContain(departureCase.reference);
    }
    const anonymous = await download(null, id);
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as Buffer).toString('utf8')).not.toContain(departureCase.reference);
    const anonymousJob = await t.gql(JOB, { id });
    expect(anonymousJob.body.data?.exportJob ?? null).toBeNull();
    const mine = await t.gqlAs('sakura.liaison', '{ myExports(first: 200) { nodes { id source format state } } }');
    expect(mine.text).toContain(id);
  });

  it('a sort or filter on a field the user may not read is FORBIDDEN before any job exists', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM export_jobs'))[0].n);
    const before = await count();
    const sorted = await t.gqlAs('sakura.liaison', CASE_EXPORT, { format: 'XLSX', sort: { field: 'TITLE', direction: 'ASC' } });
    expect(sorted.body.data?.requestCaseExport ?? null).toBeNull();
    expect(sorted.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectNoneOf(sorted.text, [departureCase.reference, departureCase.title]);
    // The requester's rights are those of the list: a liaison cannot export tasks it cannot read at all.
    const tipline = await t.gqlAs('tipline.receiver', TASK_EXPORT, { format: 'CSV', scope: 'ALL' });
    expect(tipline.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    const denied: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'authz.denied' AND actor_username = 'sakura.liaison' AND 'title' = ANY(fields)`,
    );
    expect(denied[0].n).toBeGreaterThanOrEqual(1);
  });

  it('the audit log has the request and every download, naming the job, never a value', async () => {
    const { job } = await exportAs('sakura.liaison', TASK_EXPORT, { format: 'XLSX', scope: 'MINE' });
    await download('sakura.liaison', job.id);
    const entries: { action: string; actor_username: string; details: Record<string, unknown>; subject_type: string }[] = await t.dataSource.query(
      `SELECT action, actor_username, details, subject_type FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [job.id],
    );
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'exports.job.requested')).toHaveLength(1);
    expect(actions.filter((a) => a === 'exports.job.completed')).toHaveLength(1);
    expect(actions.filter((a) => a === 'exports.job.downloaded')).toHaveLength(2);
    expect(entries.every((e) => e.actor_username === 'sakura.liaison' && e.subject_type === 'ExportJob')).toBe(true);
    expect(entries.find((e) => e.action === 'exports.job.downloaded')!.details).toMatchObject({ source: 'TASKS', format: 'XLSX', sha256: job.sha256 });
    expect(entries.find((e) => e.action === 'exports.job.requested')!.details).toEqual({ source: 'TASKS', format: 'XLSX', params: ['scope'] });
    expectNoneOf(JSON.stringify(entries), [departureCase.reference, '7301245']);
  });

  it('the download names the file in Japanese (RFC 5987) and matches the recorded digest', async () => {
    const { job } = await exportAs('sakura.liaison', CASE_EXPORT, { format: 'CSV' });
    const res = await download('sakura.liaison', job.id);
    expect(res.headers['content-type']).toContain('text/csv');
    // Requested at the test clock's 2026-11-20T01:00Z, i.e. 10:00 in Japan.
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="export-cases-202611201000.csv"; filename*=UTF-8''${encodeURIComponent('事案一覧_202611201000.csv')}`,
    );
    expect(createHash('sha256').update(res.body as Buffer).digest('hex')).toBe(job.sha256);
    expect((res.body as Buffer).length).toBe(job.sizeBytes);
  });

  it('a file expires after the retention (7 days): the job reads EXPIRED and the download is refused', async () => {
    const { job } = await exportAs('sakura.liaison', TASK_EXPORT, { format: 'CSV', scope: 'MINE' });
    const start = t.clock.now();
    try {
      // Signed in afresh at each time (access tokens are short-lived on the moved clock).
      const fetchAs = async () => t.http().get(`/exports/${job.id}/download`).set('authorization', `Bearer ${await t.login('sakura.liaison')}`);
      t.clock.advance(7 * 86_400_000 - 60_000);
      expect((await fetchAs()).status).toBe(200);
      t.clock.advance(60_000);
      const read = await t.gql(JOB, { id: job.id }, await t.login('sakura.liaison'));
      expect(read.body.data!.exportJob).toMatchObject({ state: 'EXPIRED' });
      const refused = await fetchAs();
      expect(refused.status).toBe(404);
      const fileKey = (await t.dataSource.query(`SELECT file_key FROM export_jobs WHERE id = $1`, [job.id]))[0].file_key as string;
      expect(existsSync(`${t.config.attachments.dir}/exports/${fileKey}`)).toBe(false);
    } finally {
      t.clock.set(start);
    }
  });

  it('the hourly housekeeping deletes expired files nobody asks for again, and fails exports a lost worker left running', async () => {
    const exportsService = t.app.get(ExportsService);
    const { job } = await exportAs('sakura.liaison', TASK_EXPORT, { format: 'XLSX', scope: 'MINE' });
    const fileKey = (await t.dataSource.query(`SELECT file_key FROM export_jobs WHERE id = $1`, [job.id]))[0].file_key as string;
    const path = `${t.config.attachments.dir}/exports/${fileKey}`;
    const [{ id: stuck }] = await t.dataSource.query(
      `INSERT INTO export_jobs (source, format, params, state, requested_by, requested_agency_id, created_at, updated_at, started_at)
       SELECT 'TASKS', 'CSV', '{}'::jsonb, 'RUNNING', u.id, u.agency_id, $1, $1, $1 FROM users u WHERE u.username = 'sakura.liaison' RETURNING id::text`,
      [new Date(t.clock.now().getTime() - 2 * 3_600_000)],
    );
    const start = t.clock.now();
    try {
      expect(existsSync(path)).toBe(true);
      const first = await exportsService.maintain();
      expect(first.interrupted).toBe(1);
      expect(existsSync(path)).toBe(true); // still within its retention
      t.clock.advance(7 * 86_400_000 + 1);
      const second = await exportsService.maintain();
      expect(second.expired).toBeGreaterThanOrEqual(1);
      expect(existsSync(path)).toBe(false);
      const rows = await t.dataSource.query(`SELECT id::text, state, error_code FROM export_jobs WHERE id = ANY($1::uuid[]) ORDER BY id`, [[job.id, stuck]]);
      expect(rows).toEqual(expect.arrayContaining([
        { id: job.id, state: 'EXPIRED', error_code: null },
        { id: stuck, state: 'FAILED', error_code: 'INTERRUPTED' },
      ]));
    } finally {
      t.clock.set(start);
    }
  });

  it('the job runs as the requester as of now: a requester disabled since the request fails the export and no file is written', async () => {
    const exportsService = t.app.get(ExportsService);
    const { id: userId, agency_id: agencyId } = (await t.dataSource.query(`SELECT id::text, agency_id::text FROM users WHERE username = 'midori.liaison'`))[0];
    const queued = async () =>
      (await t.dataSource.query(
        `INSERT INTO export_jobs (source, format, params, state, requested_by, requested_agency_id, created_at, updated_at)
         VALUES ('CASES', 'CSV', '{"filter":{},"sort":{"field":"filedAt","direction":"DESC"}}', 'QUEUED', $1, $2, now(), now()) RETURNING id::text`,
        [userId, agencyId],
      ))[0].id as string;
    // Active: the same run writes the file.
    const ok = await exportsService.run(await queued());
    expect(ok).toMatchObject({ state: 'DONE', rowCount: 1, errorCode: null });
    await t.dataSource.query(`UPDATE users SET active = false, authz_version = authz_version + 1 WHERE id = $1`, [userId]);
    try {
      const failed = await exportsService.run(await queued());
      expect(failed).toMatchObject({ state: 'FAILED', errorCode: 'REQUESTER_INACTIVE', fileKey: null, rowCount: 0 });
    } finally {
      await t.dataSource.query(`UPDATE users SET active = true, authz_version = authz_version + 1 WHERE id = $1`, [userId]);
    }
  });
});

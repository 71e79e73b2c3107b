import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { loadConfig } from '@renkei/core';
import { CallForwardingQueue } from '@renkei/case-call-forwarding';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { startTestApp, type TestApp } from '../setup/test-app';

const PROVIDER = '合同会社ブルーライン転送';
const IMPORT = `query($id: ID!) { forwardingImport(id: $id) { id state totalRows processedRows importedRows errorCount errors { line reason } failure allOrNothing } }`;
const NUMBERS = `query($id: ID!) { case(id: $id) { forwardingProvider { numbers { number carrierAgencyId usage contractHolder } } } }`;
const HOLDERS = `{ forwardingContractHolders { threshold holders { contractHolder numberCount caseCount refusalRecommended } } }`;

/** 2,000 rows: fixed / 050 / mobile, alternating carriers, every third a stock number; holder A on 5 rows, B on 2. */
function generatedCsv(rows: number): { csv: string; kotel: string[]; otsu: string[] } {
  const lines = ['number,type,carrier,usage,contract_holder'];
  const kotel: string[] = [];
  const otsu: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    const kind = i % 3;
    const [local, e164, type] =
      kind === 0 ? [`03-${6000 + Math.floor(i / 3)}-0001`, `+813${6000 + Math.floor(i / 3)}0001`, 'fixed']
      : kind === 1 ? [`050-31${String(i).padStart(4, '0')}-1`.replace(/-1$/, '01'), `+815031${String(i).padStart(4, '0')}01`, '050']
      : [`090-8${String(i).padStart(4, '0')}-001`, `+81908${String(i).padStart(4, '0')}001`, 'mobile'];
    const carrier = i % 2 === 0 ? 'kotel' : 'otsu-mobile';
    (carrier === 'kotel' ? kotel : otsu).push(e164);
    const holder = i < 5 ? '株式会社ホルダーA' : i < 7 ? '株式会社ホルダーB' : '';
    lines.push(`${local},${type},${carrier},${i % 3 === 2 ? 'stock' : 'fraud'},${holder}`);
  }
  return { csv: `${lines.join('\n')}\n`, kotel, otsu };
}

describe('CSV import of a provider’s numbers through the worker role (all-or-nothing)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let caseId = '';
  const agencies = new Map<string, string>();
  const as = (u: string) => t.as(u);
  const gql = (u: string, q: string, v: Record<string, unknown> = {}) => t.gqlAs(u, q, v);
  const upload = async (u: string, csv: string) =>
    t.http().post('/forwarding-imports').set('authorization', `Bearer ${await as(u)}`).field('caseId', caseId).attach('file', Buffer.from(csv), 'numbers.csv');
  const settled = async (id: string) => {
    for (let i = 0; i < 300; i += 1) {
      const res = await gql('chuo.manager', IMPORT, { id });
      const imp = res.body.data?.forwardingImport;
      if (imp && (imp.state === 'SUCCEEDED' || imp.state === 'FAILED')) return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  };
  const numberCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM forwarding_numbers WHERE case_id = $1`, [caseId]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
    caseId = (await t.dataSource.query(`SELECT case_id FROM forwarding_providers WHERE name = $1`, [PROVIDER]))[0].case_id;
    const config = loadConfig({
      NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl, REDIS_URL: t.config.redisUrl, REDIS_PREFIX: t.config.redisPrefix,
      ATTACHMENTS_DIR: t.config.attachments.dir, LOG_LEVEL: 'silent',
    });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('a file with bad rows on lines 3 and 7 imports nothing and reports exactly those lines', async () => {
    const before = await numberCount();
    const csv = [
      'number,type,carrier,usage',
      '03-6999-0001,fixed,kotel,fraud',
      '12345,fixed,kotel,fraud',
      '03-6999-0002,fixed,kotel,stock',
      '050-3999-0001,050,otsu-mobile,stock',
      '090-8999-0001,mobile,otsu-mobile,fraud',
      '03-6999-0003,fixed,no-such-carrier,fraud',
      '03-6999-0004,fixed,kotel,fraud',
    ].join('\n');
    const res = await upload('chuo.manager', csv);
    expect(res.status).toBe(201);
    // The worker may have finished already: the state is whatever the row says now.
    expect(res.body).toMatchObject({ id: expect.any(String), caseId, allOrNothing: true });
    const imp = await settled(res.body.id);
    expect(imp).toMatchObject({ state: 'FAILED', totalRows: 7, processedRows: 7, importedRows: 0, errorCount: 2, failure: null, allOrNothing: true });
    expect(imp.errors).toEqual([{ line: 3, reason: 'INVALID_NUMBER' }, { line: 7, reason: 'UNKNOWN_CARRIER' }]);
    expect(await numberCount()).toBe(before);
  });

  it('imports 2,000 rows: progress reaches the total; police see them all, each carrier only its own', async () => {
    const before = await numberCount();
    const { csv, kotel, otsu } = generatedCsv(2_000);
    const res = await upload('chuo.manager', csv);
    expect(res.status).toBe(201);
    const imp = await settled(res.body.id);
    expect(imp).toMatchObject({ state: 'SUCCEEDED', totalRows: 2_000, processedRows: 2_000, importedRows: 2_000, errorCount: 0, errors: [] });
    const job = await worker.get<Queue>(getQueueToken(CallForwardingQueue.IMPORTS)).getJob(`forwarding-import-${res.body.id}`);
    expect(job?.progress).toEqual({ processed: 2_000, total: 2_000 });
    expect(await numberCount()).toBe(before + 2_000);

    const police = await gql('chuo.manager', NUMBERS, { id: caseId });
    expect(police.body.errors).toBeUndefined();
    const seen = new Set(police.body.data!.case.forwardingProvider.numbers.map((n: { number: string }) => n.number));
    for (const n of [...kotel, ...otsu]) expect(seen.has(n)).toBe(true);

    const carrier = await gql('kotel.liaison', NUMBERS, { id: caseId });
    expect(carrier.body.errors).toBeUndefined();
    const own = carrier.body.data!.case.forwardingProvider.numbers as { number: string; carrierAgencyId: string }[];
    expect(own.every((n) => n.carrierAgencyId === agencies.get('kotel'))).toBe(true);
    expect(own.length).toBe(kotel.length + 1);
    for (const n of otsu.slice(0, 200)) expect(carrier.text.includes(n)).toBe(false);
  });

  it('only users who may write the case’s numbers import or follow an import', async () => {
    const res = await upload('kotel.liaison', 'number,type,carrier,usage\n03-6888-0001,fixed,kotel,fraud\n');
    expect(res.status).toBe(403);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM forwarding_imports ORDER BY created_at DESC LIMIT 1`);
    const peek = await gql('kotel.liaison', IMPORT, { id });
    expect(peek.body.data?.forwardingImport ?? null).toBeNull();
    expect(peek.text).not.toContain('INVALID_NUMBER');
  });

  it('counts numbers per contract holder and flags the holders at or over the threshold (police only)', async () => {
    const res = await gql('chuo.manager', HOLDERS);
    expect(res.body.errors).toBeUndefined();
    const h = res.body.data!.forwardingContractHolders;
    expect(h.threshold).toBe(3);
    expect(h.holders).toEqual(
      expect.arrayContaining([
        { contractHolder: '株式会社ホルダーA', numberCount: 5, caseCount: 1, refusalRecommended: true },
        { contractHolder: '株式会社ホルダーB', numberCount: 2, caseCount: 1, refusalRecommended: false },
      ]),
    );
    // The cases behind each count, read through the case rules (the page links to them).
    const withCases = await gql('chuo.manager', '{ forwardingContractHolders { holders { contractHolder cases { id reference } } } }');
    expect(withCases.body.errors).toBeUndefined();
    const a = withCases.body.data!.forwardingContractHolders.holders.find((x: { contractHolder: string }) => x.contractHolder === '株式会社ホルダーA');
    expect(a.cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(a.cases[0].reference).toMatch(/\S/);
    // 港署 reads no number of 中央署's case, so it counts nothing and names no case.
    const other = await gql('minato.manager', '{ forwardingContractHolders { holders { contractHolder cases { id } } } }');
    expect(other.body.errors).toBeUndefined();
    expect(other.text).not.toContain('ホルダーA');
    expect(other.text).not.toContain(caseId);
    const carrier = await gql('kotel.liaison', HOLDERS);
    expect(carrier.body.data?.forwardingContractHolders ?? null).toBeNull();
    expect(carrier.text).not.toContain('ホルダーA');
  });

  it('restricts every stock number in one batch and asks each carrier about only its own stock numbers', async () => {
    const res = await gql('chuo.manager', `mutation($id: ID!) { restrictStockNumbers(caseId: $id) { restrictedCount taskIds } }`, { id: caseId });
    expect(res.body.errors).toBeUndefined();
    const { restrictedCount, taskIds } = res.body.data!.restrictStockNumbers;
    const [{ n: stock }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM forwarding_numbers WHERE case_id = $1 AND usage = 'STOCK'`, [caseId]);
    expect(restrictedCount).toBe(stock);
    const [{ n: unrestricted }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forwarding_numbers WHERE case_id = $1 AND usage = 'STOCK' AND restricted_at IS NULL`, [caseId],
    );
    expect(unrestricted).toBe(0);
    expect(taskIds).toHaveLength(2);
    const tasks = await t.dataSource.query(`SELECT id, agency_id::text AS agency, scope_refs FROM tasks WHERE id = ANY($1::uuid[])`, [taskIds]);
    expect(tasks.map((x: { agency: string }) => x.agency).sort()).toEqual([agencies.get('kotel'), agencies.get('otsu-mobile')].sort());
    for (const task of tasks) {
      const covered = await t.dataSource.query(`SELECT carrier_agency_id::text AS carrier, usage FROM forwarding_numbers WHERE suspension_task_id = $1`, [task.id]);
      expect(covered.length).toBeGreaterThan(0);
      expect(covered.length).toBe(task.scope_refs.length);
      expect(covered.every((n: { carrier: string; usage: string }) => n.carrier === task.agency && n.usage === 'STOCK')).toBe(true);
    }
    // Fraud-used numbers were not part of the batch.
    const [{ n: fraudRequested }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forwarding_numbers WHERE suspension_task_id = ANY($1::uuid[]) AND usage <> 'STOCK'`, [taskIds],
    );
    expect(fraudRequested).toBe(0);
  });
});

import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@renkei/core';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { runImportScenario, writeForwardingCsv } from '../../bench/lib/import';
import { runNotificationScenario } from '../../bench/lib/notifications';
import type { BenchWorld } from '../../bench/lib/types';
import { startTestApp, type TestApp } from '../setup/test-app';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bench scenarios 6 and 7 on small sizes, against the API listening on a real port and the
 * worker role booted in this process (so the sampled "worker" RSS is this process's).
 */
describe('bench: the import and notification scenarios', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: BenchWorld;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const config = loadConfig({
      NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl, REDIS_URL: t.config.redisUrl, REDIS_PREFIX: t.config.redisPrefix,
      ATTACHMENTS_DIR: t.config.attachments.dir, LOG_LEVEL: 'silent',
    });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
    if (!process.env.RENKEI_TEST_LOGS) worker.useLogger(false);
    await worker.init();
    world = {
      mode: 'smoke',
      databaseUrl: t.config.databaseUrl,
      redisUrl: t.config.redisUrl,
      apiUrl: `http://127.0.0.1:${port}`,
      token: (username) => t.as(username),
      log: () => undefined,
    };
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('generates distinct, well-formed numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renkei-flow-'));
    try {
      await writeForwardingCsv(join(dir, 'n.csv'), 3_000);
      const lines = readFileSync(join(dir, 'n.csv'), 'utf8').trim().split('\n');
      expect(lines).toHaveLength(3_001);
      expect(lines[0]).toBe('number,type,carrier,usage,contract_holder');
      expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(3_000);
      expect(lines[1]).toBe('03-5000-0000,fixed,kotel,stock,株式会社ベンチ0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('6-import: imports every row through POST /forwarding-imports and the worker, with time and RSS', async () => {
    const [{ n: before }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forwarding_numbers f JOIN forwarding_providers p ON p.case_id = f.case_id WHERE p.name = '合同会社ブルーライン転送'`,
    );
    const r = await runImportScenario(world, 2_000, process.pid);
    expect(r.id).toBe('6-import');
    expect(r.extra).toMatchObject({ imported: 2_000 });
    expect(r.extra!.elapsedS).toBeGreaterThan(0);
    expect(r.extra!.peakRssMb).toBeGreaterThanOrEqual(r.extra!.baselineRssMb as number);
    expect(r.extra!.baselineRssMb).toBeGreaterThan(20);
    const [{ n: after }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forwarding_numbers f JOIN forwarding_providers p ON p.case_id = f.case_id WHERE p.name = '合同会社ブルーライン転送'`,
    );
    expect(after - before).toBe(2_000);
    // A second run on the same world goes on where the first stopped (no duplicate numbers).
    const again = await runImportScenario(world, 300, process.pid);
    expect(again.extra).toMatchObject({ imported: 300 });
  });

  it('6-import: fails without a worker process to sample', async () => {
    await expect(runImportScenario(world, 10, 0)).rejects.toThrow(/worker process id/);
  });

  it('7-notifications: every event relayed and delivered exactly once, with rate and delays', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications`);
    const r = await runNotificationScenario(world, 200, process.pid, { redisPrefix: t.config.redisPrefix, ratePerS: 400, warmupEvents: 20 });
    expect(r.id).toBe('7-notifications');
    const extra = r.extra!;
    expect(extra.events).toBe(200);
    expect(extra.notifications).toBe(200 * (extra.recipientsPerEvent as number));
    expect(extra.delaySamples).toBe(200);
    expect(extra.jobRepeats).toBe(0);
    expect(extra.failedJobs).toBe(0);
    expect(extra.deliveredByJobs).toBe(extra.notifications);
    expect(r.throughput).toBeGreaterThan(0);
    expect(r.p50Ms).toBeGreaterThanOrEqual(0);
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms!);
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications`);
    expect(after - before).toBe((extra.notifications as number) + 20 * (extra.recipientsPerEvent as number)); // with the warm-up's
    const [{ n: pending }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`);
    expect(pending).toBe(0);
  });

  it('7-notifications: fails the scenario when deliveries do not arrive', async () => {
    // A prefix no worker listens on: the nudges reach nobody, and the worker's own relay (on the
    // real prefix) delivers them; the events are watched on the wrong queue, so they never count.
    // What must fail is the wait, not the check: a short timeout proves the scenario throws.
    await expect(runNotificationScenario(world, 5, process.pid, { redisPrefix: 'renkei-test-nobody', timeoutS: 0.5, warmupEvents: 0 })).rejects.toThrow(/7-notifications/);
  });
});

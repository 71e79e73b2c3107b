/**
 * Benchmark: a 100,000-row CSV import of forwarding numbers through the real processor
 * (the worker role's ForwardingImportJob, BullMQ on Redis, PostgreSQL), measuring elapsed time
 * and peak RSS of this (worker) process. Starts its own embedded PostgreSQL and redis-server.
 *
 *   npm run build && npx tsc -p bench/tsconfig.json && node dist/bench/import-numbers.js [rows]
 *
 * It loads the compiled app from dist/ (hence plain `node`, no ts-node).
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const dist = (p: string) => join(ROOT, 'dist', p);
/* eslint-disable @typescript-eslint/no-require-imports */
require('reflect-metadata');

interface LocalService { url: string; stop(): Promise<void> }
interface Local {
  freePort(): Promise<number>;
  startEmbeddedPostgres(o: { dataDir: string; port: number; database: string }): Promise<LocalService>;
  startRedis(o: { port: number }): Promise<LocalService>;
}
interface AppContext { get<T = unknown>(token: unknown): T; init(): Promise<unknown>; close(): Promise<void> }
interface Job { id?: string; progress: unknown; returnvalue: unknown; waitUntilFinished(events: unknown, ttl?: number): Promise<unknown> }
interface Queue { add(name: string, data: unknown, opts?: unknown): Promise<Job>; close(): Promise<void> }
interface Db { query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

const local = require(dist('apps/api/src/dev/local-services.js')) as Local;
const { runMigrations } = require(dist('apps/api/src/cli/cli-context.js')) as { runMigrations(url: string): Promise<string[]> };
const { seedDemo } = require(dist('apps/api/src/cli/seed-demo.js')) as { seedDemo(url: string): Promise<unknown> };
const { loadConfig } = require(dist('libs/core/src/index.js')) as { loadConfig(env: Record<string, string>): { redisUrl: string; redisPrefix: string } };
const { WorkerModule } = require(dist('apps/api/src/worker.module.js')) as { WorkerModule: { forRoot(c: unknown): unknown } };
const { CallForwardingQueue, CallForwardingJob } = require(dist('libs/case-call-forwarding/src/index.js')) as {
  CallForwardingQueue: { IMPORTS: string }; CallForwardingJob: { IMPORT_NUMBERS: string };
};
const { NestFactory } = require('@nestjs/core') as { NestFactory: { createApplicationContext(m: unknown, o: unknown): Promise<AppContext> } };
const { getQueueToken } = require('@nestjs/bullmq') as { getQueueToken(name: string): string };
const { QueueEvents } = require('bullmq') as { QueueEvents: new (name: string, o: unknown) => { waitUntilReady(): Promise<unknown>; close(): Promise<void> } };
const { DataSource } = require('typeorm') as { DataSource: new (...a: unknown[]) => Db };

const MB = 1024 * 1024;

/** Fixed 03-5xxx-xxxx, 050-1xxx-xxxx, 090-1xxx-xxxx: valid and distinct for i < 10,000,000. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('number,type,carrier,usage,contract_holder\n');
  for (let i = 0; i < rows; i += 1) {
    const n = String(i).padStart(7, '0');
    const line =
      i % 3 === 0 ? `03-5${n.slice(0, 3)}-${n.slice(3)},fixed` : i % 3 === 1 ? `050-1${n.slice(0, 3)}-${n.slice(3)},050` : `090-1${n.slice(0, 3)}-${n.slice(3)},mobile`;
    const holder = i % 1000 === 0 ? `株式会社ベンチ${i % 7}` : '';
    if (!out.write(`${line},${i % 2 === 0 ? 'kotel' : 'otsu-mobile'},${i % 4 === 0 ? 'stock' : 'fraud'},${holder}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const base = mkdtempSync(join(tmpdir(), 'renkei-bench-'));
  const services: LocalService[] = [];
  let app: AppContext | null = null;
  try {
    const pg = await local.startEmbeddedPostgres({ dataDir: join(base, 'pg'), port: await local.freePort(), database: 'renkei_bench' });
    services.push(pg);
    const redis = await local.startRedis({ port: await local.freePort() });
    services.push(redis);
    await runMigrations(pg.url);
    await seedDemo(pg.url);

    const attachments = join(base, 'files');
    const key = randomBytes(16).toString('hex');
    mkdirSync(join(attachments, 'forwarding-imports'), { recursive: true });
    const t0 = Date.now();
    await writeCsv(join(attachments, 'forwarding-imports', key), rows);
    process.stdout.write(`generated ${rows} rows in ${Date.now() - t0} ms\n`);

    const config = loadConfig({
      NODE_ENV: 'development', DATABASE_URL: pg.url, REDIS_URL: redis.url, REDIS_PREFIX: 'renkei-bench', ATTACHMENTS_DIR: attachments, LOG_LEVEL: 'warn',
    });
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
    await app.init();
    const db = app.get<Db>(DataSource);
    const [c] = await db.query(`SELECT p.case_id, u.id AS user_id FROM forwarding_providers p, users u WHERE p.name = '合同会社ブルーライン転送' AND u.username = 'chuo.manager'`);
    const [imp] = await db.query(
      `INSERT INTO forwarding_imports (case_id, file_key, file_name, created_by, created_at, updated_at) VALUES ($1, $2, 'bench.csv', $3, now(), now()) RETURNING id`,
      [c.case_id, key, c.user_id],
    );
    const events = new QueueEvents(CallForwardingQueue.IMPORTS, { connection: { url: config.redisUrl }, prefix: config.redisPrefix });
    await events.waitUntilReady();
    const queue = app.get<Queue>(getQueueToken(CallForwardingQueue.IMPORTS));

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = process.hrtime.bigint();
    const job = await queue.add(CallForwardingJob.IMPORT_NUMBERS, { importId: imp.id }, { jobId: `forwarding-import-${String(imp.id)}` });
    const result = await job.waitUntilFinished(events, 600_000);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const [after] = await db.query(`SELECT state, total_rows, processed_rows, imported_rows, error_count, errors FROM forwarding_imports WHERE id = $1`, [imp.id]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM forwarding_numbers WHERE case_id = $1`, [c.case_id]);
    process.stdout.write(
      [
        `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / MB)} MB RAM, node ${process.version}`,
        `job result: ${JSON.stringify(result)}`,
        `import row: ${JSON.stringify({ ...after, errors: (after.errors as unknown[]).slice(0, 5) })}`,
        `numbers in the case now: ${String(n)}`,
        `elapsed (enqueue → job finished): ${(elapsedMs / 1000).toFixed(2)} s`,
        `RSS of the worker process: baseline ${(baseline / MB).toFixed(0)} MB, peak during the import ${(peak / MB).toFixed(0)} MB (+${((peak - baseline) / MB).toFixed(0)} MB)`,
        `process maxRSS (whole run, incl. boot): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
        '',
      ].join('\n'),
    );
    await events.close();
    if (after.state !== 'SUCCEEDED') process.exitCode = 1;
  } finally {
    await app?.close();
    for (const s of services.reverse()) await s.stop().catch(() => undefined);
    rmSync(base, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

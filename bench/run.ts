/**
 * `npm run bench` (quick), `npm run bench -- --full`, `npm run bench -- --smoke` (CI): brings up
 * its own PostgreSQL and Redis, generates data, starts the API and the worker as `npm start`
 * does, measures every scenario of issue 8 with its baselines in the same run, and writes
 * bench/results/<timestamp>.json and the latest table of docs/PERFORMANCE.md (not in smoke mode).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { generateData } from './lib/generate';
import { startBaselineProcess } from './lib/floor-server';
import { countStatements } from './lib/statements';
import { runImportScenario } from './lib/import';
import { runNotificationScenario } from './lib/notifications';
import { demoLogin, gqlTarget, round, runHttp } from './lib/http';
import { CASE_LIST, INBOX, LOGIN_QUERY, dashboard, departureDetail } from './lib/scenarios';
import { evaluateBudget, toMarkdown, writePerformanceDoc, type BenchRun, type Machine } from './lib/report';
import { startApp, startServices } from './lib/world';
import { SIZES, type BenchMode, type GqlRequest, type ScenarioResult } from './lib/types';
import { DEMO_PASSWORD } from '@renkei/identity';

/** The repository root: this file runs as dist/bench/run.js. */
const ROOT = join(__dirname, '..', '..');
const log = (m: string) => process.stdout.write(`[bench] ${m}\n`);

function parseMode(argv: string[]): BenchMode {
  const known = new Set(['--full', '--smoke', '--quick']);
  for (const a of argv) if (!known.has(a)) throw new Error(`unknown argument ${a} (use --quick, --full or --smoke)`);
  return argv.includes('--full') ? 'full' : argv.includes('--smoke') ? 'smoke' : 'quick';
}

async function machine(databaseUrl: string): Promise<Machine> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ server_version: pg }] = (await db.query('SHOW server_version')).rows as { server_version: string }[];
  await db.end();
  let redis = 'unknown';
  try {
    redis = execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? redis;
  } catch {
    // reported as unknown
  }
  return { cpus: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: `PostgreSQL ${pg}`, redis };
}

async function main(): Promise<void> {
  const mode = parseMode(process.argv.slice(2));
  const size = SIZES[mode];
  const startedAt = new Date();
  log(`mode ${mode}: ${size.cases} cases, ${size.tasks} tasks, ${size.durationS} s per HTTP scenario`);

  const services = await startServices(log);
  const stops: (() => Promise<void>)[] = [() => services.stop()];
  const results: ScenarioResult[] = [];
  try {
    const t0 = Date.now();
    const data = await generateData(services.databaseUrl, size, log);
    const generateS = round((Date.now() - t0) / 1000);
    log(`generated ${data.cases} cases and ${data.tasks} tasks in ${generateS} s`);

    const world = await startApp(mode, services, log);
    stops.unshift(() => world.stop());
    // The baselines in processes of their own, like the API (never sharing autocannon's event loop).
    const baseEnv = { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    const floor = await startBaselineProcess(join(__dirname, 'lib/floor-server.js'), baseEnv, log);
    stops.unshift(() => floor.close());
    const open = await startBaselineProcess(join(__dirname, 'lib/allow-all.js'), baseEnv, log);
    stops.unshift(() => open.close());

    const http = { connections: 32, durationS: size.durationS };
    const departure = departureDetail(data.departureCaseId);
    const hqDash = dashboard('hq.director');
    const bankDash = dashboard('sakura.liaison');
    // The allow-everything app signs its own tokens (same secret and users): log in there too.
    const openToken = (username: string) => demoLogin(open.url, username);

    const scenario = async (id: string, title: string, req: GqlRequest, base = world.apiUrl, token?: string) => {
      log(`scenario ${id}`);
      const r = await runHttp(gqlTarget(base, req, token ?? (await world.token(req.username)), { id, title, ...http }));
      results.push(r);
      log(`  ${r.throughput} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}`);
    };

    await scenario('1-inbox', 'myTasks, 50 items, as sakura.liaison', INBOX);
    await scenario('1-inbox-allow-all', 'the same, authorization off', INBOX, open.url, await openToken(INBOX.username));
    await scenario('2-case-list', 'cases, 50 with tasks, as hq.director', CASE_LIST);
    await scenario('2-case-list-allow-all', 'the same, authorization off', CASE_LIST, open.url, await openToken(CASE_LIST.username));
    log('scenario 2-case-list-floor');
    results.push(await runHttp({ id: '2-case-list-floor', title: 'the floor: node:http + pg, hand-written SQL', url: `${floor.url}/cases?first=50`, ...http }));
    await scenario('3-departure', 'departure case, 20 accounts + 20 phones, as sakura.liaison', departure);
    await scenario('3-departure-allow-all', 'the same, authorization off', departure, open.url, await openToken(departure.username));
    log('scenario 3-departure-floor');
    results.push(await runHttp({ id: '3-departure-floor', title: 'the floor: node:http + pg, hand-written SQL', url: `${floor.url}/departure/${data.departureCaseId}`, ...http }));
    // The dashboard is an aggregate screen: 8 connections (a room of HQ officials), not 32.
    const dash = { connections: 8, durationS: size.durationS };
    for (const [id, title, req] of [['4-dashboard-hq', 'dashboard, 30 days, as hq.director', hqDash], ['4-dashboard-liaison', 'dashboard, 30 days, as sakura.liaison', bankDash]] as const) {
      log(`scenario ${id}`);
      const r = await runHttp(gqlTarget(world.apiUrl, req, await world.token(req.username), { id, title, ...dash }));
      results.push(r);
      log(`  ${r.throughput} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}`);
    }
    log('scenario 5-login');
    results.push(
      await runHttp(
        gqlTarget(world.apiUrl, { username: 'chuo.manager', query: LOGIN_QUERY, variables: { u: 'chuo.manager', p: DEMO_PASSWORD } }, null, {
          id: '5-login', title: 'login (argon2id)', connections: 8, durationS: size.durationS,
        }),
      ),
    );

    log('statements per request');
    const counted: [string, string, GqlRequest][] = [
      ['statements-1-inbox', 'SQL statements: inbox, 50', INBOX],
      ['statements-2-case-list-5', 'SQL statements: case list, 5', { ...CASE_LIST, variables: { first: 5 } }],
      ['statements-2-case-list-50', 'SQL statements: case list, 50', CASE_LIST],
      ['statements-3-departure', 'SQL statements: departure detail', departure],
      ['statements-4-dashboard-hq', 'SQL statements: dashboard (HQ)', hqDash],
    ];
    const counts = await countStatements(services.databaseUrl, services.redisUrl, counted.map(([, , r]) => r));
    counted.forEach(([id, title], i) => results.push({ id, title, statements: counts[i] }));

    log('scenario 6-import');
    const imp = await runImportScenario(world, size.importRows, world.workerPid);
    results.push({ ...imp, extra: { ...imp.extra, rows: size.importRows } });
    log('scenario 7-notifications');
    results.push(await runNotificationScenario(world, size.events, world.workerPid));

    const run: BenchRun = {
      startedAt: startedAt.toISOString(),
      mode,
      machine: await machine(services.databaseUrl),
      data: { cases: data.cases, tasks: data.tasks, generateS },
      results,
      budget: evaluateBudget(mode, results),
    };
    const dir = join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}-${mode}.json`);
    writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
    const markdown = toMarkdown(run, relative(ROOT, file));
    process.stdout.write(`\n${markdown}\n\n`);
    if (mode !== 'smoke') {
      writePerformanceDoc(join(ROOT, 'docs/PERFORMANCE.md'), markdown);
      log('docs/PERFORMANCE.md updated');
    }
    log(`results: ${relative(ROOT, file)}`);
    const failed = results.filter((r) => (r.errors ?? 0) > 0);
    if (failed.length) throw new Error(`errors under load in ${failed.map((r) => r.id).join(', ')}`);
  } finally {
    for (const stop of stops) await stop().catch((e: unknown) => log(`stop failed: ${String(e)}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

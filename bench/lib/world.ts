import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../apps/api/src/cli/cli-context';
import { seedDemo } from '../../apps/api/src/cli/seed-demo';
import { freePort, startEmbeddedPostgres, startRedis, type LocalService } from '../../apps/api/src/dev/local-services';
import { demoLogin } from './http';
import { stopChild } from './processes';

export { stopChild };
import type { BenchMode, BenchWorld } from './types';

/** dist/ of this build: bench/lib/world.js sits at dist/bench/lib. */
const DIST = join(__dirname, '..', '..');

export interface RunningWorld extends BenchWorld {
  apiPid: number;
  workerPid: number;
  /** Everything this run started, in reverse order. */
  stop(): Promise<void>;
}

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  /** One random secret per run: every API process of the run accepts the others' tokens. */
  tokenSecret: string;
  stop(): Promise<void>;
}

/** A private embedded PostgreSQL (in a temp dir) and redis-server, migrated, with the demo world. */
export async function startServices(log: (m: string) => void): Promise<Services> {
  const dataDir = mkdtempSync(join(tmpdir(), 'renkei-bench-pg-'));
  const started: LocalService[] = [];
  // PostgreSQL's own log lines stay out of the bench's output.
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'renkei_bench', log: () => undefined });
  started.push(pg);
  const redis = await startRedis({ port: await freePort(), log: () => undefined });
  started.push(redis);
  const applied = await runMigrations(pg.url);
  log(`migrations applied: ${applied.length}`);
  const seeded = await seedDemo(pg.url);
  log(`demo world loaded (${seeded.users} users)`);
  return {
    databaseUrl: pg.url,
    redisUrl: redis.url,
    tokenSecret: randomBytes(32).toString('hex'),
    async stop() {
      for (const s of started.reverse()) await s.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function spawnRole(file: string, env: NodeJS.ProcessEnv, log: (m: string) => void): ChildProcess {
  const child = spawn(process.execPath, [join(DIST, 'apps/api/src', file)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (b: Buffer) => log(`${file}: ${b.toString().trim().slice(0, 500)}`));
  return child;
}

export async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}) before answering /health`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not answer /health within 60 s');
}


/**
 * The environment of an API or worker process of the bench: production settings (GraphQL's
 * development-only checks off, as deployed), the run's token secret, logs at warn, demo data not
 * reloaded. The demo users were seeded by the bench itself (startServices), so they log in.
 */
export function roleEnv(services: Services, port: number, attachmentsDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_TOKEN_SECRET: services.tokenSecret,
    PORT: String(port),
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    ATTACHMENTS_DIR: attachmentsDir,
  };
}

export async function startApp(mode: BenchMode, services: Services, log: (m: string) => void): Promise<RunningWorld> {
  const port = await freePort();
  const env = roleEnv(services, port, mkdtempSync(join(tmpdir(), 'renkei-bench-files-')));
  const api = spawnRole('main.js', env, log);
  const worker = spawnRole('worker.js', env, log);
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitHealthy(apiUrl, api);
  const tokens = new Map<string, string>();
  return {
    mode,
    databaseUrl: services.databaseUrl,
    redisUrl: services.redisUrl,
    apiUrl,
    apiPid: api.pid!,
    workerPid: worker.pid!,
    log,
    async token(username: string) {
      const known = tokens.get(username);
      if (known) return known;
      const token = await demoLogin(apiUrl, username);
      tokens.set(username, token);
      return token;
    },
    async stop() {
      await Promise.all([stopChild(api), stopChild(worker)]);
      rmSync(env.ATTACHMENTS_DIR!, { recursive: true, force: true });
    },
  };
}

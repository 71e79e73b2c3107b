import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@renkei/core';
import { DATA_DIR, DEV_PG_PORT, DEV_REDIS_PORT, runMigrations } from '../cli/cli-context';
import { seedDemo } from '../cli/seed-demo';
import { startEmbeddedPostgres, startRedis, type LocalService } from './local-services';
import { findWebDist } from '../web/web-client.middleware';

/**
 * `npm start`: the whole system on one machine. PostgreSQL from DATABASE_URL or embedded;
 * Redis from REDIS_URL or a private redis-server; migrations; demo data; then the API and the
 * worker as child processes; the API serves the web client built by `npm run build` (apps/web/dist).
 * Ctrl-C stops everything this command started.
 */
const say = (m: string) => process.stdout.write(`[renkei] ${m}\n`);

async function main(): Promise<void> {
  const services: LocalService[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const service of services.reverse()) {
      if (service.owned) await service.stop().catch(() => undefined);
    }
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const nodeEnv = process.env.NODE_ENV ?? 'development';
    // Demo data by default on a development machine; the config schema parses the value.
    const demoData = process.env.DEMO_DATA ?? (nodeEnv === 'production' ? 'false' : 'true');

    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      say(`starting embedded PostgreSQL on 127.0.0.1:${DEV_PG_PORT} (data in .data/pg)`);
      const pg = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'pg'), port: DEV_PG_PORT, database: 'renkei' });
      services.push(pg);
      databaseUrl = pg.url;
      if (!pg.owned) say('reusing the PostgreSQL already listening on that port');
    }
    let redisUrl = process.env.REDIS_URL;
    if (!redisUrl) {
      say(`starting redis-server on 127.0.0.1:${DEV_REDIS_PORT} (AOF in .data/redis)`);
      const redis = await startRedis({ port: DEV_REDIS_PORT, dataDir: join(DATA_DIR, 'redis') });
      services.push(redis);
      redisUrl = redis.url;
    }

    const env = { ...process.env, NODE_ENV: nodeEnv, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DEMO_DATA: demoData };
    // Validate once here, so a bad setting is reported before anything else starts.
    const config = loadConfig(env);

    const applied = await runMigrations(databaseUrl);
    say(applied.length ? `migrations applied: ${applied.length}` : 'schema is up to date');
    if (config.demoData) {
      const seeded = await seedDemo(databaseUrl);
      say(seeded.users || seeded.parts.length ? `demo data loaded (${seeded.users} users${seeded.parts.length ? `; ${seeded.parts.join(', ')}` : ''})` : 'demo data already present');
    }

    const dist = join(__dirname, '..');
    for (const [name, file] of [['api', 'main.js'], ['worker', 'worker.js']] as const) {
      const child = spawn(process.execPath, [join(dist, file)], { env, stdio: 'inherit' });
      child.once('exit', (code, signal) => {
        if (!stopping) {
          say(`${name} exited (${signal ?? code}); stopping the rest`);
          void shutdown(code ?? 1);
        }
      });
      children.push(child);
    }
    if (findWebDist()) say(`web client: http://localhost:${config.port}/`);
    else say('web client not built: run `npm run build:web` (npm start builds it)');
    say(`GraphQL: http://localhost:${config.port}/graphql  ·  health: http://localhost:${config.port}/health`);
    if (config.demoData) say('demo logins: see README (password renkei-demo-2026)');
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
  }
}

void main();

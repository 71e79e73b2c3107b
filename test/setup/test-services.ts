import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type * as LocalServices from '../../apps/api/src/dev/local-services';

type LocalService = LocalServices.LocalService;

declare global {
  var __RENKEI_TEST_SERVICES__: LocalService[] | undefined;
}

/**
 * Once per test run: a PostgreSQL (TEST_DATABASE_URL, else an embedded one in a temp folder) with
 * a template database built from migrations and loaded with the demo world, and a Redis
 * (TEST_REDIS_URL, else a private redis-server). Each test file clones the template.
 */
export async function setUpTestServices(dist: string, migrateAndSeed: (databaseUrl: string) => void): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const local = require(`${dist}/dev/local-services.js`) as typeof LocalServices;
  const services: LocalService[] = [];
  globalThis.__RENKEI_TEST_SERVICES__ = services;

  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // The cluster may run as the `postgres` system user (when we are root): it must reach the folder.
    const base = mkdtempSync(join(tmpdir(), 'renkei-test-pg-'));
    chmodSync(base, 0o755);
    const pg = await local.startEmbeddedPostgres({ dataDir: join(base, 'data'), port: await local.freePort(), database: 'postgres' });
    // Stopped in reverse order: the folder goes after the server that uses it.
    services.push({ url: base, owned: true, stop: async () => rmSync(base, { recursive: true, force: true }) });
    services.push(pg);
    adminUrl = pg.url;
  }
  const template = `renkei_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  migrateAndSeed(templateUrl.toString());
  // No connection may stay open on a template while it is cloned.
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [template]);
  await admin.end();

  let redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) {
    const redis = await local.startRedis({ port: await local.freePort() });
    services.push(redis);
    redisUrl = redis.url;
  }

  process.env.RENKEI_TEST_ADMIN_URL = adminUrl;
  process.env.RENKEI_TEST_TEMPLATE = template;
  process.env.RENKEI_TEST_REDIS_URL = redisUrl;
}

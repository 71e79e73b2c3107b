import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@renkei/core';
import { loadConfig } from '@renkei/core';
import { AbilityFactory, PolicyRegistry, type AppAbility } from '@renkei/authz';
import { AppModule } from '../../apps/api/src/app.module';
import { announce } from './floor-server';

/**
 * The cost of authorization (issue 8): the real API with an ability that allows everything. Wired
 * only here, by overriding the `AbilityFactory` provider of the testing module: every actor gets
 * `manage all` without conditions, so the row SQL is `1 = 1` (no row filter), every field is
 * readable (nothing masked, nothing redacted) and every action is allowed. Authentication, the
 * guard, the projection and the audit of sensitive reads still run, as in production: what the
 * comparison measures is the policies' conditions and their SQL. No switch in production code.
 */
export class AllowAllAbilityFactory extends AbilityFactory {
  private readonly everything: AppAbility;

  constructor(registry: PolicyRegistry) {
    super(registry);
    this.everything = this.build([{ action: 'manage', subject: 'all' }]);
  }

  override forActor(_actor: Actor): AppAbility {
    return this.everything;
  }
}

export interface InProcessApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Boots AppModule in this process (as test/setup/test-app.ts does) with the bench's API settings
 * (development, demo logins work, logs at warn), listening on a free port of 127.0.0.1.
 */
export async function bootInProcessApi(
  databaseUrl: string,
  redisUrl: string,
  opts: { override?: (builder: TestingModuleBuilder) => TestingModuleBuilder; logs?: boolean; redisPrefix?: string } = {},
): Promise<InProcessApi> {
  const attachments = mkdtempSync(join(tmpdir(), 'renkei-bench-inproc-files-'));
  // Production settings, as the API child processes run (world.ts roleEnv), with a token secret
  // of its own: its tokens come from its own login.
  const config = loadConfig({
    NODE_ENV: 'production',
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...(opts.redisPrefix ? { REDIS_PREFIX: opts.redisPrefix } : {}),
    DEMO_DATA: 'false',
    LOG_LEVEL: opts.logs === false ? 'silent' : 'warn',
    ATTACHMENTS_DIR: attachments,
  });
  let app: INestApplication | undefined;
  try {
    let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
    if (opts.override) builder = opts.override(builder);
    const moduleRef = await builder.compile();
    app = moduleRef.createNestApplication(opts.logs === false ? { logger: false } : { bufferLogs: true });
    if (opts.logs !== false) app.useLogger(app.get(Logger));
    await app.listen(0, '127.0.0.1');
  } catch (e) {
    await app?.close().catch(() => undefined);
    rmSync(attachments, { recursive: true, force: true });
    throw e;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const running = app;
  return {
    app: running,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await running.close();
      rmSync(attachments, { recursive: true, force: true });
    },
  };
}

/**
 * The API with authorization off (an allow-everything ability), in this process, on a free port.
 * Same database, Redis and Redis prefix as the API under test, so tokens of the bench's logins
 * work on both.
 */
export async function startAllowAllApi(databaseUrl: string, redisUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const api = await bootInProcessApi(databaseUrl, redisUrl, {
    override: (builder) =>
      builder.overrideProvider(AbilityFactory).useFactory({ factory: (registry: PolicyRegistry) => new AllowAllAbilityFactory(registry), inject: [PolicyRegistry] }),
  });
  return { url: api.url, close: () => api.close() };
}

/**
 * `node dist/bench/lib/allow-all.js` (DATABASE_URL, REDIS_URL): the allow-all API in its own
 * process, so that it does not share an event loop with the load generator (start it with
 * `startBaselineProcess` of floor-server.ts); announces its URL on stdout and stops on SIGTERM.
 */
if (require.main === module) {
  const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = process.env;
  if (!databaseUrl || !redisUrl) throw new Error('DATABASE_URL and REDIS_URL are required');
  void startAllowAllApi(databaseUrl, redisUrl).then((api) => {
    announce(api.url);
    const stop = () => void api.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Client } from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock, FixedClock, loadConfig, type AppConfig } from '@renkei/core';
import { DEMO_PASSWORD } from '@renkei/identity';
import { AppModule } from '../../apps/api/src/app.module';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
  /** the raw response text: what "appears nowhere in the response" is checked against */
  text: string;
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  config: AppConfig;
  clock: FixedClock;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  /** A signed-in token per demo user, kept for the app's lifetime. */
  as(username: string): Promise<string>;
  /** GraphQL as a demo user (signing in once). */
  gqlAs<T = Record<string, any>>(username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real API (AppModule) on a fresh database cloned from the template, with a clock the
 * test controls and its own Redis key prefix.
 */
export async function startTestApp(
  opts: { env?: Record<string, string>; extraModules?: Type[]; now?: Date; withoutDemoCases?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  if (opts.withoutDemoCases) await clearDemoCases(db.url);
  const attachments = mkdtempSync(join(tmpdir(), 'renkei-test-files-'));
  const config = loadConfig({
    ATTACHMENTS_DIR: attachments,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.RENKEI_TEST_REDIS_URL,
    REDIS_PREFIX: `renkei-test-${db.name}`,
    LOG_LEVEL: process.env.RENKEI_TEST_LOGS ? 'error' : 'silent',
    ...opts.env,
  });
  const clock = new FixedClock(opts.now ?? new Date('2026-11-20T01:00:00Z'));
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), ...(opts.extraModules ?? [])] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  // RENKEI_TEST_LOGS=1 shows the server's logs when a test needs explaining.
  const app = moduleRef.createNestApplication({ logger: process.env.RENKEI_TEST_LOGS ? ['error', 'warn'] : false });
  await app.init();
  const server = app.getHttpServer();
  const http = () => request(server);

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> => {
    const req = http().post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, body: res.body, text: res.text };
  };

  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: password },
    );
    const token = res.body.data?.login?.accessToken;
    if (!token) throw new Error(`login as ${username} failed: ${res.text}`);
    return token;
  };

  const tokens = new Map<string, string>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, await login(username));
    return tokens.get(username)!;
  };

  return {
    app,
    db,
    config,
    clock,
    dataSource: app.get(DataSource),
    http,
    gql,
    login,
    as,
    gqlAs: async (username, query, variables = {}) => gql(query, variables, await as(username)),
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(attachments, { recursive: true, force: true });
    },
  };
}

/**
 * The demo directory stays, the demo cases go: for tests of the case core that count and number
 * cases from an empty prefecture. (Every case-type table references cases: CASCADE empties them.)
 */
async function clearDemoCases(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('TRUNCATE cases, case_sequences, deadlines, outbox, notifications RESTART IDENTITY CASCADE');
  } finally {
    await client.end();
  }
}

import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueEvents, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, FixedClock, loadConfig } from '@renkei/core';
import { IdentityJob, IdentityQueue } from '@renkei/identity';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

describe('the worker role', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let events: QueueEvents;
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test', DATABASE_URL: db.url, REDIS_URL: process.env.RENKEI_TEST_REDIS_URL, REDIS_PREFIX: `renkei-test-${db.name}`, LOG_LEVEL: 'silent',
    });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).overrideProvider(Clock).useValue(clock).compile();
    worker = moduleRef;
    await worker.init();
    events = new QueueEvents(IdentityQueue.MAINTENANCE, { connection: { url: config.redisUrl }, prefix: config.redisPrefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await worker.close();
    await db.drop();
  });

  it('runs the session clean-up job from the queue against PostgreSQL', async () => {
    const ds = worker.get(DataSource);
    const queue = worker.get<Queue>(getQueueToken(IdentityQueue.MAINTENANCE));
    // The hourly scheduler runs once at start: let it finish so it cannot take our rows first.
    for (let i = 0; i < 100; i += 1) {
      const counts = await queue.getJobCounts('active', 'wait', 'prioritized');
      if (counts.active + counts.wait + counts.prioritized === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [{ id: userId }] = await ds.query(`SELECT id FROM users WHERE username = 'chuo.manager'`);
    await ds.query(
      `INSERT INTO sessions (user_id, created_at, last_seen_at, expires_at, revoked_at) VALUES
        ($1, '2026-11-01', '2026-11-01', '2026-11-01T12:00:00Z', NULL),
        ($1, '2026-11-19', '2026-11-19', '2026-11-30T00:00:00Z', NULL)`,
      [userId],
    );
    const job = await queue.add(IdentityJob.SESSION_CLEANUP, {});
    const result = await job.waitUntilFinished(events, 20_000);
    expect(result).toEqual({ sessions: 1, throttles: 0 });
    const left = await ds.query(`SELECT expires_at FROM sessions WHERE user_id = $1`, [userId]);
    expect(left).toHaveLength(1);
    expect(new Date(left[0].expires_at).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

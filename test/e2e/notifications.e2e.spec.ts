import { createHmac, randomUUID } from 'node:crypto';
import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { loadConfig, RequestContext, TransactionRunner, type DomainEvent, type TransactionParticipant } from '@renkei/core';
import {
  deliveryJobId,
  NotificationJob,
  NotificationQueue,
  NotificationRuleRegistry,
  NotificationsModule,
  NotificationsOptions,
  OutboxRelay,
  type NotificationRecipient,
} from '@renkei/notifications';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { InfrastructureModule } from '../../apps/api/src/infrastructure.module';
import { startTestApp, type TestApp } from '../setup/test-app';
import { eventually, startWebhookReceiver, type WebhookReceiver } from '../fixtures/webhook-receiver';

const NOTIFY = 'test.notify';
const BROKEN = 'test.broken';
/** What the test rule shows some recipients in-app: it must never reach a webhook. */
const SECRET = '秘匿-容疑者-山田太郎-1985-04-01';

interface NotifyDetails {
  recipients: NotificationRecipient[];
  reference: string;
  withSecret?: boolean;
  /** the probe participant below checks visibility, or fails the commit after the outbox wrote */
  probe?: 'observe' | 'fail-after-outbox';
}

const ruleTransactions: EntityManager[] = [];
const probes: { inside: number; outside: number }[] = [];

/** The rules a lib would register for its events; here for test event types. */
@Injectable()
class TestRules implements OnModuleInit {
  constructor(private readonly registry: NotificationRuleRegistry) {}

  onModuleInit(): void {
    this.registry.register(NOTIFY, async (event, tx) => {
      ruleTransactions.push(tx.em);
      const d = event.details as unknown as NotifyDetails;
      return [
        {
          recipients: d.recipients,
          kind: 'test.notified',
          title: 'テスト通知',
          body: `参照番号 ${d.reference} に更新があります。${d.withSecret ? SECRET : ''}`,
          subjectType: 'TestSubject',
          subjectId: event.subjectId!,
          reference: d.reference,
        },
      ];
    });
    this.registry.register(BROKEN, async () => [
      { recipients: [], kind: 'test.broken', title: '壊れた規則', body: '宛先がない', subjectType: 'TestSubject', subjectId: 'B-1' },
    ]);
  }
}

/** Joins after the outbox participant: sees what it wrote from inside and outside the transaction. */
@Injectable()
class ProbeParticipant implements TransactionParticipant, OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.transactions.registerParticipant(this);
  }

  async beforeCommit(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    for (const e of events) {
      const probe = (e.details as unknown as NotifyDetails | undefined)?.probe;
      if (e.type !== NOTIFY || !probe) continue;
      const count = `SELECT count(*)::int AS n FROM outbox WHERE payload->>'subjectId' = $1`;
      const [inside] = await em.query(count, [e.subjectId]);
      const [outside] = await this.dataSource.query(count, [e.subjectId]);
      probes.push({ inside: inside.n, outside: outside.n });
      if (probe === 'fail-after-outbox') throw new Error('the commit failed after the outbox was written');
    }
  }
}

@Module({ imports: [NotificationsModule], providers: [TestRules, ProbeParticipant] })
class TestRulesModule {}

describe('notifications: outbox, relay, in-app and webhook delivery, GraphQL', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let receiver: WebhookReceiver;
  let users: Record<string, string>;
  let agencies: Record<string, string>;

  const raise = (subjectId: string, details: NotifyDetails, type = NOTIFY) =>
    t.app.get(TransactionRunner).run(async (tx) => {
      tx.emit({ type, outcome: 'success', ctx: new RequestContext(null, randomUUID(), 'job'), subjectType: 'TestSubject', subjectId, details: details as unknown as Record<string, unknown> });
    });
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;
  const notificationsOf = (username: string, subjectId: string) =>
    count(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND subject_id = $2`, [users[username], subjectId]);

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [TestRulesModule] });
    users = Object.fromEntries((await t.dataSource.query(`SELECT username, id FROM users`)).map((r: { username: string; id: string }) => [r.username, r.id]));
    agencies = Object.fromEntries((await t.dataSource.query(`SELECT code, id FROM agencies`)).map((r: { code: string; id: string }) => [r.code, r.id]));
    // The worker role on the same database and Redis prefix, with short intervals for the test.
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(t.config)] })
      .overrideProvider(NotificationsOptions)
      .useValue(Object.assign(new NotificationsOptions(), { relayEveryMs: 250, relayBatchSize: 20, webhookBackoffMs: 200, webhookAttempts: 3, webhookTimeoutMs: 2_000 }))
      .compile();
    worker = moduleRef;
    // The relay and webhook jobs log their (expected) failures; RENKEI_TEST_LOGS=1 shows them.
    if (!process.env.RENKEI_TEST_LOGS) worker.useLogger(false);
    await worker.init();
    receiver = await startWebhookReceiver((hook, seenBefore) => (hook.path === '/always-500' || seenBefore === 0 ? 500 : 200));
  });
  afterAll(async () => {
    await receiver?.close();
    await worker?.close();
    await t?.close();
  });

  describe('the outbox', () => {
    it('is written by the transaction that raised the event, with the rule reading in that transaction', async () => {
      let businessTx: EntityManager | undefined;
      await t.app.get(TransactionRunner).run(async (tx) => {
        businessTx = tx.em;
        await tx.em.query(`UPDATE users SET display_name = display_name WHERE id = $1`, [users['chuo.manager']]);
        tx.emit({
          type: NOTIFY, outcome: 'success', ctx: new RequestContext(null, randomUUID(), 'job'), subjectType: 'TestSubject', subjectId: 'A-1',
          details: { recipients: [{ kind: 'user', userId: users['chuo.manager'] }, { kind: 'agency', agencyId: agencies['sakura-bank'], roles: ['liaison'] }], reference: '甲-2026-000001', probe: 'observe' },
        });
      });
      expect(ruleTransactions.at(-1)).toBe(businessTx);
      // Before the commit the rows were visible inside the transaction only.
      expect(probes.at(-1)).toEqual({ inside: 2, outside: 0 });
      const rows = await t.dataSource.query(
        `SELECT event_type, recipient, payload, idempotency_key, dispatched_at FROM outbox WHERE payload->>'subjectId' = 'A-1' ORDER BY id`,
      );
      expect(rows.map((r: { recipient: unknown }) => r.recipient)).toEqual([
        { kind: 'user', userId: users['chuo.manager'] },
        { kind: 'agency', agencyId: agencies['sakura-bank'], roles: ['liaison'] },
      ]);
      expect(rows[0]).toMatchObject({
        event_type: NOTIFY,
        payload: { kind: 'test.notified', title: 'テスト通知', body: '参照番号 甲-2026-000001 に更新があります。', subjectType: 'TestSubject', subjectId: 'A-1', reference: '甲-2026-000001' },
      });
      expect(rows[0].idempotency_key).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].idempotency_key).not.toBe(rows[1].idempotency_key);
      await eventually(async () => (await notificationsOf('chuo.manager', 'A-1')) === 1 && (await notificationsOf('sakura.liaison', 'A-1')) === 1, 20_000, 'A-1 delivered');
    });

    it('leaves no row when the transaction rolls back after the outbox was written', async () => {
      await expect(raise('A-2', { recipients: [{ kind: 'user', userId: users['chuo.manager'] }], reference: '甲-2026-000002', probe: 'fail-after-outbox' }))
        .rejects.toThrow('the commit failed after the outbox was written');
      expect(probes.at(-1)).toEqual({ inside: 1, outside: 0 });
      expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'subjectId' = 'A-2'`)).toBe(0);
      await new Promise((r) => setTimeout(r, 600));
      expect(await notificationsOf('chuo.manager', 'A-2')).toBe(0);
    });

    it('fails the change itself when a rule is broken, so no change commits without its notification', async () => {
      const before = (await t.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [users['chuo.manager']]))[0].display_name;
      await expect(
        t.app.get(TransactionRunner).run(async (tx) => {
          await tx.em.query(`UPDATE users SET display_name = 'changed' WHERE id = $1`, [users['chuo.manager']]);
          tx.emit({ type: BROKEN, outcome: 'success', ctx: new RequestContext(null, randomUUID(), 'job'), subjectType: 'TestSubject', subjectId: 'B-1' });
        }),
      ).rejects.toMatchObject({ reason: 'NOTIFICATIONS.INVALID_DRAFT' });
      expect((await t.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [users['chuo.manager']]))[0].display_name).toBe(before);
      expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [BROKEN])).toBe(0);
    });
  });

  describe('without Redis (the command-line tools load the libs so)', () => {
    it('still writes the outbox, nudges nobody, and the scheduled relay delivers it', async () => {
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.db.url, REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' });
      const cli = await Test.createTestingModule({ imports: [InfrastructureModule.forRoot(config, { redis: false }), TestRulesModule] }).compile();
      cli.useLogger(false);
      await cli.init();
      try {
        await cli.get(TransactionRunner).run(async (tx) => {
          tx.emit({
            type: NOTIFY, outcome: 'success', ctx: new RequestContext(null, randomUUID(), 'cli'), subjectType: 'TestSubject', subjectId: 'N-1',
            details: { recipients: [{ kind: 'user', userId: users['chuo.manager'] }], reference: '甲-2026-000003' },
          });
        });
      } finally {
        await cli.close();
      }
      expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'subjectId' = 'N-1'`)).toBe(1);
      await eventually(async () => (await notificationsOf('chuo.manager', 'N-1')) === 1, 20_000, 'N-1 delivered by the scheduled relay');
    });
  });

  describe('the relay', () => {
    it('re-adds harmlessly after dying between adding the jobs and marking the rows dispatched', async () => {
      const inApp = worker.get<Queue>(getQueueToken(NotificationQueue.IN_APP), { strict: false });
      const added: string[] = [];
      const original = inApp.addBulk.bind(inApp);
      const spy = jest.spyOn(inApp, 'addBulk').mockImplementation(async (jobs) => {
        added.push(...jobs.map((j) => j.opts!.jobId!));
        const result = await original(jobs);
        if (spy.mock.calls.length === 1) throw new Error('relay died after adding its jobs');
        return result;
      });
      try {
        await raise('R-1', { recipients: [{ kind: 'user', userId: users['chuo.supervisor'] }], reference: '甲-2026-000010' });
        const [{ id }] = await t.dataSource.query(`SELECT id FROM outbox WHERE payload->>'subjectId' = 'R-1'`);
        await eventually(async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE id = $1 AND dispatched_at IS NOT NULL`, [id])) === 1, 20_000, 'R-1 dispatched');
        // Taken twice: the failed run (rolled back, counted) and the one that marked it.
        expect(added.filter((j) => j === deliveryJobId(id))).toHaveLength(2);
        expect((await t.dataSource.query(`SELECT attempts FROM outbox WHERE id = $1`, [id]))[0].attempts).toBe(2);
        await eventually(async () => (await notificationsOf('chuo.supervisor', 'R-1')) === 1, 20_000, 'R-1 delivered');
        await new Promise((r) => setTimeout(r, 600));
        expect(await notificationsOf('chuo.supervisor', 'R-1')).toBe(1);

        // Even when BullMQ no longer remembers the job id, a re-added delivery notifies nobody twice.
        const job = (await inApp.getJob(deliveryJobId(id)))!;
        await eventually(async () => (await job.getState()) === 'completed', 10_000, 'R-1 job completed');
        await job.remove();
        const again = await original([{ name: NotificationJob.DELIVER_IN_APP, data: { outboxId: id }, opts: { jobId: deliveryJobId(id) } }]);
        await eventually(async () => (await again[0].getState()) === 'completed', 10_000, 'R-1 re-added job completed');
        expect((await inApp.getJob(deliveryJobId(id)))!.returnvalue).toEqual({ delivered: 0 });
        expect(await notificationsOf('chuo.supervisor', 'R-1')).toBe(1);
      } finally {
        spy.mockRestore();
      }
    });

    it('run concurrently, take disjoint rows (FOR UPDATE SKIP LOCKED) and deliver each once', async () => {
      const relayQueue = worker.get<Queue>(getQueueToken(NotificationQueue.RELAY), { strict: false });
      const inApp = worker.get<Queue>(getQueueToken(NotificationQueue.IN_APP), { strict: false });
      await relayQueue.pause();
      const added: string[] = [];
      const original = inApp.addBulk.bind(inApp);
      const spy = jest.spyOn(inApp, 'addBulk').mockImplementation(async (jobs) => {
        added.push(...jobs.map((j) => j.opts!.jobId!));
        return original(jobs);
      });
      try {
        // Let a relay run that was already under way finish before writing.
        await new Promise((r) => setTimeout(r, 300));
        const recipients: NotificationRecipient[] = [{ kind: 'user', userId: users['hq.coordinator'] }, { kind: 'agency', agencyId: agencies['ko-labour-bureau'] }];
        for (let i = 0; i < 60; i += 1) await raise(`C-${i}`, { recipients, reference: `甲-2026-1${String(i).padStart(5, '0')}` });
        const ids: string[] = (await t.dataSource.query(`SELECT id FROM outbox WHERE payload->>'subjectId' LIKE 'C-%' AND dispatched_at IS NULL`)).map((r: { id: string }) => r.id);
        expect(ids).toHaveLength(120);
        const relay = worker.get(OutboxRelay, { strict: false });
        const moved = await Promise.all([relay.relayPending(), relay.relayPending(), relay.relayPending(), relay.relayPending()]);
        expect(moved.reduce((a, b) => a + b, 0)).toBe(120);
        expect(moved.filter((m) => m > 0).length).toBeGreaterThan(1);
        expect([...added].sort()).toEqual(ids.map(deliveryJobId).sort());
      } finally {
        spy.mockRestore();
        await relayQueue.resume();
      }
      await eventually(
        async () => (await count(`SELECT count(*)::int AS n FROM notifications WHERE subject_id LIKE 'C-%'`)) === 120,
        30_000,
        'C-* delivered',
      );
      const perUser = await t.dataSource.query(
        `SELECT u.username, count(*)::int AS n, count(DISTINCT n.subject_id)::int AS subjects
           FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.subject_id LIKE 'C-%' GROUP BY u.username ORDER BY u.username`,
      );
      expect(perUser).toEqual([
        { username: 'hq.coordinator', n: 60, subjects: 60 },
        { username: 'labour.liaison', n: 60, subjects: 60 },
      ]);
    });
  });

  describe('webhooks', () => {
    it('are signed, retried after a 500, logged, and carry no secret field', async () => {
      const insert = (agency: string, path: string, secret: string, types: string[], active = true) =>
        t.dataSource.query(
          `INSERT INTO webhook_endpoints (agency_id, url, secret, event_types, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [agencies[agency], receiver.url(path), secret, types, active],
        ).then((rows: { id: string }[]) => rows[0].id);
      const sakuraSecret = 'sakura-webhook-secret-' + randomUUID();
      const sakura = await insert('sakura-bank', '/sakura', sakuraSecret, [NOTIFY]);
      await insert('sakura-bank', '/other-type', 'other-webhook-secret-0123', ['test.other']);
      await insert('sakura-bank', '/inactive', 'inactive-webhook-secret-01', [NOTIFY], false);
      const midori = await insert('midori-bank', '/always-500', 'midori-webhook-secret-0123', [NOTIFY]);

      await raise('W-1', {
        recipients: [{ kind: 'agency', agencyId: agencies['sakura-bank'], roles: ['liaison'] }, { kind: 'agency', agencyId: agencies['midori-bank'] }],
        reference: '甲-2026-000777',
        withSecret: true,
      });
      const logOf = (endpoint: string) =>
        t.dataSource.query(
          `SELECT d.* FROM webhook_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE d.endpoint_id = $1 AND o.payload->>'subjectId' = 'W-1'`,
          [endpoint],
        );
      await eventually(async () => (await logOf(sakura))[0]?.status === 'delivered' && (await logOf(midori))[0]?.status === 'failed', 30_000, 'W-1 webhooks');

      const toSakura = receiver.received.filter((r) => r.path === '/sakura');
      expect(toSakura).toHaveLength(2);
      const [first, second] = toSakura;
      for (const hook of toSakura) {
        const expected = `sha256=${createHmac('sha256', sakuraSecret).update(Buffer.from(hook.body, 'utf8')).digest('hex')}`;
        expect(hook.headers['x-renkei-signature']).toBe(expected);
        expect(hook.headers['x-renkei-event']).toBe(NOTIFY);
        expect(hook.headers['content-type']).toBe('application/json');
      }
      expect(second.headers['x-renkei-delivery']).toBe(first.headers['x-renkei-delivery']);
      expect(second.body).toBe(first.body);
      const body = JSON.parse(first.body);
      expect(Object.keys(body).sort()).toEqual(['deliveryId', 'eventType', 'occurredAt', 'reference', 'subjectId', 'subjectType']);
      expect(body).toMatchObject({ deliveryId: first.headers['x-renkei-delivery'], eventType: NOTIFY, subjectType: 'TestSubject', subjectId: 'W-1', reference: '甲-2026-000777' });
      expect(new Date(body.occurredAt).toISOString()).toBe(body.occurredAt);
      const everything = JSON.stringify(receiver.received);
      for (const hidden of [SECRET, 'テスト通知', '更新があります']) expect(everything).not.toContain(hidden);
      expect(receiver.received.filter((r) => r.path === '/other-type' || r.path === '/inactive')).toEqual([]);

      const [log] = await logOf(sakura);
      expect(log).toMatchObject({ status: 'delivered', attempts: 2, last_status_code: 200, last_error: null, idempotency_key: first.headers['x-renkei-delivery'] });
      expect(log.delivered_at).not.toBeNull();
      const [failed] = await logOf(midori);
      expect(failed).toMatchObject({ status: 'failed', attempts: 3, last_status_code: 500, last_error: 'HTTP 500', delivered_at: null });
      expect(receiver.received.filter((r) => r.path === '/always-500')).toHaveLength(3);
      expect(JSON.stringify(await t.dataSource.query(`SELECT * FROM webhook_deliveries`))).not.toContain(SECRET);

      // In-app, the rule chose to show its recipients more than any webhook carries.
      const [inApp] = await t.dataSource.query(`SELECT body FROM notifications WHERE user_id = $1 AND subject_id = 'W-1'`, [users['sakura.liaison']]);
      expect(inApp.body).toContain(SECRET);
    });
  });

  describe('GraphQL', () => {
    const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
        nodes { id kind title body subjectType subjectId createdAt readAt } pageInfo { endCursor hasNextPage } } }`;
    const COUNT = '{ unreadNotificationCount }';
    const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id subjectId readAt } }';
    const idOf = async (username: string, subjectId: string): Promise<string> =>
      (await t.dataSource.query(`SELECT id FROM notifications WHERE user_id = $1 AND subject_id = $2`, [users[username], subjectId]))[0].id;

    beforeAll(async () => {
      for (let i = 1; i <= 3; i += 1) {
        t.clock.advance(60_000);
        await raise(`G-${i}`, { recipients: [{ kind: 'user', userId: users['chuo.investigator'] }], reference: `甲-2026-00010${i}` });
      }
      await raise('G-M', { recipients: [{ kind: 'user', userId: users['minato.manager'] }], reference: '甲-2026-000200' });
      await eventually(
        async () => (await count(`SELECT count(*)::int AS n FROM notifications WHERE subject_id LIKE 'G-%'`)) === 4,
        20_000,
        'G-* delivered',
      );
    });

    it('lists only the user\'s own notifications, newest first, a page at a time', async () => {
      const token = await t.login('chuo.investigator');
      const page1 = await t.gql(LIST, { first: 2 }, token);
      expect(page1.body.errors).toBeUndefined();
      const c1 = page1.body.data!.notifications;
      expect(c1.nodes.map((n: { subjectId: string }) => n.subjectId)).toEqual(['G-3', 'G-2']);
      expect(c1.nodes[0]).toMatchObject({ kind: 'test.notified', title: 'テスト通知', body: '参照番号 甲-2026-000103 に更新があります。', subjectType: 'TestSubject', readAt: null });
      expect(c1.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql(LIST, { first: 2, after: c1.pageInfo.endCursor }, token);
      expect(page2.body.data!.notifications.nodes.map((n: { subjectId: string }) => n.subjectId)).toEqual(['G-1']);
      expect(page2.body.data!.notifications.pageInfo.hasNextPage).toBe(false);
      for (const res of [page1, page2]) expect(res.text).not.toContain('甲-2026-000200');
      expect((await t.gql(COUNT, {}, token)).body.data).toEqual({ unreadNotificationCount: 3 });

      const other = await t.gql(LIST, {}, await t.login('minato.manager'));
      expect(other.body.data!.notifications.nodes.map((n: { subjectId: string }) => n.subjectId)).toEqual(['G-M']);
      expect(other.text).not.toContain('甲-2026-00010');
    });

    it('marks the user\'s own as read; another user\'s ids answer like ids that do not exist', async () => {
      const token = await t.login('chuo.investigator');
      const own = await idOf('chuo.investigator', 'G-3');
      const theirs = await idOf('minato.manager', 'G-M');
      const res = await t.gql(MARK, { ids: [own, theirs, randomUUID()] }, token);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.markNotificationsRead).toEqual([{ id: own, subjectId: 'G-3', readAt: t.clock.now().toISOString() }]);
      expect(res.text).not.toContain(theirs);
      expect((await t.dataSource.query(`SELECT read_at FROM notifications WHERE id = $1`, [theirs]))[0].read_at).toBeNull();
      // Marking again is harmless and still answers the user's own notification.
      expect((await t.gql(MARK, { ids: [own] }, token)).body.data!.markNotificationsRead).toHaveLength(1);

      expect((await t.gql(COUNT, {}, token)).body.data).toEqual({ unreadNotificationCount: 2 });
      const unread = await t.gql(LIST, { unreadOnly: true }, token);
      expect(unread.body.data!.notifications.nodes.map((n: { subjectId: string }) => n.subjectId)).toEqual(['G-2', 'G-1']);

      // The other way round: minato cannot mark the investigator's notification, nor learn it exists.
      const g2 = await idOf('chuo.investigator', 'G-2');
      const minato = await t.login('minato.manager');
      const denied = await t.gql(MARK, { ids: [g2] }, minato);
      expect(denied.body).toEqual({ data: { markNotificationsRead: [] } });
      const missing = await t.gql(MARK, { ids: [randomUUID()] }, minato);
      expect(missing.body).toEqual(denied.body);
      expect((await t.dataSource.query(`SELECT read_at FROM notifications WHERE id = $1`, [g2]))[0].read_at).toBeNull();
      expect((await t.gql(COUNT, {}, minato)).body.data).toEqual({ unreadNotificationCount: 1 });
    });

    it('refuses anonymous callers and malformed ids', async () => {
      for (const query of [LIST, COUNT]) {
        expect((await t.gql(query)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      const token = await t.login('chuo.investigator');
      const bad = await t.gql(MARK, { ids: ['not-a-uuid'] }, token);
      expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.text).not.toContain('not-a-uuid');
      const cursor = await t.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, token);
      expect(cursor.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionRunner } from '@renkei/core';
import { NotificationRuleRegistry, NotificationsModule, type NotificationRecipient } from '@renkei/notifications';
import { startTestApp, type TestApp } from '../setup/test-app';
import { startWebhookReceiver, type WebhookReceiver } from '../fixtures/webhook-receiver';

/**
 * The worker runs as a real child process (`node dist/apps/api/src/worker.js`, as in
 * production) and is killed with SIGKILL at chosen points between the outbox write and the
 * deliveries. The API that raises the events runs in this process, with its rules.
 */
const WORKER_JS = resolve(__dirname, '../../dist/apps/api/src/worker.js');
const NOTIFY = 'test.killed';

@Injectable()
class KillTestRules implements OnModuleInit {
  constructor(private readonly registry: NotificationRuleRegistry) {}
  onModuleInit(): void {
    this.registry.register(NOTIFY, async (event) => {
      const d = event.details as { recipients: NotificationRecipient[]; reference: string };
      return [{ recipients: d.recipients, kind: 'test.killed', title: 'テスト通知', body: `参照番号 ${d.reference} に更新があります`, subjectType: 'TestSubject', subjectId: event.subjectId!, reference: d.reference }];
    });
  }
}

@Module({ imports: [NotificationsModule], providers: [KillTestRules] })
class KillTestRulesModule {}

interface ChildWorker {
  child: ChildProcess;
  exited: Promise<void>;
  stderr(): string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls fast (the kill points are short windows); fails with `what` after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, everyMs = 5): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

describe('notifications survive a killed worker (child processes, SIGKILL)', () => {
  let t: TestApp;
  let users: Record<string, string>;
  let agencies: Record<string, string>;
  const workers: ChildWorker[] = [];

  function startWorker(): ChildWorker {
    if (!existsSync(WORKER_JS)) throw new Error(`${WORKER_JS} is missing: build first (npm test does)`);
    let err = '';
    const child = spawn(process.execPath, [WORKER_JS], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: t.db.url,
        REDIS_URL: t.config.redisUrl,
        REDIS_PREFIX: t.config.redisPrefix,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const w = { child, exited, stderr: () => err };
    workers.push(w);
    return w;
  }

  async function kill(w: ChildWorker): Promise<void> {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.exited;
    expect(w.child.signalCode).toBe('SIGKILL');
  }

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await t.dataSource.query(sql, params))[0].n;
  const raise = (subjectId: string, recipients: NotificationRecipient[], reference: string) =>
    t.app.get(TransactionRunner).run(async (tx) => {
      tx.emit({ type: NOTIFY, outcome: 'success', ctx: new RequestContext(null, randomUUID(), 'job'), subjectType: 'TestSubject', subjectId, details: { recipients, reference } });
    });
  /** Every (subject, user) pair of a prefix with how many notifications it has. */
  const pairs = (prefix: string): Promise<{ subject_id: string; username: string; n: number }[]> =>
    t.dataSource.query(
      `SELECT n.subject_id, u.username, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.subject_id LIKE $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [`${prefix}%`],
    );

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [KillTestRulesModule] });
    users = Object.fromEntries((await t.dataSource.query(`SELECT username, id FROM users`)).map((r: { username: string; id: string }) => [r.username, r.id]));
    agencies = Object.fromEntries((await t.dataSource.query(`SELECT code, id FROM agencies`)).map((r: { code: string; id: string }) => [r.code, r.id]));
  });
  afterAll(async () => {
    for (const w of workers) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await w.exited;
    }
    await t?.close();
  });

  it('delivers exactly once after kills right after start, between relay and delivery, and mid-delivery', async () => {
    const EVENTS = 250;
    // Per event: the station's three users (an agency recipient) and the HQ coordinator.
    const recipients: NotificationRecipient[] = [{ kind: 'agency', agencyId: agencies['ko-chuo-station'] }, { kind: 'user', userId: users['hq.coordinator'] }];
    const expected = EVENTS * 4;
    for (let i = 0; i < EVENTS; i += 1) await raise(`K-${String(i).padStart(3, '0')}`, recipients, `甲-2026-2${String(i).padStart(5, '0')}`);
    const delivered = () => count(`SELECT count(*)::int AS n FROM notifications WHERE subject_id LIKE 'K-%'`);
    const dispatched = () => count(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1 AND dispatched_at IS NOT NULL`, [NOTIFY]);

    // The outbox is written while no worker runs: nothing is dispatched or delivered.
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [NOTIFY])).toBe(EVENTS * 2);
    expect(await dispatched()).toBe(0);
    expect(await delivered()).toBe(0);

    // 1. Killed right after it starts (before or while it boots).
    const first = startWorker();
    await sleep(300);
    await kill(first);

    // 2. Killed as soon as the relay has dispatched rows, before (most) deliveries ran.
    const second = startWorker();
    await waitFor(async () => (await dispatched()) > 0, 'a relay run');
    await kill(second);
    const afterSecond = { dispatched: await dispatched(), delivered: await delivered() };
    expect(afterSecond.dispatched).toBeGreaterThan(0);
    expect(afterSecond.delivered).toBeLessThan(expected);

    // 3. Killed in the middle of the deliveries.
    const third = startWorker();
    await waitFor(async () => (await delivered()) > afterSecond.delivered, 'some deliveries');
    await kill(third);
    const afterThird = await delivered();
    expect(afterThird).toBeGreaterThan(0);
    expect(afterThird).toBeLessThan(expected);

    // 4. A fresh worker finishes: jobs the dead ones held come back once their locks expire.
    const fourth = startWorker();
    await waitFor(async () => (await delivered()) >= expected, 'every delivery', 120_000, 100);
    await sleep(1_500);
    expect(await delivered()).toBe(expected);
    const got = await pairs('K-');
    expect(got).toHaveLength(expected);
    expect(got.every((p) => p.n === 1)).toBe(true);
    const byUser = new Map<string, number>();
    for (const p of got) byUser.set(p.username, (byUser.get(p.username) ?? 0) + 1);
    expect(Object.fromEntries(byUser)).toEqual({ 'chuo.investigator': EVENTS, 'chuo.manager': EVENTS, 'chuo.supervisor': EVENTS, 'hq.coordinator': EVENTS });
    expect(await dispatched()).toBe(EVENTS * 2);
    await kill(fourth);
    expect(fourth.stderr()).not.toMatch(/Error/);
  }, 240_000);

  it('two workers at once deliver every notification once and post every webhook once', async () => {
    let receiver: WebhookReceiver | undefined;
    try {
      receiver = await startWebhookReceiver(() => 200);
      const secret = `kill-test-secret-${randomUUID()}`;
      await t.dataSource.query(
        `INSERT INTO webhook_endpoints (agency_id, url, secret, event_types) VALUES ($1, $2, $3, $4)`,
        [agencies['sakura-bank'], receiver.url('/sakura'), secret, [NOTIFY]],
      );
      const EVENTS = 100;
      const recipients: NotificationRecipient[] = [{ kind: 'agency', agencyId: agencies['sakura-bank'], roles: ['liaison'] }, { kind: 'user', userId: users['chuo.manager'] }];
      for (let i = 0; i < EVENTS; i += 1) await raise(`P-${String(i).padStart(3, '0')}`, recipients, `甲-2026-3${String(i).padStart(5, '0')}`);

      const a = startWorker();
      const b = startWorker();
      const delivered = () => count(`SELECT count(*)::int AS n FROM notifications WHERE subject_id LIKE 'P-%'`);
      const hooked = () => count(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'delivered'`);
      await waitFor(async () => (await delivered()) >= EVENTS * 2 && (await hooked()) >= EVENTS, 'both workers to finish', 60_000, 100);
      await sleep(1_500);
      await Promise.all([kill(a), kill(b)]);

      const got = await pairs('P-');
      expect(got).toHaveLength(EVENTS * 2);
      expect(got.every((p) => p.n === 1)).toBe(true);
      expect(receiver.received).toHaveLength(EVENTS);
      const ids = receiver.received.map((r) => r.headers['x-renkei-delivery']);
      expect(new Set(ids).size).toBe(EVENTS);
      for (const hook of receiver.received) {
        expect(hook.headers['x-renkei-signature']).toBe(`sha256=${createHmac('sha256', secret).update(Buffer.from(hook.body, 'utf8')).digest('hex')}`);
      }
      const log = await t.dataSource.query(`SELECT status, attempts, count(*)::int AS n FROM webhook_deliveries GROUP BY 1, 2`);
      expect(log).toEqual([{ status: 'delivered', attempts: 1, n: EVENTS }]);
    } finally {
      await receiver?.close();
    }
  }, 120_000);
});

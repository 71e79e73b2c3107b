/**
 * Scenario 7 (issue 8): notifications through the outbox (ADR 0009). Outbox rows are written
 * exactly as `OutboxParticipant` writes them for a `cases.task.created` event (same table,
 * columns, recipient and payload shape, a SHA-256 idempotency key), each batch in its own
 * transaction followed by the relay nudge `RelayNudge` adds after such a commit, at a steady
 * offered rate. The worker's relay moves them into BullMQ and its in-app delivery job writes the
 * notifications. Delivery times come from the in-app queue's `completed` events (the Redis
 * stream id is the completion time in ms); the database then proves every event delivered
 * exactly once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Queue, QueueEvents } from 'bullmq';
import { Role } from '@renkei/core';
import { deliveryJobId, NotificationJob, NotificationQueue } from '@renkei/notifications';
import { RELAY_NUDGE_JOB_ID } from '../../libs/notifications/src/jobs/notification-queues';
import type { BenchWorld, ScenarioResult } from './types';

/** The liaison whose bank receives the events (a `cases.task.created` goes to the bank's liaisons). */
const RECIPIENT_USER = 'sakura.liaison';
const EVENT_TYPE = 'cases.task.created';

export interface NotificationScenarioOptions {
  /** events offered per second (default 600: above the 500/s budget) */
  ratePerS?: number;
  /** one producer transaction (and nudge) every this many ms (default 50) */
  tickMs?: number;
  /** events sent first, at up to 200/s, and not measured (default 300) */
  warmupEvents?: number;
  /** the Redis key prefix of the API and worker (default REDIS_PREFIX or 'renkei', as loadConfig) */
  redisPrefix?: string;
  /** give up waiting for deliveries after this long (default 60 s + 1 s per 100 events) */
  timeoutS?: number;
}

interface Subject {
  id: string;
  reference: string;
}

const sha256 = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** CPU seconds (user + system) a process has used so far, or null when it is gone. */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/**
 * Scenario 7: `events` events through outbox → relay → BullMQ → in-app delivery. Throws unless
 * every event's notifications exist exactly once. `workerPid` (optional) adds the worker's CPU
 * seconds to the result.
 */
export async function runNotificationScenario(
  world: BenchWorld,
  events: number,
  workerPid?: number,
  opts: NotificationScenarioOptions = {},
): Promise<ScenarioResult> {
  const rate = opts.ratePerS ?? 600;
  const tickMs = opts.tickMs ?? 50;
  const warmup = opts.warmupEvents ?? 300;
  const prefix = opts.redisPrefix ?? process.env.REDIS_PREFIX ?? 'renkei';
  const timeoutMs = (opts.timeoutS ?? 60 + events / 100) * 1000;
  if (!(rate > 0) || !(tickMs > 0) || !(events > 0)) throw new Error(`7-notifications: bad parameters (events ${events}, rate ${rate}/s, tick ${tickMs} ms)`);
  const connection = { url: world.redisUrl, maxRetriesPerRequest: null };

  const db = new Client({ connectionString: world.databaseUrl });
  await db.connect();
  const relay = new Queue(NotificationQueue.RELAY, { connection, prefix });
  const queueEvents = new QueueEvents(NotificationQueue.IN_APP, { connection, prefix });
  try {
    // Who a `cases.task.created` for the bank reaches: its active liaisons (resolved at delivery).
    const { rows: [target] } = await db.query<{ agency_id: string }>(`SELECT agency_id FROM users WHERE username = $1`, [RECIPIENT_USER]);
    if (!target) throw new Error(`no user ${RECIPIENT_USER}`);
    const { rows: users } = await db.query<{ id: string }>(
      `SELECT u.id FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.agency_id = $1 AND u.role = $2 AND u.active AND a.active`,
      [target.agency_id, Role.LIAISON],
    );
    const userIds = users.map((u) => u.id);
    if (userIds.length === 0) throw new Error(`no active liaison in the agency of ${RECIPIENT_USER}`);
    const { rows: tasks } = await db.query<Subject>(
      `SELECT t.id, c.reference FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.agency_id = $1 ORDER BY t.id LIMIT 1000`,
      [target.agency_id],
    );
    const subjects: Subject[] = tasks.length > 0 ? tasks : [{ id: randomUUID(), reference: '甲-2026-000001' }];
    const recipient = { kind: 'agency', agencyId: target.agency_id, roles: [Role.LIAISON] };
    const recipientKey = `agency:${target.agency_id}:${Role.LIAISON}`;

    // Every completion of a delivery job: job id → completion time (ms, from the stream id).
    const completed = new Map<string, number>();
    let repeats = 0;
    let failures = 0;
    let deliveredByJobs = 0;
    queueEvents.on('completed', ({ jobId, returnvalue }, streamId) => {
      if (completed.has(jobId)) repeats += 1;
      else completed.set(jobId, Number(String(streamId).split('-')[0]));
      deliveredByJobs += Number((returnvalue as unknown as { delivered?: number } | undefined)?.delivered ?? 0);
    });
    queueEvents.on('failed', () => {
      failures += 1;
    });
    await queueEvents.waitUntilReady();

    const runId = randomUUID();
    let written = 0;
    let nudgeErrors = 0;

    /** Writes `n` events at `perS`, a transaction (and a nudge) per tick. */
    const produce = async (n: number, perS: number) => {
      const created = new Map<string, number>(); // delivery job id → outbox created_at (ms)
      const keys: string[] = [];
      const outboxIds: string[] = [];
      const perTick = Math.max(1, Math.round((perS * tickMs) / 1000));
      const firstWrite = Date.now();
      for (let i = 0, tick = 0; i < n; tick += 1) {
        const wait = firstWrite + tick * tickMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const at = new Date();
        const values: unknown[] = [];
        const tuples: string[] = [];
        for (const end = Math.min(n, i + perTick); i < end; i += 1, written += 1) {
          const s = subjects[written % subjects.length];
          // What OutboxParticipant writes for the cases rule of cases.task.created (cases.notifications.ts).
          const payload = {
            kind: 'task.created',
            title: '新しい依頼',
            body: `事件 ${s.reference} について新しい依頼があります。`,
            subjectType: 'Task',
            subjectId: s.id,
            reference: s.reference,
            occurredAt: at.toISOString(),
          };
          const key = sha256(['id', EVENT_TYPE, `${runId}:${written}`, 0, recipientKey]);
          keys.push(key);
          const b = values.length;
          values.push(at, EVENT_TYPE, JSON.stringify(recipient), JSON.stringify(payload), key);
          tuples.push(`($${b + 1}, $${b + 2}, $${b + 3}::json, $${b + 4}::jsonb, $${b + 5})`);
        }
        await db.query('BEGIN');
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO outbox (created_at, event_type, recipient, payload, idempotency_key) VALUES ${tuples.join(',')} RETURNING id`,
          values,
        );
        await db.query('COMMIT');
        for (const r of rows) {
          outboxIds.push(String(r.id));
          created.set(deliveryJobId(String(r.id)), at.getTime());
        }
        // As RelayNudge after a commit: not awaited, a fixed id (while one nudge waits, more add nothing).
        relay
          .add(NotificationJob.RELAY, {}, { jobId: RELAY_NUDGE_JOB_ID, removeOnComplete: true, removeOnFail: true })
          .catch(() => (nudgeErrors += 1));
      }
      return { created, keys, outboxIds, firstWrite, lastWrite: Date.now() };
    };

    /**
     * Waits until every event's delivery job has completed; answers when the last one did (or,
     * should the event stream have been trimmed under a reader that fell behind, when the
     * database first showed them all).
     */
    const delivered = async (batch: Awaited<ReturnType<typeof produce>>, timeout: number): Promise<number> => {
      const n = batch.keys.length;
      const ours = () => [...batch.created.keys()].filter((id) => completed.has(id)).length;
      const until = Date.now() + timeout;
      let lastDbCheck = Date.now();
      while (ours() < n) {
        if (Date.now() > until) throw new Error(`7-notifications: ${ours()} of ${n} deliveries completed after ${timeout / 1000} s (failed jobs: ${failures})`);
        if (Date.now() - lastDbCheck > 2_000) {
          lastDbCheck = Date.now();
          const { rows } = await db.query<{ n: string }>(
            `SELECT count(DISTINCT idempotency_key) AS n FROM notifications WHERE user_id = ANY($1::uuid[]) AND idempotency_key = ANY($2::text[])`,
            [userIds, batch.keys],
          );
          if (Number(rows[0].n) === n) return Date.now();
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return Math.max(...[...batch.created.keys()].map((id) => completed.get(id)!));
    };

    // Warm-up (not measured): the worker's connections, queues and JIT, like the HTTP scenarios' first second.
    if (warmup > 0) await delivered(await produce(warmup, Math.min(rate, 200)), timeoutMs);
    const repeatsBefore = repeats;
    const failuresBefore = failures;
    const deliveredBefore = deliveredByJobs;

    const cpuBefore = cpuSecondsOf(workerPid);
    const batch = await produce(events, rate);
    const { created, keys, outboxIds, firstWrite, lastWrite } = batch;
    world.log(`7-notifications: ${events} events written in ${((lastWrite - firstWrite) / 1000).toFixed(1)} s (offered ${rate}/s)`);
    const lastDelivery = await delivered(batch, timeoutMs);
    const cpuAfter = cpuSecondsOf(workerPid);

    // Exactly once: every event relayed once, each of its recipients notified once.
    // (and how long rows waited for the relay: outbox row → dispatched, the first leg of the delay)
    const { rows: [relayed] } = await db.query<{ undispatched: string; multi: string; relay_p50: number | null; relay_p99: number | null }>(
      `SELECT count(*) FILTER (WHERE dispatched_at IS NULL) AS undispatched, count(*) FILTER (WHERE attempts <> 1) AS multi,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dispatched_at - created_at) * 1000) AS relay_p50,
              percentile_disc(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM dispatched_at - created_at) * 1000) AS relay_p99
         FROM outbox WHERE id = ANY($1::bigint[])`,
      [outboxIds],
    );
    const { rows: perKey } = await db.query<{ k: string; n: string }>(
      `SELECT idempotency_key AS k, count(*) AS n FROM notifications WHERE user_id = ANY($1::uuid[]) AND idempotency_key = ANY($2::text[]) GROUP BY 1`,
      [userIds, keys],
    );
    const notifications = perKey.reduce((sum, r) => sum + Number(r.n), 0);
    const wrong = perKey.filter((r) => Number(r.n) !== userIds.length).length + (events - perKey.length);
    if (Number(relayed.undispatched) > 0 || wrong > 0 || notifications !== events * userIds.length) {
      throw new Error(
        `7-notifications: not exactly once: ${perKey.length} of ${events} events delivered, ${wrong} with the wrong count, ` +
          `${notifications} notifications for ${userIds.length} recipient(s) each, ${relayed.undispatched} rows never relayed`,
      );
    }

    const delays = [...created].filter(([id]) => completed.has(id)).map(([id, at]) => completed.get(id)! - at).sort((a, b) => a - b);
    const seconds = (lastDelivery - firstWrite) / 1000;
    const r1 = (x: number) => Math.round(x * 10) / 10;
    const extra: Record<string, number | string> = {
      events,
      notifications,
      recipientsPerEvent: userIds.length,
      seconds: Math.round(seconds * 100) / 100,
      offeredRatePerS: rate,
      writeSeconds: Math.round((lastWrite - firstWrite) / 10) / 100,
      delaySamples: delays.length,
      maxDelayMs: delays.length ? delays[delays.length - 1] : NaN,
      relayP50Ms: Math.round(Number(relayed.relay_p50)),
      relayP99Ms: Math.round(Number(relayed.relay_p99)),
      relayedMoreThanOnce: Number(relayed.multi),
      jobRepeats: repeats - repeatsBefore,
      failedJobs: failures - failuresBefore,
      deliveredByJobs: deliveredByJobs - deliveredBefore,
      warmupEvents: warmup,
    };
    if (nudgeErrors > 0) extra.nudgeErrors = nudgeErrors;
    if (cpuBefore !== null && cpuAfter !== null) extra.workerCpuS = r1(cpuAfter - cpuBefore);
    return {
      id: '7-notifications',
      title: `notifications: ${events.toLocaleString('en-US')} events offered at ${rate}/s, outbox → relay → BullMQ → in-app (delay: outbox row → delivered)`,
      throughput: r1(events / seconds),
      p50Ms: percentile(delays, 50),
      p99Ms: percentile(delays, 99),
      extra,
    };
  } finally {
    await queueEvents.close().catch(() => undefined);
    await relay.close().catch(() => undefined);
    await db.end().catch(() => undefined);
  }
}

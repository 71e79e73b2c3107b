import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueEvents, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, loadConfig, TransactionRunner, type Tx } from '@renkei/core';
import {
  DEFAULT_WORKFLOW_OPTIONS,
  DeadlineHandlerRegistry,
  DeadlineService,
  deadlineJobId,
  WORKFLOW_OPTIONS,
  WorkflowJob,
  WorkflowQueue,
  type Deadline,
  type DeadlineJobData,
  type ScheduleDeadlineInput,
} from '@renkei/workflow';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/** Real time (BullMQ's delays are real), plus an offset the test can jump forward. */
class ShiftableClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The worker role against a real PostgreSQL and Redis: delayed jobs fire the warning and the
 * breach once each, and a deadline whose jobs were lost is still breached, once, by the reconciler.
 */
describe('deadlines in the worker role (BullMQ + reconciler)', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let deadlines: DeadlineService;
  let runner: TransactionRunner;
  let stageQueue: Queue<DeadlineJobData>;
  let maintenance: Queue;
  let stageEvents: QueueEvents;
  let maintenanceEvents: QueueEvents;
  let prefectureId: string;
  const clock = new ShiftableClock();
  const calls: { stage: 'warning' | 'breach'; id: string; at: number }[] = [];
  const callsOf = (id: string, stage: 'warning' | 'breach') => calls.filter((c) => c.id === id && c.stage === stage).length;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test', DATABASE_URL: db.url, REDIS_URL: process.env.RENKEI_TEST_REDIS_URL, REDIS_PREFIX: `renkei-test-${db.name}`, LOG_LEVEL: 'silent',
    });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      // The scheduled reconciler runs once at boot; the tests run it themselves when they mean to.
      .overrideProvider(WORKFLOW_OPTIONS)
      .useValue({ ...DEFAULT_WORKFLOW_OPTIONS, reconcileEveryMs: 3_600_000 })
      .compile();
    worker = moduleRef;
    moduleRef.get(DeadlineHandlerRegistry).register('test.worker', {
      onWarning: (_tx: Tx, d: Deadline) => void calls.push({ stage: 'warning', id: d.id, at: Date.now() }),
      onBreach: (_tx: Tx, d: Deadline) => void calls.push({ stage: 'breach', id: d.id, at: Date.now() }),
    });
    await worker.init();
    ds = worker.get(DataSource);
    deadlines = worker.get(DeadlineService);
    runner = worker.get(TransactionRunner);
    stageQueue = worker.get<Queue<DeadlineJobData>>(getQueueToken(WorkflowQueue.DEADLINES));
    maintenance = worker.get<Queue>(getQueueToken(WorkflowQueue.MAINTENANCE));
    const connection = { connection: { url: config.redisUrl }, prefix: config.redisPrefix };
    stageEvents = new QueueEvents(WorkflowQueue.DEADLINES, connection);
    maintenanceEvents = new QueueEvents(WorkflowQueue.MAINTENANCE, connection);
    await Promise.all([stageEvents.waitUntilReady(), maintenanceEvents.waitUntilReady()]);
    [{ id: prefectureId }] = await ds.query(`SELECT id FROM prefectures ORDER BY code LIMIT 1`);
  });
  afterAll(async () => {
    await stageEvents?.close();
    await maintenanceEvents?.close();
    await worker?.close();
    await db?.drop();
  });

  const schedule = (over: Partial<ScheduleDeadlineInput>) =>
    runner.run((tx) =>
      deadlines.schedule(tx, { kind: 'test.worker', subjectType: 'TestSubject', subjectId: randomUUID(), prefectureId, dueAt: clock.now(), ...over }),
    );
  const auditActions = async (deadlineId: string) =>
    ((await ds.query(`SELECT action FROM audit_log WHERE details->>'deadlineId' = $1 ORDER BY id`, [deadlineId])) as { action: string }[]).map((r) => r.action);

  it('declares the reconciler as a job scheduler', async () => {
    const schedulers = await maintenance.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: WorkflowJob.RECONCILE_DEADLINES, every: 3_600_000 })]);
  });

  it('fires the warning, then the breach, from their delayed jobs, once each', async () => {
    const now = clock.now().getTime();
    const d = await schedule({ warnAt: new Date(now + 500), dueAt: new Date(now + 1_500) });

    await waitFor(() => callsOf(d.id, 'breach') > 0);
    // give a duplicate every chance to show up
    await new Promise((r) => setTimeout(r, 700));
    expect(callsOf(d.id, 'warning')).toBe(1);
    expect(callsOf(d.id, 'breach')).toBe(1);
    const warning = calls.find((c) => c.id === d.id && c.stage === 'warning')!;
    const breach = calls.find((c) => c.id === d.id && c.stage === 'breach')!;
    expect(warning.at).toBeGreaterThanOrEqual(now + 500);
    expect(breach.at).toBeGreaterThanOrEqual(now + 1_500);

    const row = await deadlines.findById(null, d.id);
    expect(row).toMatchObject({ state: 'breached', version: 3 });
    expect(row!.warnedAt!.getTime()).toBeGreaterThanOrEqual(now + 500);
    expect(row!.breachedAt!.getTime()).toBeGreaterThanOrEqual(now + 1_500);
    expect(row!.escalatedAt).toEqual(row!.breachedAt);
    expect(await auditActions(d.id)).toEqual(['workflow.deadline.scheduled', 'workflow.deadline.warned', 'workflow.deadline.breached']);
    expect(await deadlines.reconcile()).toEqual({ fired: 0, failed: 0, more: false });
  });

  it('recovers a deadline whose jobs were lost: the reconciler breaches it exactly once; duplicates and stale jobs change nothing', async () => {
    const now = clock.now().getTime();
    const d = await schedule({ warnAt: new Date(now + 5 * 60_000), dueAt: new Date(now + 10 * 60_000) });
    const warnId = deadlineJobId(d.id, 'warning', d.warnAt!);
    const breachId = deadlineJobId(d.id, 'breach', d.dueAt);
    // queued just after the commit, in the background
    await waitFor(async () => (await (await stageQueue.getJob(breachId))?.getState()) === 'delayed');
    expect(await (await stageQueue.getJob(warnId))?.getState()).toBe('delayed');
    // Enqueueing the same stage again (a retried commit listener) adds nothing: same job id.
    await stageQueue.add(WorkflowJob.DEADLINE_BREACH, { deadlineId: d.id, stage: 'breach', at: d.dueAt.toISOString() }, { jobId: breachId, delay: 60_000 });
    expect((await stageQueue.getDelayed()).filter((j) => j.data.deadlineId === d.id)).toHaveLength(2);

    // Redis loses the jobs (a flush, a restore from an old snapshot, a failed enqueue)...
    expect(await stageQueue.remove(warnId)).toBe(1);
    expect(await stageQueue.remove(breachId)).toBe(1);
    expect(await stageQueue.getJob(breachId)).toBeUndefined();
    // ...and the due time passes.
    clock.offsetMs += 11 * 60_000;

    // The reconciler's own job, as its scheduler would run it.
    const run = await maintenance.add(WorkflowJob.RECONCILE_DEADLINES, {});
    expect(await run.waitUntilFinished(maintenanceEvents, 20_000)).toEqual({ fired: 1, failed: 0, more: false });
    expect(callsOf(d.id, 'breach')).toBe(1);
    expect(callsOf(d.id, 'warning')).toBe(0); // past due: the breach says it all
    expect(await deadlines.findById(null, d.id)).toMatchObject({ state: 'breached', warnedAt: null });

    // Again: nothing left to do.
    expect(await deadlines.reconcile()).toEqual({ fired: 0, failed: 0, more: false });
    // The lost job turns up after all (a duplicate), and one for an older due time (stale).
    const duplicate = await stageQueue.add(WorkflowJob.DEADLINE_BREACH, { deadlineId: d.id, stage: 'breach', at: d.dueAt.toISOString() }, { jobId: breachId });
    expect(await duplicate.waitUntilFinished(stageEvents, 20_000)).toMatchObject({ status: 'skipped', reason: 'already' });
    const stale = await stageQueue.add(WorkflowJob.DEADLINE_BREACH, { deadlineId: d.id, stage: 'breach', at: new Date(now).toISOString() });
    expect(await stale.waitUntilFinished(stageEvents, 20_000)).toMatchObject({ status: 'skipped', reason: 'stale' });
    const lateWarning = await stageQueue.add(WorkflowJob.DEADLINE_WARNING, { deadlineId: d.id, stage: 'warning', at: d.warnAt!.toISOString() }, { jobId: warnId });
    expect(await lateWarning.waitUntilFinished(stageEvents, 20_000)).toMatchObject({ status: 'skipped', reason: 'already' });

    expect(callsOf(d.id, 'breach')).toBe(1);
    expect(callsOf(d.id, 'warning')).toBe(0);
    expect(await deadlines.findById(null, d.id)).toMatchObject({ state: 'breached', version: 2 });
    expect(await auditActions(d.id)).toEqual(['workflow.deadline.scheduled', 'workflow.deadline.breached']);
  });

  it('fires a stage once when its job, several reconcilers and direct calls race for it', async () => {
    const completed = new Set<string>();
    stageEvents.on('completed', ({ jobId }) => void completed.add(jobId));
    // Due already: its breach job is queued with no delay and the worker takes it at once.
    const d = await schedule({ dueAt: new Date(clock.now().getTime() - 1_000) });
    const [r1, r2, r3, s1, s2] = await Promise.all([
      deadlines.reconcile(),
      deadlines.reconcile(),
      deadlines.reconcile(),
      deadlines.fireStage(d.id, 'breach', d.dueAt),
      deadlines.fireStage(d.id, 'breach', d.dueAt),
    ]);
    await waitFor(() => completed.has(deadlineJobId(d.id, 'breach', d.dueAt)));
    expect(callsOf(d.id, 'breach')).toBe(1);
    expect(await deadlines.findById(null, d.id)).toMatchObject({ state: 'breached', version: 2 });
    expect(await auditActions(d.id)).toEqual(['workflow.deadline.scheduled', 'workflow.deadline.breached']);
    // whoever won (maybe the job), the others found it done or held by the winner
    const firedHere = r1.fired + r2.fired + r3.fired + [s1, s2].filter((s) => s.status === 'fired').length;
    expect(firedHere).toBeLessThanOrEqual(1);
  });
});

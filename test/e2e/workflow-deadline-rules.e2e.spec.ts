import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { RequestContext, TransactionRunner, type Tx } from '@renkei/core';
import {
  BusinessCalendar,
  DeadlineHandlerRegistry,
  DeadlineService,
  deadlineJobId,
  WorkflowQueue,
  type Deadline,
  type ScheduleDeadlineInput,
} from '@renkei/workflow';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The deadline rules against the real PostgreSQL, in the API role (it schedules and queues;
 * no worker runs here, so the stages are fired by hand under a FixedClock).
 */
describe('deadlines: scheduling and stages (API role, fixed clock)', () => {
  let t: TestApp;
  let deadlines: DeadlineService;
  let runner: TransactionRunner;
  let queue: Queue;
  let prefectureId: string;
  const calendar = new BusinessCalendar();
  const calls: { stage: 'warning' | 'breach'; deadline: Deadline }[] = [];
  let failNextBreach = false;
  const start = new Date('2026-11-20T01:00:00Z'); // Friday 10:00 JST

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    deadlines = t.app.get(DeadlineService);
    runner = t.app.get(TransactionRunner);
    // The API role registers no queue of its own: look into Redis with a handle of ours.
    queue = new Queue(WorkflowQueue.DEADLINES, { connection: { url: t.config.redisUrl }, prefix: t.config.redisPrefix });
    [{ id: prefectureId }] = await t.dataSource.query(`SELECT id FROM prefectures ORDER BY code LIMIT 1`);
    t.app.get(DeadlineHandlerRegistry).register('test.rules', {
      onWarning: (tx: Tx, deadline: Deadline) => void calls.push({ stage: 'warning', deadline }),
      onBreach: (tx: Tx, deadline: Deadline) => {
        if (failNextBreach) {
          failNextBreach = false;
          throw new Error('the handler failed');
        }
        calls.push({ stage: 'breach', deadline });
        // What a handler writes joins the stage's transaction (and so the audit log).
        tx.emit({ type: 'test.escalated', outcome: 'success', ctx: RequestContext.system('job'), subjectType: deadline.subjectType, subjectId: deadline.subjectId });
      },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await t?.close();
  });
  beforeEach(() => {
    calls.length = 0;
    t.clock.set(start);
  });
  // Each test starts with no open deadline, so moving the clock fires only its own.
  afterEach(async () => {
    await t.dataSource.query(`UPDATE deadlines SET state = 'cancelled', cancelled_at = now() WHERE state IN ('pending','warned','breached')`);
  });

  const input = (over: Partial<ScheduleDeadlineInput> = {}): ScheduleDeadlineInput => {
    const dueAt = calendar.nextBusinessDayNoon(t.clock.now()); // Tuesday 11/24 12:00 JST (11/23 is a holiday)
    return { kind: 'test.rules', subjectType: 'TestSubject', subjectId: randomUUID(), prefectureId, dueAt, warnAt: calendar.subtractBusinessDays(dueAt, 1), ...over };
  };
  const schedule = (i: ScheduleDeadlineInput) => runner.run((tx) => deadlines.schedule(tx, i));
  const audit = async (deadlineId: string) =>
    (await t.dataSource.query(`SELECT action, channel FROM audit_log WHERE details->>'deadlineId' = $1 ORDER BY id`, [deadlineId])) as { action: string; channel: string }[];
  const jobState = async (id: string, stage: 'warning' | 'breach', at: Date) => {
    const job = await queue.getJob(deadlineJobId(id, stage, at));
    return job ? job.getState() : 'absent';
  };
  /** Jobs reach Redis just after the commit, without holding the request up: wait for them. */
  const eventually = async (id: string, stage: 'warning' | 'breach', at: Date, state: string) => {
    for (let i = 0; i < 100 && (await jobState(id, stage, at)) !== state; i += 1) await new Promise((r) => setTimeout(r, 20));
    return jobState(id, stage, at);
  };

  it('opens one deadline, queues its warning and breach only after commit, and audits it', async () => {
    const i = input();
    expect(i.dueAt).toEqual(new Date('2026-11-24T03:00:00Z'));
    expect(i.warnAt).toEqual(new Date('2026-11-20T03:00:00Z'));
    const d = await runner.run(async (tx) => {
      const scheduled = await deadlines.schedule(tx, i);
      // not yet committed: nothing in Redis
      expect(await queue.getJob(deadlineJobId(scheduled.id, 'breach', i.dueAt))).toBeUndefined();
      return scheduled;
    });
    expect(d).toMatchObject({ state: 'pending', kind: 'test.rules', subjectId: i.subjectId, prefectureId, dueAt: i.dueAt, warnAt: i.warnAt, version: 1 });
    expect(await eventually(d.id, 'warning', i.warnAt!, 'delayed')).toBe('delayed');
    expect(await eventually(d.id, 'breach', i.dueAt, 'delayed')).toBe('delayed');
    const breachJob = await queue.getJob(deadlineJobId(d.id, 'breach', i.dueAt));
    expect(breachJob!.delay).toBe(i.dueAt.getTime() - start.getTime());
    expect(breachJob!.data).toEqual({ deadlineId: d.id, stage: 'breach', at: i.dueAt.toISOString() });
    expect(await audit(d.id)).toEqual([{ action: 'workflow.deadline.scheduled', channel: 'job' }]);
  });

  it('a rolled-back schedule leaves neither a row nor a job', async () => {
    const i = input();
    let id = '';
    await expect(
      runner.run(async (tx) => {
        id = (await deadlines.schedule(tx, i)).id;
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await deadlines.findById(null, id)).toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    expect(await queue.getJob(deadlineJobId(id, 'breach', i.dueAt))).toBeUndefined();
  });

  it('scheduling again with the same times changes nothing; moving the due time moves its job', async () => {
    const i = input();
    const first = await schedule(i);
    const again = await schedule(i);
    expect(again).toEqual(first);
    expect(await audit(first.id)).toHaveLength(1);

    const later = calendar.addBusinessDays(t.clock.now(), 3);
    const moved = await schedule({ ...i, dueAt: later });
    expect(moved).toMatchObject({ id: first.id, dueAt: later, version: 2, state: 'pending' });
    expect(await eventually(first.id, 'breach', later, 'delayed')).toBe('delayed');
    expect(await jobState(first.id, 'breach', i.dueAt)).toBe('absent'); // removed before the new one was added
    expect((await audit(first.id)).map((a) => a.action)).toEqual(['workflow.deadline.scheduled', 'workflow.deadline.scheduled']);
  });

  it('one open deadline per subject and kind (partial unique index); a closed one stays as history', async () => {
    const i = input();
    const d = await schedule(i);
    await expect(
      t.dataSource.query(`INSERT INTO deadlines (kind, subject_type, subject_id, due_at) VALUES ($1, $2, $3, now())`, [i.kind, i.subjectType, i.subjectId]),
    ).rejects.toThrow(/deadlines_open_subject_key/);
    const done = await runner.run((tx) => deadlines.complete(tx, i.kind, i.subjectType, i.subjectId));
    expect(done).toMatchObject({ id: d.id, state: 'done', completedAt: start });
    expect(await eventually(d.id, 'breach', i.dueAt, 'absent')).toBe('absent');
    t.clock.advance(60_000);
    const next = await schedule(i);
    expect(next.id).not.toBe(d.id);
    expect((await deadlines.listForSubjects(null, i.subjectType, [i.subjectId])).map((x) => x.state)).toEqual(['done', 'pending']);
    expect(await runner.run((tx) => deadlines.complete(tx, 'test.rules', 'TestSubject', randomUUID()))).toBeNull();
  });

  it('fires the warning, then the breach with its escalation, once each; late jobs and stale jobs do nothing', async () => {
    const i = input();
    const d = await schedule(i);

    expect(await deadlines.fireStage(d.id, 'warning', i.warnAt!)).toMatchObject({ status: 'early', remainingMs: 2 * 3_600_000 });
    t.clock.set(new Date('2026-11-20T03:00:00Z'));
    expect(await deadlines.fireStage(d.id, 'warning', i.warnAt!)).toMatchObject({ status: 'fired' });
    expect(await deadlines.fireStage(d.id, 'warning', i.warnAt!)).toMatchObject({ status: 'skipped', reason: 'already' });
    expect(calls.map((c) => c.stage)).toEqual(['warning']);
    expect(calls[0].deadline).toMatchObject({ id: d.id, state: 'warned', warnedAt: new Date('2026-11-20T03:00:00Z') });

    expect(await deadlines.fireStage(d.id, 'breach', new Date(i.dueAt.getTime() - 60_000))).toMatchObject({ status: 'skipped', reason: 'stale' });
    t.clock.set(new Date('2026-11-24T03:00:01Z'));
    expect(await deadlines.fireStage(d.id, 'breach', i.dueAt)).toMatchObject({ status: 'fired' });
    expect(await deadlines.fireStage(d.id, 'breach', i.dueAt)).toMatchObject({ status: 'skipped', reason: 'already' });
    expect(await deadlines.reconcile()).toEqual({ fired: 0, failed: 0, more: false });
    expect(calls.map((c) => c.stage)).toEqual(['warning', 'breach']);
    const breachedAt = new Date('2026-11-24T03:00:01Z');
    expect(await deadlines.findById(null, d.id)).toMatchObject({ state: 'breached', breachedAt, escalatedAt: breachedAt, version: 3 });

    const done = await runner.run((tx) => deadlines.complete(tx, i.kind, i.subjectType, i.subjectId));
    expect(done).toMatchObject({ state: 'done', breachedAt });
    expect(await deadlines.fireStage(d.id, 'breach', i.dueAt)).toMatchObject({ status: 'skipped', reason: 'closed' });
    expect((await audit(d.id)).map((a) => a.action)).toEqual([
      'workflow.deadline.scheduled',
      'workflow.deadline.warned',
      'workflow.deadline.breached',
      'workflow.deadline.completed',
    ]);
    const [escalated] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.escalated' AND subject_id = $1`, [i.subjectId]);
    expect(escalated.n).toBe(1);
  });

  it('more time for a breached deadline opens it again, and the new due time breaches once more', async () => {
    const i = input();
    const d = await schedule(i);
    t.clock.set(new Date('2026-11-24T04:00:00Z'));
    await deadlines.fireStage(d.id, 'warning', i.warnAt!); // superseded: due already passed
    expect(await deadlines.reconcile()).toEqual({ fired: 1, failed: 0, more: false });
    expect(await deadlines.findById(null, d.id)).toMatchObject({ state: 'breached', warnedAt: null });

    const extended = calendar.addBusinessDays(t.clock.now(), 2); // end of Thursday 11/26
    expect(extended).toEqual(new Date('2026-11-26T15:00:00Z'));
    const moved = await schedule({ ...i, dueAt: extended, warnAt: i.warnAt });
    expect(moved).toMatchObject({ id: d.id, state: 'pending', breachedAt: null, escalatedAt: null, dueAt: extended });
    expect(await eventually(d.id, 'breach', extended, 'delayed')).toBe('delayed');
    t.clock.set(new Date('2026-11-26T15:00:00Z'));
    expect(await deadlines.fireStage(d.id, 'breach', i.dueAt)).toMatchObject({ status: 'skipped', reason: 'stale' });
    expect(await deadlines.fireStage(d.id, 'breach', extended)).toMatchObject({ status: 'fired' });
    expect(calls.map((c) => c.stage)).toEqual(['breach', 'breach']);
    expect((await audit(d.id)).map((a) => a.action)).toEqual([
      'workflow.deadline.scheduled',
      'workflow.deadline.breached',
      'workflow.deadline.scheduled',
      'workflow.deadline.breached',
    ]);
  });

  it('the reconciler fires what is due, breaches before warnings, and skips warnings whose due time passed', async () => {
    const a = await schedule(input()); // warn 11/20 12:00 JST, due 11/24 12:00 JST
    const b = await schedule(input({ dueAt: new Date('2026-11-20T05:00:00Z'), warnAt: new Date('2026-11-20T04:00:00Z') }));
    const c = await schedule(input({ dueAt: new Date('2026-11-30T05:00:00Z'), warnAt: null }));
    t.clock.set(new Date('2026-11-20T06:00:00Z'));
    expect(await deadlines.reconcile()).toEqual({ fired: 2, failed: 0, more: false });
    expect(calls.map((x) => [x.stage, x.deadline.id])).toEqual([
      ['breach', b.id],
      ['warning', a.id],
    ]);
    expect((await deadlines.findById(null, b.id))!.warnedAt).toBeNull(); // no warning after the breach
    expect((await deadlines.findById(null, c.id))!.state).toBe('pending');
    expect(await deadlines.reconcile()).toEqual({ fired: 0, failed: 0, more: false });
    const cancelled = await runner.run((tx) => deadlines.cancel(tx, c.kind, c.subjectType, c.subjectId));
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelledAt: new Date('2026-11-20T06:00:00Z') });
  });

  it('a failing handler rolls its stage back and the next run fires it; a kind nobody handles is never dropped', async () => {
    const failing = await schedule(input({ dueAt: new Date('2026-11-20T02:00:00Z'), warnAt: null }));
    await expect(schedule(input({ kind: 'test.nobody' }))).rejects.toMatchObject({ reason: 'WORKFLOW.NO_DEADLINE_HANDLER' });
    // a row whose handler went away (e.g. a removed lib) stays open and keeps being reported
    const [{ id: orphanId }] = await t.dataSource.query(
      `INSERT INTO deadlines (kind, subject_type, subject_id, due_at) VALUES ('test.nobody', 'TestSubject', $1, '2026-11-20T02:00:00Z') RETURNING id`,
      [randomUUID()],
    );
    t.clock.set(new Date('2026-11-20T03:00:00Z'));
    failNextBreach = true;
    expect(await deadlines.reconcile()).toEqual({ fired: 0, failed: 2, more: false });
    expect(await deadlines.findById(null, failing.id)).toMatchObject({ state: 'pending', breachedAt: null, version: 1 });
    expect(await deadlines.findById(null, orphanId)).toMatchObject({ state: 'pending', breachedAt: null });
    expect((await audit(failing.id)).map((a) => a.action)).toEqual(['workflow.deadline.scheduled']);

    expect(await deadlines.reconcile()).toEqual({ fired: 1, failed: 1, more: false });
    expect(calls.map((x) => x.deadline.id)).toEqual([failing.id]);
    await expect(deadlines.fireStage(orphanId, 'breach')).rejects.toMatchObject({ reason: 'WORKFLOW.NO_DEADLINE_HANDLER' });
  });

  it('stops a run at its batch size and says there is more', async () => {
    for (let n = 0; n < 3; n += 1) await schedule(input({ dueAt: new Date('2026-11-20T02:00:00Z'), warnAt: null }));
    t.clock.set(new Date('2026-11-20T03:00:00Z'));
    expect(await deadlines.reconcile(2)).toEqual({ fired: 2, failed: 0, more: true });
    expect(await deadlines.reconcile(2)).toEqual({ fired: 1, failed: 0, more: false });
    expect(calls).toHaveLength(3);
  });
});

import { FixedClock, RequestContext, type DomainEvent, type TransactionRunner } from '@renkei/core';
import { DeadlineJobEnqueuer } from '../deadlines/deadline-job-enqueuer';
import { DeadlineHandlerRegistry } from '../deadlines/deadline-handler.registry';
import { DeadlineService } from '../deadlines/deadline.service';
import { DeadlineEvent } from '../deadlines/deadline.types';
import { deadlineJobId, WorkflowJob } from '../jobs/workflow-queues';
import { DEFAULT_WORKFLOW_OPTIONS } from '../workflow.options';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';

const ID = '0b7c6a52-9a55-4a8e-9d1c-2f5d3f0e6a11';

function fakeQueue() {
  const added: { name: string; data: any; opts: any }[] = [];
  const removed: string[] = [];
  const queue = {
    add: jest.fn(async (name: string, data: unknown, opts: unknown) => void added.push({ name, data, opts })),
    remove: jest.fn(async (id: string) => (removed.push(id), 1)),
  };
  return { queue, added, removed };
}

function scheduled(details: Record<string, unknown>): DomainEvent {
  return { type: DeadlineEvent.SCHEDULED, outcome: 'success', ctx: RequestContext.system('job'), details: { deadlineId: ID, kind: 'test.due', ...details } };
}

describe('deadline job ids', () => {
  it('are deterministic per deadline, stage and time, and free of ":" (BullMQ refuses it in custom ids)', () => {
    const at = new Date('2026-11-24T03:00:00Z');
    expect(deadlineJobId(ID, 'warning', at)).toBe(`deadline-${ID}-warn-${at.getTime()}`);
    expect(deadlineJobId(ID, 'breach', at)).toBe(`deadline-${ID}-breach-${at.getTime()}`);
    expect(deadlineJobId(ID, 'breach', at)).toBe(deadlineJobId(ID, 'breach', new Date(at.getTime())));
    expect(deadlineJobId(ID, 'breach', at)).not.toContain(':');
  });
});

describe('DeadlineJobEnqueuer (after commit)', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z'));
  const runner = { registerCommitListener: jest.fn() } as unknown as TransactionRunner;
  /** An enqueuer of a role with Redis, its queue replaced by a fake. */
  const withQueue = (queue: unknown) => {
    const enqueuer = new DeadlineJobEnqueuer(runner, clock, DEFAULT_WORKFLOW_OPTIONS, { connection: {} } as any);
    (enqueuer as any).queue = queue;
    return enqueuer;
  };

  it('registers itself as a commit listener', () => {
    const enqueuer = withQueue(fakeQueue().queue);
    enqueuer.onModuleInit();
    expect(runner.registerCommitListener).toHaveBeenCalledWith(enqueuer);
  });

  it('returns at once, without waiting for Redis, and queues in the background', async () => {
    let release: () => void = () => undefined;
    const queue = { add: jest.fn(() => new Promise<void>((r) => (release = r))), remove: jest.fn(async () => 1) };
    const enqueuer = withQueue(queue);
    expect(enqueuer.afterCommit([scheduled({ dueAt: '2026-11-24T03:00:00.000Z', warnAt: null })])).toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(queue.add).toHaveBeenCalledTimes(1);
    release();
    await enqueuer.idle();
  });

  it('queues nothing where the role has no Redis (the command-line tools)', async () => {
    const { queue, added } = fakeQueue();
    const enqueuer = new DeadlineJobEnqueuer(runner, clock, DEFAULT_WORKFLOW_OPTIONS, undefined);
    (enqueuer as any).queue = queue;
    enqueuer.afterCommit([scheduled({ dueAt: '2026-11-24T03:00:00.000Z', warnAt: null })]);
    await enqueuer.idle();
    expect(added).toEqual([]);
  });

  it('queues the warning and the breach as delayed jobs with deterministic ids', async () => {
    const { queue, added } = fakeQueue();
    const enqueuer = withQueue(queue);
    enqueuer.afterCommit([
      scheduled({ dueAt: '2026-11-24T03:00:00.000Z', warnAt: '2026-11-20T03:00:00.000Z', previousDueAt: null, previousWarnAt: null }),
    ]);
    await enqueuer.idle();
    expect(added).toEqual([
      {
        name: WorkflowJob.DEADLINE_WARNING,
        data: { deadlineId: ID, stage: 'warning', at: '2026-11-20T03:00:00.000Z' },
        opts: expect.objectContaining({ jobId: deadlineJobId(ID, 'warning', new Date('2026-11-20T03:00:00Z')), delay: 2 * 3_600_000 }),
      },
      {
        name: WorkflowJob.DEADLINE_BREACH,
        data: { deadlineId: ID, stage: 'breach', at: '2026-11-24T03:00:00.000Z' },
        opts: expect.objectContaining({ jobId: deadlineJobId(ID, 'breach', new Date('2026-11-24T03:00:00Z')), delay: 4 * 24 * 3_600_000 + 2 * 3_600_000 }),
      },
    ]);
  });

  it('removes the jobs of the old times when a deadline moves, and all jobs when it closes', async () => {
    const { queue, added, removed } = fakeQueue();
    const enqueuer = withQueue(queue);
    enqueuer.afterCommit([
      scheduled({ dueAt: '2026-11-25T03:00:00.000Z', warnAt: null, previousDueAt: '2026-11-24T03:00:00.000Z', previousWarnAt: '2026-11-20T03:00:00.000Z' }),
    ]);
    await enqueuer.idle();
    expect(removed).toEqual([
      deadlineJobId(ID, 'warning', new Date('2026-11-20T03:00:00Z')),
      deadlineJobId(ID, 'breach', new Date('2026-11-24T03:00:00Z')),
    ]);
    expect(added.map((a) => a.opts.jobId)).toEqual([deadlineJobId(ID, 'breach', new Date('2026-11-25T03:00:00Z'))]);

    removed.length = 0;
    enqueuer.afterCommit([
      { ...scheduled({ dueAt: '2026-11-25T03:00:00.000Z', warnAt: null }), type: DeadlineEvent.COMPLETED },
      { type: 'cases.task.answered', outcome: 'success', ctx: RequestContext.system('job'), details: { deadlineId: 'not ours' } },
    ]);
    await enqueuer.idle();
    expect(removed).toEqual([deadlineJobId(ID, 'breach', new Date('2026-11-25T03:00:00Z'))]);
  });

  it('a Redis failure is logged once, never thrown: the reconciler fires the stage later', async () => {
    const queue = { add: jest.fn().mockRejectedValue(new Error('connection refused')), remove: jest.fn() };
    const enqueuer = withQueue(queue);
    (enqueuer as any).logger = { warn: jest.fn() };
    enqueuer.afterCommit([scheduled({ dueAt: '2026-11-24T03:00:00.000Z', warnAt: null })]);
    enqueuer.afterCommit([scheduled({ dueAt: '2026-11-25T03:00:00.000Z', warnAt: null })]);
    await expect(enqueuer.idle()).resolves.toBeUndefined();
    expect(queue.add).toHaveBeenCalledTimes(2);
    expect((enqueuer as any).logger.warn).toHaveBeenCalledTimes(1);
  });
});

describe('DeadlineHandlerRegistry', () => {
  it('holds one handler per kind and refuses a missing one', () => {
    const registry = new DeadlineHandlerRegistry();
    const handler = { onWarning: jest.fn(), onBreach: jest.fn() };
    registry.register('task.due', handler);
    expect(registry.get('task.due')).toBe(handler);
    expect(registry.kinds()).toEqual(['task.due']);
    expect(() => registry.register('task.due', handler)).toThrow(WorkflowError);
    expect(() => registry.get('tip.report')).toThrow(expect.objectContaining({ workflowCode: WorkflowErrorCode.NO_DEADLINE_HANDLER }));
  });
});

describe('DeadlineService.schedule input', () => {
  // Validation happens before any SQL: a service without a database is enough here.
  const service = new DeadlineService(null as any, null as any, new DeadlineHandlerRegistry(), new FixedClock(new Date()), DEFAULT_WORKFLOW_OPTIONS);
  const valid = { kind: 'task.due', subjectType: 'Task', subjectId: ID, prefectureId: null, dueAt: new Date('2026-11-24T03:00:00Z') };

  it.each([
    [{ kind: 'Task Due' }, 'kind'],
    [{ subjectId: 'task-1' }, 'subjectId'],
    [{ prefectureId: 'kou' }, 'prefectureId'],
    [{ dueAt: new Date('nonsense') }, 'dueAt'],
    [{ warnAt: new Date('2026-11-25T00:00:00Z') }, 'warnAt'],
  ])('refuses %o (%s) as bad input', async (change, field) => {
    const error = await service.schedule({} as any, { ...valid, ...change }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WORKFLOW.INVALID_DEADLINE', details: [{ field, reason: 'WORKFLOW.INVALID_DEADLINE' }] });
  });
});

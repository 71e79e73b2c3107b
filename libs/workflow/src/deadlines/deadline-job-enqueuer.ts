import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { getSharedConfigToken } from '@nestjs/bullmq';
import { Queue, type QueueOptions } from 'bullmq';
import { Clock, TransactionRunner, type CommitListener, type DomainEvent } from '@renkei/core';
import { WORKFLOW_OPTIONS, type WorkflowOptions } from '../workflow.options';
import { deadlineJobId, STAGE_JOB, WorkflowQueue, type DeadlineJobData } from '../jobs/workflow-queues';
import { DeadlineEvent, type DeadlineStage } from './deadline.types';

const WEEK_S = 7 * 24 * 3600;
const JOB_EVENTS = new Set<string>([DeadlineEvent.SCHEDULED, DeadlineEvent.COMPLETED, DeadlineEvent.CANCELLED]);

function dateOf(value: unknown): Date | null {
  return typeof value === 'string' ? new Date(value) : null;
}

/**
 * Turns committed deadline events into BullMQ delayed jobs. Only after commit: a job for a
 * deadline that rolled back must not exist. Not awaited by the request that committed (a slow
 * or absent Redis must not hold it up); if Redis refuses, the stage is not lost: the reconciler
 * finds it in PostgreSQL once it is due.
 *
 * The queue is built from BullMQ's shared configuration when the role has one. The command-line
 * tools boot the libs without Redis: there, nothing is queued and the reconciler does the work.
 */
@Injectable()
export class DeadlineJobEnqueuer implements CommitListener, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineJobEnqueuer.name);
  private queue: Queue<DeadlineJobData> | null = null;
  /** one chain, so a re-schedule's removals and additions reach Redis in commit order */
  private tail: Promise<void> = Promise.resolve();
  private warned = false;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
    @Optional() @Inject(getSharedConfigToken()) private readonly bullConfig?: QueueOptions,
  ) {}

  onModuleInit(): void {
    this.transactions.registerCommitListener(this);
  }

  afterCommit(events: readonly DomainEvent[]): void {
    if (!this.bullConfig) return;
    const relevant = events.filter((e) => JOB_EVENTS.has(e.type) && typeof e.details?.deadlineId === 'string');
    if (relevant.length === 0) return;
    this.tail = this.tail.then(() => this.apply(relevant));
  }

  /** Resolves once every job change queued so far has reached Redis or failed (tests, shutdown). */
  idle(): Promise<void> {
    return this.tail;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.race([this.tail, new Promise((r) => setTimeout(r, 5_000).unref())]);
    await this.queue?.close().catch(() => undefined);
  }

  private async apply(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      const details = event.details ?? {};
      const deadlineId = details.deadlineId as string;
      try {
        if (event.type === DeadlineEvent.SCHEDULED) {
          // The old times' jobs would only be skipped as stale; removing them keeps Redis tidy.
          await this.remove(deadlineId, dateOf(details.previousWarnAt), dateOf(details.previousDueAt));
          const warnAt = dateOf(details.warnAt);
          if (warnAt) await this.enqueue(deadlineId, 'warning', warnAt);
          await this.enqueue(deadlineId, 'breach', dateOf(details.dueAt) as Date);
        } else {
          await this.remove(deadlineId, dateOf(details.warnAt), dateOf(details.dueAt));
        }
        this.warned = false;
      } catch (error) {
        this.warnOnce(`deadline ${deadlineId}: jobs not updated (${(error as Error).message}); the reconciler will fire it when due`);
      }
    }
  }

  /** Adds the stage's delayed job; a job with the same id still in Redis makes this a no-op. */
  private async enqueue(deadlineId: string, stage: DeadlineStage, at: Date): Promise<void> {
    const data: DeadlineJobData = { deadlineId, stage, at: at.toISOString() };
    await this.deadlineQueue().add(STAGE_JOB[stage], data, {
      jobId: deadlineJobId(deadlineId, stage, at),
      delay: Math.max(0, at.getTime() - this.clock.now().getTime()),
      attempts: this.options.stageJobAttempts,
      backoff: { type: 'exponential', delay: 5_000 },
      // Gone once done, so a later re-schedule to the same time can queue the id again.
      removeOnComplete: true,
      removeOnFail: { age: WEEK_S },
    });
  }

  private async remove(deadlineId: string, warnAt: Date | null, dueAt: Date | null): Promise<void> {
    if (warnAt) await this.deadlineQueue().remove(deadlineJobId(deadlineId, 'warning', warnAt));
    if (dueAt) await this.deadlineQueue().remove(deadlineJobId(deadlineId, 'breach', dueAt));
  }

  private deadlineQueue(): Queue<DeadlineJobData> {
    if (!this.queue) {
      this.queue = new Queue<DeadlineJobData>(WorkflowQueue.DEADLINES, this.bullConfig);
      this.queue.on('error', (error: Error) => this.warnOnce(`deadline queue: ${error.message}`));
    }
    return this.queue;
  }

  private warnOnce(message: string): void {
    if (!this.warned) this.logger.warn(message);
    this.warned = true;
  }
}

import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { getSharedConfigToken } from '@nestjs/bullmq';
import { Queue, type QueueOptions } from 'bullmq';
import { TransactionRunner, type CommitListener, type DomainEvent } from '@renkei/core';
import { NotificationRuleRegistry } from './notification-rule.registry';
import { NotificationJob, NotificationQueue, RELAY_NUDGE_JOB_ID } from './jobs/notification-queues';

/**
 * After a commit that may have written outbox rows, asks the worker to relay now rather than
 * at its next scheduled run. Only a nudge: the scheduled relay finds every row anyway.
 *
 * The queue is built from BullMQ's shared configuration when the role has one; the command-line
 * tools boot the libs without Redis, and then there is nothing to nudge.
 */
@Injectable()
export class RelayNudge implements CommitListener, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RelayNudge.name);
  private queue: Queue | null = null;
  private warned = false;

  constructor(
    private readonly registry: NotificationRuleRegistry,
    private readonly transactions: TransactionRunner,
    @Optional() @Inject(getSharedConfigToken()) private readonly bullConfig?: QueueOptions,
  ) {}

  onModuleInit(): void {
    this.transactions.registerCommitListener(this);
  }

  afterCommit(events: readonly DomainEvent[]): void {
    if (!this.bullConfig || !events.some((e) => this.registry.handles(e.type))) return;
    const queue = this.relayQueue(this.bullConfig);
    // Not awaited: a slow or absent Redis must never hold up the request that committed.
    queue
      .add(NotificationJob.RELAY, {}, { jobId: RELAY_NUDGE_JOB_ID, removeOnComplete: true, removeOnFail: true })
      .then(() => {
        this.warned = false;
      })
      .catch((error: Error) => this.warnOnce(error));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  private relayQueue(config: QueueOptions): Queue {
    if (!this.queue) {
      this.queue = new Queue(NotificationQueue.RELAY, config);
      this.queue.on('error', (error: Error) => this.warnOnce(error));
    }
    return this.queue;
  }

  private warnOnce(error: Error): void {
    if (!this.warned) this.logger.warn(`relay nudge failed (the scheduled relay will pick the rows up): ${error.message}`);
    this.warned = true;
  }
}

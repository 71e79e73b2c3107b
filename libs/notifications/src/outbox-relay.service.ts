import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { Clock, TransactionRunner } from '@renkei/core';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsOptions } from './notifications.options';
import { deliveryJobId, NotificationJob, NotificationQueue, type DeliveryJobData } from './jobs/notification-queues';

/** Completed jobs stay a day: long enough that a re-added id is still recognised and ignored. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };
/** One run moves at most this many batches, then yields the worker to the deliveries. */
const MAX_BATCHES_PER_RUN = 50;

/**
 * Moves undispatched outbox rows into the delivery queues. Each batch is one transaction:
 * lock rows (SKIP LOCKED), add their jobs, mark them dispatched. A crash before the mark leaves
 * the rows undispatched and the next run adds them again; the jobs' fixed ids and the
 * deliveries' idempotency keys make that harmless.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly options: NotificationsOptions,
    @InjectQueue(NotificationQueue.IN_APP) private readonly inApp: Queue<DeliveryJobData>,
    @InjectQueue(NotificationQueue.WEBHOOK) private readonly webhook: Queue<DeliveryJobData>,
  ) {}

  /** Relays until no undispatched row is left (or the per-run cap); returns how many rows moved. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < this.options.relayBatchSize) break;
    }
    return total;
  }

  async relayBatch(): Promise<number> {
    let claimed: string[] = [];
    try {
      return await this.transactions.run(async (tx) => {
        const rows = await this.repository.claimUndispatched(tx.em, this.options.relayBatchSize);
        if (rows.length === 0) return 0;
        claimed = rows.map((r) => r.id);
        await this.inApp.addBulk(rows.map((r) => this.job(NotificationJob.DELIVER_IN_APP, r.id, this.inAppOptions())));
        const hooked = rows.filter((r) => r.hasWebhook);
        if (hooked.length > 0) {
          await this.webhook.addBulk(hooked.map((r) => this.job(NotificationJob.DELIVER_WEBHOOK, r.id, this.webhookOptions())));
        }
        await this.repository.markDispatched(tx.em, claimed, this.clock.now());
        return rows.length;
      });
    } catch (error) {
      if (claimed.length > 0) {
        await this.repository.countFailedRelay(claimed).catch(() => undefined);
        this.logger.warn(`relay of ${claimed.length} outbox rows failed; they stay undispatched: ${(error as Error).message}`);
      }
      throw error;
    }
  }

  private job(name: NotificationJob, outboxId: string, opts: JobsOptions) {
    return { name, data: { outboxId }, opts: { ...opts, jobId: deliveryJobId(outboxId) } };
  }

  private inAppOptions(): JobsOptions {
    return {
      attempts: this.options.inAppAttempts,
      backoff: { type: 'exponential', delay: this.options.inAppBackoffMs },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  }

  private webhookOptions(): JobsOptions {
    return {
      attempts: this.options.webhookAttempts,
      backoff: { type: 'exponential', delay: this.options.webhookBackoffMs },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  }
}

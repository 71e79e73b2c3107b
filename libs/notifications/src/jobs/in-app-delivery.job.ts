import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NotificationsRepository } from '../notifications.repository';
import { DELIVERY_WORKER_OPTIONS, NotificationJob, NotificationQueue, type DeliveryJobData } from './notification-queues';

/**
 * Writes the in-app notifications of one outbox row. Idempotent by (user, idempotency key):
 * a retried, re-added or crash-recovered job inserts nothing the second time.
 */
// 16 at once: a job is two short statements and BullMQ's own round trips, so throughput is
// concurrency / latency; at 5 the worker fell behind 600 events/s once PostgreSQL was busy
// (bench scenario 7, docs/PERFORMANCE.md). The pool (10 connections) bounds the database side.
@Processor(NotificationQueue.IN_APP, { ...DELIVERY_WORKER_OPTIONS, concurrency: 16 })
export class InAppDeliveryJob extends WorkerHost {
  constructor(private readonly repository: NotificationsRepository) {
    super();
  }

  async process(job: Job<DeliveryJobData>): Promise<{ delivered: number }> {
    if (job.name !== NotificationJob.DELIVER_IN_APP) throw new Error(`unknown job ${job.name}`);
    const row = await this.repository.findOutbox(job.data.outboxId);
    if (!row) return { delivered: 0 };
    return { delivered: await this.repository.insertInApp(row) };
  }
}

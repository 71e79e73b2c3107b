import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Clock } from '@renkei/core';
import { NotificationsRepository } from '../notifications.repository';
import { WebhookSender, webhookBody } from '../webhook.sender';
import { webhookDeliveryKey } from '../outbox.keys';
import { DELIVERY_WORKER_OPTIONS, NotificationJob, NotificationQueue, type DeliveryJobData } from './notification-queues';

export interface WebhookJobResult {
  delivered: number;
  failed: number;
}

/**
 * Posts one outbox row to every active endpoint of the recipient agency subscribed to its
 * event type, each delivery logged in `webhook_deliveries`. A failed POST throws after the
 * others were tried, so BullMQ retries the job with exponential backoff; a retry skips the
 * deliveries already done. After the last attempt the failed ones are marked `failed`.
 */
@Processor(NotificationQueue.WEBHOOK, { ...DELIVERY_WORKER_OPTIONS, concurrency: 5 })
export class WebhookDeliveryJob extends WorkerHost {
  private readonly logger = new Logger(WebhookDeliveryJob.name);

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly sender: WebhookSender,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<DeliveryJobData>): Promise<WebhookJobResult> {
    if (job.name !== NotificationJob.DELIVER_WEBHOOK) throw new Error(`unknown job ${job.name}`);
    const row = await this.repository.findOutbox(job.data.outboxId);
    if (!row || row.recipient.kind !== 'agency') return { delivered: 0, failed: 0 };
    const endpoints = await this.repository.activeEndpointsFor(row.recipient.agencyId, row.eventType);
    await this.repository.failAbandonedDeliveries(row.id, endpoints.map((e) => e.id), this.clock.now());
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let delivered = 0;
    let failed = 0;
    let retry = 0;
    for (const endpoint of endpoints) {
      const deliveryId = webhookDeliveryKey(row.idempotencyKey, endpoint.id);
      const delivery = await this.repository.openDelivery(endpoint.id, row.id, deliveryId, this.clock.now());
      if (delivery.status !== 'pending') continue;
      const attempt = await this.sender.post(endpoint.url, endpoint.secret, deliveryId, row.eventType, webhookBody(row, deliveryId));
      const status = attempt.ok ? 'delivered' : lastAttempt ? 'failed' : 'pending';
      await this.repository.recordDeliveryAttempt(delivery.id, { status, statusCode: attempt.statusCode, error: attempt.error }, this.clock.now());
      if (status === 'delivered') delivered += 1;
      else if (status === 'failed') failed += 1;
      else retry += 1;
    }
    if (failed > 0) this.logger.warn(`${failed} webhook deliveries of outbox row ${row.id} failed for good`);
    if (retry > 0) throw new Error(`${retry} webhook deliveries failed; retrying with backoff`);
    return { delivered, failed };
  }
}

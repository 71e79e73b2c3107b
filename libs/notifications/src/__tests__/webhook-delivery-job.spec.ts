/** The webhook processor's retry rules, with a fake repository and sender. */
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { FixedClock } from '@renkei/core';
import { WebhookDeliveryJob } from '../jobs/webhook-delivery.job';
import { NotificationJob, type DeliveryJobData } from '../jobs/notification-queues';
import type { NotificationsRepository } from '../notifications.repository';
import type { WebhookAttempt, WebhookSender } from '../webhook.sender';
import type { OutboxEntryEntity } from '../entities/outbox-entry.entity';
import type { WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';

const ROW: OutboxEntryEntity = {
  id: '7', createdAt: new Date('2026-11-20T01:00:00Z'), eventType: 'cases.task.created',
  recipient: { kind: 'agency', agencyId: '22222222-2222-2222-2222-222222222222', roles: null },
  payload: { kind: 'task.created', title: '新しい依頼', body: '本文', subjectType: 'Task', subjectId: 'T-1', reference: '甲-2026-000123', occurredAt: '2026-11-20T01:00:00.000Z' },
  idempotencyKey: 'k'.repeat(64), dispatchedAt: null, attempts: 1,
};

function setUp(answers: Record<string, (WebhookAttempt['statusCode'])[]>) {
  const deliveries = new Map<string, { id: string; status: WebhookDeliveryStatus; attempts: number }>();
  const posts: string[] = [];
  const repository = {
    findOutbox: async () => ROW,
    activeEndpointsFor: async () => Object.keys(answers).map((id) => ({ id, url: `http://hooks.test/${id}`, secret: 'secret-0123456789abcdef' })),
    failAbandonedDeliveries: async () => 0,
    openDelivery: async (endpointId: string, _outbox: string, key: string) => {
      if (!deliveries.has(key)) deliveries.set(key, { id: endpointId, status: 'pending', attempts: 0 });
      return deliveries.get(key)!;
    },
    recordDeliveryAttempt: async (id: string, outcome: { status: WebhookDeliveryStatus }) => {
      const d = [...deliveries.values()].find((x) => x.id === id)!;
      d.status = outcome.status;
      d.attempts += 1;
    },
  } as unknown as NotificationsRepository;
  const sender = {
    post: async (url: string): Promise<WebhookAttempt> => {
      const endpoint = url.split('/').pop()!;
      posts.push(endpoint);
      const code = answers[endpoint].shift() ?? 200;
      return code === 200 ? { ok: true, statusCode: 200, error: null } : { ok: false, statusCode: code, error: `HTTP ${code}` };
    },
  } as unknown as WebhookSender;
  const job = new WebhookDeliveryJob(repository, sender, new FixedClock(new Date('2026-11-20T01:00:05Z')));
  const run = (attemptsMade: number, attempts = 3) =>
    job.process({ name: NotificationJob.DELIVER_WEBHOOK, data: { outboxId: '7' }, attemptsMade, opts: { attempts } } as unknown as Job<DeliveryJobData>);
  const status = () => Object.fromEntries([...deliveries.values()].map((d) => [d.id, `${d.status}/${d.attempts}`]));
  return { run, posts, status };
}

describe('WebhookDeliveryJob', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('retries only the endpoints that failed, and succeeds once they answer', async () => {
    const { run, posts, status } = setUp({ a: [200], b: [500, 200] });
    await expect(run(0)).rejects.toThrow('1 webhook deliveries failed');
    expect(status()).toEqual({ a: 'delivered/1', b: 'pending/1' });
    await expect(run(1)).resolves.toEqual({ delivered: 1, failed: 0 });
    expect(status()).toEqual({ a: 'delivered/1', b: 'delivered/2' });
    expect(posts).toEqual(['a', 'b', 'b']);
  });

  it('marks a delivery failed on the last attempt instead of retrying forever', async () => {
    const { run, status } = setUp({ a: [500, 500, 500] });
    await expect(run(0)).rejects.toThrow();
    await expect(run(1)).rejects.toThrow();
    await expect(run(2)).resolves.toEqual({ delivered: 0, failed: 1 });
    expect(status()).toEqual({ a: 'failed/3' });
  });
});

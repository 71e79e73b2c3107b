import { Logger, OnModuleInit } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { OutboxRelay } from '../outbox-relay.service';
import { NotificationsOptions } from '../notifications.options';
import { DELIVERY_WORKER_OPTIONS, NotificationJob, NotificationQueue } from './notification-queues';

/** Runs the relay every few seconds, and whenever the API nudges it after a commit. */
@Processor(NotificationQueue.RELAY, DELIVERY_WORKER_OPTIONS)
export class OutboxRelayJob extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(OutboxRelayJob.name);

  constructor(
    private readonly relay: OutboxRelay,
    private readonly options: NotificationsOptions,
    @InjectQueue(NotificationQueue.RELAY) private readonly queue: Queue,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    // One schedule however many workers start: BullMQ upserts it by id. Nothing depends on nudges.
    await this.queue.upsertJobScheduler(
      NotificationJob.RELAY_SCHEDULE,
      { every: this.options.relayEveryMs },
      { name: NotificationJob.RELAY, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
    );
  }

  async process(job: Job): Promise<{ relayed: number }> {
    if (job.name !== NotificationJob.RELAY) throw new Error(`unknown job ${job.name}`);
    const relayed = await this.relay.relayPending();
    if (relayed > 0) this.logger.debug(`relayed ${relayed} outbox rows`);
    return { relayed };
  }
}

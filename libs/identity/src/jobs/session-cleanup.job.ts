import { Logger, OnModuleInit } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { Clock } from '@renkei/core';
import { IdentityRepository } from '../identity.repository';
import { IdentityJob, IdentityQueue } from './identity-queues';

/** Ended sessions are kept a day for the record, then deleted; stale login throttles too. */
const KEEP_MS = 24 * 3_600_000;

@Processor(IdentityQueue.MAINTENANCE)
export class SessionCleanupJob extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(SessionCleanupJob.name);

  constructor(
    private readonly repository: IdentityRepository,
    private readonly clock: Clock,
    @InjectQueue(IdentityQueue.MAINTENANCE) private readonly queue: Queue,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    // One scheduler however many workers start: BullMQ upserts it by id.
    await this.queue.upsertJobScheduler(IdentityJob.SESSION_CLEANUP, { every: 3_600_000 }, { name: IdentityJob.SESSION_CLEANUP });
  }

  async process(job: Job): Promise<{ sessions: number; throttles: number }> {
    if (job.name !== IdentityJob.SESSION_CLEANUP) throw new Error(`unknown job ${job.name}`);
    const before = new Date(this.clock.now().getTime() - KEEP_MS);
    const sessions = await this.repository.deleteEndedSessions(before);
    const throttles = await this.repository.deleteStaleThrottles(before);
    this.logger.log(`removed ${sessions} ended sessions and ${throttles} stale login throttles`);
    return { sessions, throttles };
  }
}

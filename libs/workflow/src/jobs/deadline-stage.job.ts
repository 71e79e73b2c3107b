import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, type Job } from 'bullmq';
import { DeadlineService } from '../deadlines/deadline.service';
import type { StageOutcome } from '../deadlines/deadline.types';
import { WorkflowQueue, type DeadlineJobData } from './workflow-queues';

/**
 * Fires a deadline's warning or breach when its delayed job comes due. The job is only a
 * wake-up call: DeadlineService re-reads the row under lock and ignores a stale or duplicate job.
 */
@Processor(WorkflowQueue.DEADLINES, { concurrency: 4 })
export class DeadlineStageJob extends WorkerHost {
  private readonly logger = new Logger(DeadlineStageJob.name);

  constructor(private readonly deadlines: DeadlineService) {
    super();
  }

  async process(job: Job<DeadlineJobData>, token?: string): Promise<StageOutcome> {
    const { deadlineId, stage, at } = job.data;
    const outcome = await this.deadlines.fireStage(deadlineId, stage, new Date(at));
    if (outcome.status === 'early') {
      // Woken before its time by the Clock (clock skew between hosts): sleep the rest.
      await job.moveToDelayed(Date.now() + outcome.remainingMs, token);
      throw new DelayedError();
    }
    if (outcome.status === 'skipped') this.logger.debug(`deadline ${deadlineId} ${stage}: skipped (${outcome.reason})`);
    return outcome;
  }
}

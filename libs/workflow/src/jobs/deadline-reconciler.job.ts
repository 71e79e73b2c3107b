import { Inject, Logger, OnModuleInit } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { DeadlineService } from '../deadlines/deadline.service';
import type { ReconcileResult } from '../deadlines/deadline.types';
import { WORKFLOW_OPTIONS, type WorkflowOptions } from '../workflow.options';
import { WorkflowJob, WorkflowQueue } from './workflow-queues';

/**
 * Every minute (WorkflowOptions.reconcileEveryMs), fires the warnings and breaches that are due
 * in PostgreSQL but did not happen: a job lost with Redis, a stopped worker, a failed enqueue.
 * This is what makes "no deadline is ever missed" hold; the delayed jobs only make it prompt.
 */
@Processor(WorkflowQueue.MAINTENANCE)
export class DeadlineReconcilerJob extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(DeadlineReconcilerJob.name);

  constructor(
    private readonly deadlines: DeadlineService,
    @InjectQueue(WorkflowQueue.MAINTENANCE) private readonly queue: Queue,
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    // One scheduler however many workers start: BullMQ upserts it by id.
    await this.queue.upsertJobScheduler(
      WorkflowJob.RECONCILE_DEADLINES,
      { every: this.options.reconcileEveryMs },
      { name: WorkflowJob.RECONCILE_DEADLINES, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<ReconcileResult> {
    if (job.name !== WorkflowJob.RECONCILE_DEADLINES) throw new Error(`unknown job ${job.name}`);
    const result = await this.deadlines.reconcile();
    if (result.fired > 0 || result.failed > 0) {
      this.logger.log(`reconciler fired ${result.fired} overdue deadline stages (${result.failed} failed)${result.more ? '; more left' : ''}`);
    }
    return result;
  }
}

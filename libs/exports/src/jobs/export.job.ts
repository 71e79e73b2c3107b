import { type OnModuleInit } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { ExportsService } from '../exports.service';
import { EXPORT_WORKER_OPTIONS, ExportsJob, ExportsQueue, type ExportJobData } from './exports-queues';

/**
 * Writes one export file as its requester (see ExportsService.run); progress is `{ rows }` on the
 * job and on the row. Also the hourly housekeeping (ExportsService.maintain).
 */
@Processor(ExportsQueue.EXPORTS, EXPORT_WORKER_OPTIONS)
export class ExportJob extends WorkerHost implements OnModuleInit {
  constructor(
    private readonly exports: ExportsService,
    @InjectQueue(ExportsQueue.EXPORTS) private readonly queue: Queue,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    // One scheduler however many workers start: BullMQ upserts it by id.
    await this.queue.upsertJobScheduler(ExportsJob.MAINTENANCE, { every: 3_600_000 }, { name: ExportsJob.MAINTENANCE });
  }

  async process(job: Job<ExportJobData>): Promise<unknown> {
    if (job.name === ExportsJob.MAINTENANCE) return this.exports.maintain();
    if (job.name !== ExportsJob.WRITE) throw new Error(`unknown job ${job.name}`);
    const row = await this.exports.run(job.data.exportId, (rows) => job.updateProgress({ rows }));
    return { state: row?.state ?? 'MISSING', rows: row?.rowCount ?? 0 };
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ExportsService } from '../exports.service';
import { EXPORT_WORKER_OPTIONS, ExportsJob, ExportsQueue, type ExportJobData } from './exports-queues';

/** Writes one export file as its requester (see ExportsService.run); progress is `{ rows }` on the job and on the row. */
@Processor(ExportsQueue.EXPORTS, EXPORT_WORKER_OPTIONS)
export class ExportJob extends WorkerHost {
  constructor(private readonly exports: ExportsService) {
    super();
  }

  async process(job: Job<ExportJobData>): Promise<{ state: string; rows: number }> {
    if (job.name !== ExportsJob.WRITE) throw new Error(`unknown job ${job.name}`);
    const row = await this.exports.run(job.data.exportId, (rows) => job.updateProgress({ rows }));
    return { state: row?.state ?? 'MISSING', rows: row?.rowCount ?? 0 };
  }
}

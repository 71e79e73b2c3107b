import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ForwardingImportService } from '../forwarding-import.service';
import { CallForwardingJob, CallForwardingQueue, IMPORT_WORKER_OPTIONS, type ImportJobData } from './call-forwarding-queues';

export interface ImportJobResult {
  state: string;
  processed: number;
  imported: number;
  errors: number;
}

/**
 * Runs one CSV import of a provider's numbers (all-or-nothing, see ForwardingImportService);
 * its progress is on the job (`{ processed, total }`) and on the import's row.
 */
@Processor(CallForwardingQueue.IMPORTS, IMPORT_WORKER_OPTIONS)
export class ForwardingImportJob extends WorkerHost {
  constructor(private readonly imports: ForwardingImportService) {
    super();
  }

  async process(job: Job<ImportJobData>): Promise<ImportJobResult> {
    if (job.name !== CallForwardingJob.IMPORT_NUMBERS) throw new Error(`unknown job ${job.name}`);
    const row = await this.imports.run(job.data.importId, (p) => job.updateProgress(p));
    return { state: row?.state ?? 'MISSING', processed: row?.processedRows ?? 0, imported: row?.importedRows ?? 0, errors: row?.errorCount ?? 0 };
  }
}

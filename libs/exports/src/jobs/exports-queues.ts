/** The exports lib's BullMQ queue names, in one place. */
export enum ExportsQueue {
  /** writing export files (worker role) */
  EXPORTS = 'exports',
}

export enum ExportsJob {
  WRITE = 'write-export',
  /** hourly: expire old files, fail exports a lost worker left running */
  MAINTENANCE = 'exports-maintenance',
}

/** Only the job's id travels through Redis; the parameters are on its row, the file on disk. */
export interface ExportJobData {
  exportId: string;
}

/** One BullMQ job per export: enqueueing twice adds nothing (BullMQ refuses ':' in custom ids). */
export function exportJobId(exportId: string): string {
  return `export-${exportId}`;
}

/** Pages are short statements; the lock is renewed while the file is written. */
export const EXPORT_WORKER_OPTIONS = { concurrency: 1, lockDuration: 120_000, stalledInterval: 30_000, maxStalledCount: 1 };

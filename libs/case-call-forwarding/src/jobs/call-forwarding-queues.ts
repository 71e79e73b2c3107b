/** The call-forwarding lib's BullMQ queue names, in one place. */
export enum CallForwardingQueue {
  /** CSV imports of a provider's numbers (worker role) */
  IMPORTS = 'call-forwarding-imports',
}

export enum CallForwardingJob {
  IMPORT_NUMBERS = 'import-numbers',
}

/** Only the import's id travels through Redis; the file stays on disk, the state in PostgreSQL. */
export interface ImportJobData {
  importId: string;
}

/** One job per import: enqueueing twice adds nothing (BullMQ refuses ':' in custom ids). */
export function importJobId(importId: string): string {
  return `forwarding-import-${importId}`;
}

/** An import holds its transaction for the whole file: a long lock, checked rarely. */
export const IMPORT_WORKER_OPTIONS = { concurrency: 1, lockDuration: 120_000, stalledInterval: 30_000, maxStalledCount: 1 };

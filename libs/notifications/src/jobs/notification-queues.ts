/** The notifications lib's BullMQ queue names, in one place. */
export enum NotificationQueue {
  /** moves outbox rows into the delivery queues */
  RELAY = 'notifications-relay',
  IN_APP = 'notifications-in-app',
  WEBHOOK = 'notifications-webhook',
}

export enum NotificationJob {
  /** one relay run (from the scheduler or a nudge) */
  RELAY = 'relay',
  /** the id of the relay's job scheduler */
  RELAY_SCHEDULE = 'outbox-relay',
  DELIVER_IN_APP = 'deliver-in-app',
  DELIVER_WEBHOOK = 'deliver-webhook',
}

/** A fixed id: while one nudge waits, more nudges add nothing. */
export const RELAY_NUDGE_JOB_ID = 'relay-nudge';

/**
 * One delivery job per outbox row and queue. BullMQ ignores a job whose id already exists, so
 * a relay that dies after adding but before marking the row dispatched re-adds harmlessly.
 * (BullMQ refuses `:` in custom ids, hence `outbox-<id>`.)
 */
export function deliveryJobId(outboxId: string): string {
  return `outbox-${outboxId}`;
}

/** Only the row's id travels through Redis; the content stays in PostgreSQL. */
export interface DeliveryJobData {
  outboxId: string;
}

/**
 * A killed worker's active jobs come back after their lock expires: 15 s instead of BullMQ's
 * 30 s, checked every 5 s, and a job may be caught in up to 5 crashes before BullMQ gives up.
 */
export const DELIVERY_WORKER_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 5 };

import { Injectable } from '@nestjs/common';

/**
 * Tunables of the outbox, relay and deliveries. Defaults suit production; tests override the
 * provider (e.g. a short webhook backoff).
 */
@Injectable()
export class NotificationsOptions {
  /** outbox rows a relay moves per transaction */
  relayBatchSize = 100;
  /** the worker's relay runs this often even when no API nudged it */
  relayEveryMs = 2_000;
  /** in-app delivery only fails when PostgreSQL does: retry long enough to ride out a failover */
  inAppAttempts = 10;
  inAppBackoffMs = 1_000;
  /** webhook retries: exponential from webhookBackoffMs (2 s, 4 s, 8 s … about 8.5 min in all) */
  webhookAttempts = 9;
  webhookBackoffMs = 2_000;
  /** one POST; a slow receiver counts as a failed attempt */
  webhookTimeoutMs = 10_000;
}

import { Injectable } from '@nestjs/common';
import { NotificationsOptions } from './notifications.options';
import { signWebhookBody, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER } from './webhook.signature';
import type { OutboxEntryEntity } from './entities/outbox-entry.entity';

export interface WebhookAttempt {
  ok: boolean;
  statusCode: number | null;
  /** a status or error code for the delivery log: never the URL, payload or response body */
  error: string | null;
}

/**
 * The body of a webhook: ids, the event type, the reference and timestamps only. Titles and
 * bodies stay in-app; the receiving system fetches details through the API with its own rights.
 * The same bytes on every retry, so receivers can check the signature and drop duplicates.
 */
export function webhookBody(row: OutboxEntryEntity, deliveryId: string): string {
  return JSON.stringify({
    deliveryId,
    eventType: row.eventType,
    subjectType: row.payload.subjectType,
    subjectId: row.payload.subjectId,
    reference: row.payload.reference,
    occurredAt: row.payload.occurredAt,
  });
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timeout after ${timeoutMs} ms`;
  // fetch's own messages may quote the URL (and a token in it): keep the code only.
  return e?.cause?.code ?? e?.name ?? 'error';
}

/** One signed POST with Node's fetch; never throws, the caller logs and decides on retries. */
@Injectable()
export class WebhookSender {
  constructor(private readonly options: NotificationsOptions) {}

  async post(url: string, secret: string, deliveryId: string, eventType: string, body: string): Promise<WebhookAttempt> {
    const timeoutMs = this.options.webhookTimeoutMs;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Renkei-Webhook/1',
          [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(secret, body),
          [WEBHOOK_DELIVERY_HEADER]: deliveryId,
          [WEBHOOK_EVENT_HEADER]: eventType,
        },
        body,
        // A redirect could lead the signed payload elsewhere: it counts as a failed attempt.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // What the receiver answers is not ours to keep; release the connection.
      await response.body?.cancel().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, statusCode: null, error: describeFailure(error, timeoutMs) };
    }
  }
}

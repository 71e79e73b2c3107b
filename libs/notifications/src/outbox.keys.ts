import { createHash } from 'node:crypto';
import type { DomainEvent } from '@renkei/core';
import { recipientKey } from './draft-validation';
import type { OutboxRecipient } from './notifications.types';

function sha256(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * What tells one occurrence of an event from every other. With `event.id` set it is the
 * emitter's own identity (the same occurrence always gives the same keys). Without it: the
 * request, the number of the transaction within that request (a request may commit several)
 * and the event's position in the transaction, with its type and subject.
 */
export function eventIdentity(event: DomainEvent, position: { transaction: number; index: number }): unknown[] {
  if (event.id) return ['id', event.type, event.id];
  return ['tx', event.type, event.subjectType ?? null, event.subjectId ?? null, event.ctx.requestId, position.transaction, position.index];
}

/** One outbox row: the event's identity, the draft's index among the event's drafts, the recipient. */
export function outboxIdempotencyKey(identity: unknown[], draftIndex: number, recipient: OutboxRecipient): string {
  return sha256([...identity, draftIndex, recipientKey(recipient)]);
}

/** One webhook delivery (outbox row × endpoint): sent as `X-Renkei-Delivery`, the same on every retry. */
export function webhookDeliveryKey(outboxKey: string, endpointId: string): string {
  return sha256(['webhook', outboxKey, endpointId]);
}

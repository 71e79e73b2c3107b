/** Idempotency keys: stable for one occurrence, distinct for everything else. */
import { RequestContext, type DomainEvent } from '@renkei/core';
import { eventIdentity, outboxIdempotencyKey, webhookDeliveryKey } from '../outbox.keys';
import type { OutboxRecipient } from '../notifications.types';

const ctx = new RequestContext(null, 'req-1', 'job');
const event: DomainEvent = { type: 'cases.task.created', outcome: 'success', ctx, subjectType: 'Task', subjectId: 'T-1' };
const alice: OutboxRecipient = { kind: 'user', userId: '11111111-1111-1111-1111-111111111111' };
const agency: OutboxRecipient = { kind: 'agency', agencyId: '22222222-2222-2222-2222-222222222222', roles: null };
const at = { transaction: 1, index: 0 };

describe('outbox idempotency keys', () => {
  it('are SHA-256 hex and the same for the same occurrence, draft and recipient', () => {
    const key = outboxIdempotencyKey(eventIdentity(event, at), 0, alice);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(outboxIdempotencyKey(eventIdentity({ ...event }, { ...at }), 0, { ...alice })).toBe(key);
  });

  it('differ by recipient, draft, position, transaction, request, type and subject', () => {
    const key = outboxIdempotencyKey(eventIdentity(event, at), 0, alice);
    const others = [
      outboxIdempotencyKey(eventIdentity(event, at), 0, agency),
      outboxIdempotencyKey(eventIdentity(event, at), 0, { ...agency, roles: ['liaison'] }),
      outboxIdempotencyKey(eventIdentity(event, at), 1, alice),
      outboxIdempotencyKey(eventIdentity(event, { transaction: 1, index: 1 }), 0, alice),
      outboxIdempotencyKey(eventIdentity(event, { transaction: 2, index: 0 }), 0, alice),
      outboxIdempotencyKey(eventIdentity({ ...event, ctx: new RequestContext(null, 'req-2', 'job') }, at), 0, alice),
      outboxIdempotencyKey(eventIdentity({ ...event, type: 'cases.task.answered' }, at), 0, alice),
      outboxIdempotencyKey(eventIdentity({ ...event, subjectId: 'T-2' }, at), 0, alice),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('follow the event id when the emitter gives one, wherever and whenever it was raised', () => {
    const a = outboxIdempotencyKey(eventIdentity({ ...event, id: 'T-1:v1' }, at), 0, alice);
    const b = outboxIdempotencyKey(
      eventIdentity({ ...event, id: 'T-1:v1', ctx: new RequestContext(null, 'req-9', 'job') }, { transaction: 7, index: 3 }),
      0,
      alice,
    );
    expect(b).toBe(a);
    expect(outboxIdempotencyKey(eventIdentity({ ...event, id: 'T-1:v2' }, at), 0, alice)).not.toBe(a);
  });

  it('give each webhook endpoint its own delivery key', () => {
    const key = outboxIdempotencyKey(eventIdentity(event, at), 0, agency);
    expect(webhookDeliveryKey(key, 'e1')).toBe(webhookDeliveryKey(key, 'e1'));
    expect(webhookDeliveryKey(key, 'e1')).not.toBe(webhookDeliveryKey(key, 'e2'));
    expect(webhookDeliveryKey(key, 'e1')).not.toBe(key);
  });
});

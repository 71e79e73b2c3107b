import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, TransactionRunner, type DomainEvent, type RequestContext, type TransactionParticipant } from '@renkei/core';
import { NotificationRuleRegistry } from './notification-rule.registry';
import { NotificationsRepository, type OutboxInsert } from './notifications.repository';
import { validateDraft } from './draft-validation';
import { eventIdentity, outboxIdempotencyKey } from './outbox.keys';
import type { OutboxPayload } from './notifications.types';

const TRANSACTION_NUMBER = Symbol('notifications.transactionNumber');

/**
 * Joins every transaction that raised events, just before it commits: runs the rules for its
 * events and writes one outbox row per (draft, recipient) with the same entity manager, so the
 * notification exists exactly when the change does (a rollback leaves no row).
 */
@Injectable()
export class OutboxParticipant implements TransactionParticipant, OnModuleInit {
  constructor(
    private readonly registry: NotificationRuleRegistry,
    private readonly repository: NotificationsRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.transactions.registerParticipant(this);
  }

  async beforeCommit(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    if (!events.some((e) => this.registry.handles(e.type))) return;
    const at = this.clock.now();
    const numbers = new Map<RequestContext, number>();
    const rows: OutboxInsert[] = [];
    for (const [index, event] of events.entries()) {
      if (!this.registry.handles(event.type)) continue;
      let transaction = numbers.get(event.ctx);
      if (transaction === undefined) {
        transaction = this.nextTransactionNumber(event.ctx);
        numbers.set(event.ctx, transaction);
      }
      const identity = eventIdentity(event, { transaction, index });
      const drafts = await this.registry.draftsFor(event, { em });
      drafts.forEach((raw, draftIndex) => {
        const draft = validateDraft(raw);
        const payload: OutboxPayload = {
          kind: draft.kind,
          title: draft.title,
          body: draft.body,
          subjectType: draft.subjectType,
          subjectId: draft.subjectId,
          reference: draft.reference,
          occurredAt: at.toISOString(),
        };
        for (const recipient of draft.recipients) {
          rows.push({ createdAt: at, eventType: event.type, recipient, payload, idempotencyKey: outboxIdempotencyKey(identity, draftIndex, recipient) });
        }
      });
    }
    await this.repository.insertOutbox(em, rows);
  }

  /** A request may commit several transactions: number them, so their events never share a key. */
  private nextTransactionNumber(ctx: RequestContext): number {
    const next = (ctx.get<number>(TRANSACTION_NUMBER) ?? 0) + 1;
    ctx.set(TRANSACTION_NUMBER, next);
    return next;
  }
}

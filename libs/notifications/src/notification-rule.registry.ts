import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@renkei/core';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';
import type { NotificationDraft, NotificationRule, RuleTx } from './notifications.types';

const EVENT_TYPE = /^[a-z][a-zA-Z0-9_]*(\.[a-z][a-zA-Z0-9_]*)+$/;

/**
 * Who is told what, per event type. Each lib registers the rules for its own events (in
 * `onModuleInit`); domain services only raise events and never call notifications.
 */
@Injectable()
export class NotificationRuleRegistry {
  private readonly rules = new Map<string, NotificationRule[]>();

  /** Several rules may listen to one event type; they run in registration order. */
  register(eventType: string, rule: NotificationRule): void {
    if (!EVENT_TYPE.test(eventType)) {
      throw new NotificationsError(NotificationsErrorCode.INVALID_RULE, [{ field: 'eventType', reason: 'MALFORMED' }]);
    }
    const list = this.rules.get(eventType) ?? [];
    list.push(rule);
    this.rules.set(eventType, list);
  }

  handles(eventType: string): boolean {
    return this.rules.has(eventType);
  }

  /** Runs every rule of the event's type, inside the event's transaction. */
  async draftsFor(event: DomainEvent, tx: RuleTx): Promise<NotificationDraft[]> {
    const drafts: NotificationDraft[] = [];
    for (const rule of this.rules.get(event.type) ?? []) {
      drafts.push(...(await rule(event, tx)));
    }
    return drafts;
  }
}

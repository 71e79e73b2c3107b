import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  Clock,
  decodeCursor,
  encodeCursor,
  toPage,
  TransactionRunner,
  UnauthenticatedError,
  type PageInfo,
  type RequestContext,
} from '@renkei/core';
import { NotificationsRepository } from './notifications.repository';
import type { NotificationEntity } from './entities/notification.entity';

export const NOTIFICATION = 'Notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user's own in-app notifications. Every query is bound to the actor's user id,
 * so another user's notification answers exactly like one that does not exist.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(
    ctx: RequestContext,
    filter: { unreadOnly: boolean },
    first: number,
    after?: string | null,
  ): Promise<{ nodes: NotificationEntity[]; pageInfo: PageInfo }> {
    const userId = this.userOf(ctx);
    const found = await this.repository.listForUser({ userId, unreadOnly: filter.unreadOnly, after: after ? this.decode(after) : null, limit: first + 1 });
    return toPage(found, first, (n) => encodeCursor([n.createdAt.toISOString(), n.id]));
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.repository.countUnread(this.userOf(ctx));
  }

  /**
   * Marks the user's own notifications among `ids` as read and returns them; ids of other
   * users' notifications are left out, exactly like ids that were never used.
   */
  async markRead(ctx: RequestContext, ids: string[]): Promise<NotificationEntity[]> {
    const userId = this.userOf(ctx);
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return [];
    return this.transactions.run(async (tx) => {
      const changed = await this.repository.markRead(tx.em, userId, unique, this.clock.now());
      if (changed > 0) {
        tx.emit({ type: 'notifications.read', outcome: 'success', ctx, subjectType: NOTIFICATION, fields: ['readAt'], details: { count: changed } });
      }
      return this.repository.findOwn(tx.em, userId, unique);
    });
  }

  private userOf(ctx: RequestContext): string {
    if (!ctx.actor) throw new UnauthenticatedError();
    return ctx.actor.userId;
  }

  private decode(after: string): { createdAt: Date; id: string } {
    const [at, id] = decodeCursor(after, 2);
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || !UUID.test(id)) {
      throw new BadInputError('Invalid cursor', [{ field: 'after', reason: 'INVALID_CURSOR' }]);
    }
    return { createdAt, id };
  }
}

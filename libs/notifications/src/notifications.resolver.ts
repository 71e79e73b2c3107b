import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Authenticated, Ctx } from '@renkei/authz';
import { NotificationsService } from './notifications.service';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notifications.args';

/**
 * The signed-in user's in-app notifications; thin: the rules are in the service. Every user
 * reads only their own, so `@Authenticated()` is the declaration. The web client polls.
 */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: '自分宛てのアプリ内通知（新しい順）' })
  @Authenticated()
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(ctx, { unreadOnly: args.unreadOnly ?? false }, args.first, args.after);
  }

  @Query(() => Int, { description: '自分宛ての未読通知の件数' })
  @Authenticated()
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => [NotificationModel], { description: '自分宛ての通知を既読にする。既読にした（既読だった）自分の通知を返す' })
  @Authenticated()
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args() args: MarkNotificationsReadArgs): Promise<NotificationModel[]> {
    return this.service.markRead(ctx, args.ids);
  }
}

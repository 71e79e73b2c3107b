import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ, UPDATE } from '@renkei/authz';
import { REGISTER, WebhookEndpointsService } from './webhook-endpoints.service';
import { WEBHOOK_ENDPOINT } from './notifications.fields';
import { WebhookEndpointModel, WebhookRegistrationModel } from './models/notification.model';
import { RegisterWebhookInput } from './dto/notifications.args';

@Resolver()
export class WebhookEndpointsResolver {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Query(() => [WebhookEndpointModel], { description: '自機関の Webhook 送信先' })
  @Allow(READ, WEBHOOK_ENDPOINT)
  webhookEndpoints(@Ctx() ctx: RequestContext) {
    return this.endpoints.list(ctx);
  }

  @Mutation(() => WebhookRegistrationModel, { description: 'Webhook 送信先の登録（署名鍵は一度だけ表示）' })
  @Allow(REGISTER, WEBHOOK_ENDPOINT)
  registerWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: RegisterWebhookInput) {
    return this.endpoints.register(ctx, input);
  }

  @Mutation(() => WebhookEndpointModel, { description: 'Webhook 送信先の停止' })
  @Allow(UPDATE, WEBHOOK_ENDPOINT)
  deactivateWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.endpoints.deactivate(ctx, id);
  }
}

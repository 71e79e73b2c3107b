import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@renkei/core';

@ObjectType('Notification', {
  description: 'アプリ内通知（自分宛てのみ）。本文は受信者が見てよい内容だけ。対象の詳細は subjectType / subjectId から通常の権限で取得する',
})
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '種別コード（例: task.created）' })
  kind: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: '既読にした日時（未読なら null）' })
  readAt: Date | null;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationModel])
  nodes: NotificationModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('WebhookEndpoint', { description: '自機関の Webhook 送信先' })
export class WebhookEndpointModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) agencyId: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => [String], { nullable: true }) eventTypes: string[] | null;
  @Field(() => Boolean, { nullable: true }) active: boolean | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('WebhookRegistration', { description: '登録結果。署名鍵はこの応答でのみ表示される' })
export class WebhookRegistrationModel {
  @Field(() => WebhookEndpointModel) endpoint: WebhookEndpointModel;
  @Field({ description: 'X-Renkei-Signature の HMAC-SHA256 鍵（再表示されない）' }) secret: string;
}

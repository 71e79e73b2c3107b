import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '@renkei/core';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '未読のみ' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: '既読にする自分宛て通知の ID（最大200件）' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids: string[];
}

@InputType()
export class RegisterWebhookInput {
  @Field({ description: '送信先 URL（本番は https のみ）' }) @IsString() @MaxLength(2000) url: string;
  @Field(() => [String], { description: '受け取るイベント（例: cases.task.created）' }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true })
  eventTypes: string[];
  @Field(() => ID, { nullable: true, description: 'システム管理者が他機関の分を登録するとき' }) @IsOptional() @IsUUID() agencyId?: string;
}

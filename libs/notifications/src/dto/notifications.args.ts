import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
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

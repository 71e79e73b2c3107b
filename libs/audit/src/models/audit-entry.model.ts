import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs, PageInfo } from '@renkei/core';

@ObjectType('AuditEntry', { description: '監査ログの1行。値は記録しない（誰が・いつ・何を・どの項目）' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date, { nullable: true })
  occurredAt: Date | null;

  @Field(() => String, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorUsername: string | null;

  @Field(() => String, { nullable: true })
  actorAgencyId: string | null;

  @Field(() => String, { nullable: true })
  prefectureId: string | null;

  @Field(() => String, { nullable: true })
  action: string | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => [String], { nullable: true })
  fields: string[] | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  channel: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  details: string | null;

  @Field(() => String, { nullable: true })
  hash: string | null;

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field(() => [String])
  redactedFields: string[];
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryModel])
  nodes: AuditEntryModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  @IsOptional()
  filter?: AuditFilterInput;
}

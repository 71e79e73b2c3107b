import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '@renkei/core';
import { Audience, TaskState } from '../cases.types';

export enum CaseSortField {
  FILED_AT = 'filedAt',
  UPDATED_AT = 'updatedAt',
  REFERENCE = 'reference',
  PRIORITY = 'priority',
  STATE = 'state',
  TITLE = 'title',
}
registerEnumType(CaseSortField, { name: 'CaseSortField' });

export enum CaseSortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(CaseSortDirection, { name: 'CaseSortDirection' });

@InputType()
export class CaseFilterInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true })
  types?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true })
  states?: string[];

  @Field(() => ID, { nullable: true, description: 'この機関に未回答の依頼がある事案' }) @IsOptional() @IsUUID()
  agencyWithOpenTasks?: string;

  @Field(() => Boolean, { nullable: true, description: '期限切れの依頼がある事案' }) @IsOptional() @IsBoolean()
  overdue?: boolean;

  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate()
  filedFrom?: Date;

  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate()
  filedTo?: Date;

  @Field(() => String, { nullable: true, description: '閲覧できる項目（事件番号・件名）の中を検索' }) @IsOptional() @IsString() @Length(1, 100)
  text?: string;
}

@InputType()
export class CaseSortInput {
  @Field(() => CaseSortField) @IsEnum(CaseSortField) field: CaseSortField;
  @Field(() => CaseSortDirection, { defaultValue: CaseSortDirection.DESC }) @IsEnum(CaseSortDirection) direction: CaseSortDirection = CaseSortDirection.DESC;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CaseFilterInput)
  filter?: CaseFilterInput;

  @Field(() => CaseSortInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CaseSortInput)
  sort?: CaseSortInput;
}

@InputType()
export class TaskFilterInput {
  @Field(() => [TaskState], { nullable: true }) @IsOptional() @IsArray() @IsEnum(TaskState, { each: true })
  states?: TaskState[];

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  overdue?: boolean;
}

@InputType()
export class VisibleTaskFilterInput extends TaskFilterInput {
  @Field(() => ID, { nullable: true, description: '依頼先の機関' }) @IsOptional() @IsUUID()
  agencyId?: string;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => VisibleTaskFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VisibleTaskFilterInput)
  filter?: VisibleTaskFilterInput;
}

@ArgsType()
export class MyTasksArgs extends PageArgs {
  @Field(() => TaskFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TaskFilterInput)
  filter?: TaskFilterInput;
}

@InputType()
export class TransitionCaseInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { description: '画面に表示した版数' }) @IsInt() @Min(1) version: number;
  @Field() @IsString() @Length(1, 60) transition: string;
}

@InputType()
export class AssignCaseInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [ID], { description: '担当捜査員（空で担当なし）' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) userIds: string[];
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => ID, { description: '依頼先の機関' }) @IsUUID() agencyId: string;
  @Field() @IsString() @Length(1, 60) kind: string;
  @Field({ description: '依頼内容' }) @IsString() @Length(1, 4000) request: string;
  @Field(() => String, { nullable: true, description: '根拠法令' }) @IsOptional() @IsString() @MaxLength(500) legalBasis?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
  @Field(() => [String], { nullable: true, description: '依頼が対象とする行（口座・番号など）' }) @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true })
  scopeRefs?: string[];
}

@InputType()
export class TaskVersionInput {
  @Field(() => ID) @IsUUID() taskId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class AnswerTaskInput extends TaskVersionInput {
  @Field({ description: '回答' }) @IsString() @Length(1, 4000) answer: string;
}

@InputType()
export class RejectTaskInput extends TaskVersionInput {
  @Field({ description: '謝絶の理由' }) @IsString() @Length(1, 2000) reason: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Audience) @IsIn(Object.values(Audience)) audience: Audience;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() audienceAgencyId?: string;
  @Field() @IsString() @Length(1, 4000) body: string;
}

@ArgsType()
export class DashboardArgs {
  @Field(() => Date, { description: '集計期間の始め（含む）' }) @Type(() => Date) @IsDate() from: Date;
  @Field(() => Date, { description: '集計期間の終わり（含まない）' }) @Type(() => Date) @IsDate() to: Date;
}

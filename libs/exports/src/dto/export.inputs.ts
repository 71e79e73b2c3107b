import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '@renkei/core';
import { CaseFilterInput, CaseSortInput, TaskFilterInput } from '@renkei/cases';
import { ExportFormat } from '../exports.types';

export enum TaskExportScope {
  MINE = 'MINE',
  ALL = 'ALL',
}
registerEnumType(TaskExportScope, { name: 'TaskExportScope', description: 'MINE: 自機関あての依頼（myTasks） / ALL: 閲覧できるすべての依頼' });

@ArgsType()
export class CaseExportArgs {
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format: ExportFormat;

  @Field(() => CaseFilterInput, { nullable: true, description: '事案一覧（cases）と同じ絞り込み' }) @IsOptional() @ValidateNested() @Type(() => CaseFilterInput)
  filter?: CaseFilterInput;

  @Field(() => CaseSortInput, { nullable: true, description: '事案一覧（cases）と同じ並び順' }) @IsOptional() @ValidateNested() @Type(() => CaseSortInput)
  sort?: CaseSortInput;
}

@ArgsType()
export class TaskExportArgs {
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format: ExportFormat;

  @Field(() => TaskExportScope, { defaultValue: TaskExportScope.MINE }) @IsEnum(TaskExportScope) scope: TaskExportScope = TaskExportScope.MINE;

  @Field(() => TaskFilterInput, { nullable: true, description: '依頼一覧（myTasks）と同じ絞り込み' }) @IsOptional() @ValidateNested() @Type(() => TaskFilterInput)
  filter?: TaskFilterInput;
}

@ArgsType()
export class DashboardExportArgs {
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format: ExportFormat;
  @Field(() => Date, { description: '集計期間の始め（含む）' }) @Type(() => Date) @IsDate() from: Date;
  @Field(() => Date, { description: '集計期間の終わり（含まない）。最長366日' }) @Type(() => Date) @IsDate() to: Date;
}

@ArgsType()
export class ExportJobArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class MyExportsArgs extends PageArgs {}

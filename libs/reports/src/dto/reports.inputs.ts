import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ActivityKind, PageArgs } from '@renkei/core';
import { ActivityReportGroupBy, ActivityReportSortDirection, ActivityReportState } from '../reports.types';
import { ExportFormat } from '@renkei/exports';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a date (YYYY-MM-DD)';
/** A generous ceiling: a count above it is a typing error, not an activity. */
const MAX_COUNT = 100_000;

@InputType()
export class CreateActivityReportInput {
  @Field(() => ActivityKind, { description: '施策の種別' }) @IsEnum(ActivityKind) kind: ActivityKind;
  @Field({ description: '実施日（日本時間の暦日 YYYY-MM-DD。未来の日付は不可）' }) @Matches(DATE, { message: DATE_MESSAGE }) activityDate: string;
  @Field({ description: '実施場所' }) @IsString() @Length(1, 200) place: string;
  @Field(() => Int, { nullable: true, description: '参加者数（警察職員・協力者を含む）' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) participants?: number;
  @Field(() => Int, { nullable: true, description: '対象となった在留外国人の数' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) foreignResidentsReached?: number;
  @Field(() => Int, { nullable: true, description: '通訳官・通訳人の数' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) interpreters?: number;
  @Field(() => [String], { nullable: true, description: '使用した言語（やさしい日本語を含む）' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 50, { each: true })
  languages?: string[];
  @Field(() => Int, { nullable: true, description: '立入り・実態把握の件数（取締り等）' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) inspections?: number;
  @Field(() => Int, { nullable: true, description: '検挙人員（取締り）' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) arrests?: number;
  @Field(() => [String], { nullable: true, description: '連携した関係機関等（自由記述）' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 200, { each: true })
  partnerAgencies?: string[];
  @Field({ nullable: true, description: '備考' }) @IsOptional() @IsString() @Length(0, 5000) notes?: string;
}

/** Only the fields sent are changed. */
@InputType()
export class ActivityReportChangesInput {
  @Field(() => ActivityKind, { nullable: true }) @IsOptional() @IsEnum(ActivityKind) kind?: ActivityKind;
  @Field({ nullable: true, description: '実施日（YYYY-MM-DD）' }) @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) activityDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) place?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) participants?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) foreignResidentsReached?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) interpreters?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 50, { each: true })
  languages?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) inspections?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT) arrests?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 200, { each: true })
  partnerAgencies?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 5000) notes?: string;
}

@InputType()
export class UpdateActivityReportInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: '見ていた報告の版' }) @IsInt() @Min(1) version: number;
  @Field(() => ActivityReportChangesInput) @ValidateNested() @Type(() => ActivityReportChangesInput) changes: ActivityReportChangesInput;
}

@InputType()
export class ActivityReportVersionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: '見ていた報告の版' }) @IsInt() @Min(1) version: number;
}

@InputType()
export class ReturnActivityReportInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: '見ていた報告の版' }) @IsInt() @Min(1) version: number;
  @Field({ description: '差戻しの理由' }) @IsString() @Length(1, 2000) reason: string;
}

@InputType()
export class ActivityReportFilterInput {
  @Field(() => ID, { nullable: true, description: '警察署' }) @IsOptional() @IsUUID() stationAgencyId?: string;
  @Field(() => ActivityKind, { nullable: true }) @IsOptional() @IsEnum(ActivityKind) kind?: ActivityKind;
  @Field(() => ActivityReportState, { nullable: true }) @IsOptional() @IsEnum(ActivityReportState) state?: ActivityReportState;
  @Field({ nullable: true, description: '実施日の始め（YYYY-MM-DD, 含む）' }) @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) from?: string;
  @Field({ nullable: true, description: '実施日の終わり（YYYY-MM-DD, 含む）' }) @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) to?: string;
}

@ArgsType()
export class ActivityReportsArgs extends PageArgs {
  @Field(() => ActivityReportFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ActivityReportFilterInput) filter?: ActivityReportFilterInput;
  @Field(() => ActivityReportSortDirection, { nullable: true, description: '実施日の並び順（既定: 新しい順）' })
  @IsOptional() @IsEnum(ActivityReportSortDirection)
  direction?: ActivityReportSortDirection;
}

@ArgsType()
export class ActivityReportArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class ActivityReportTotalsArgs {
  @Field({ description: '実施日の始め（YYYY-MM-DD, 含む）' }) @Matches(DATE, { message: DATE_MESSAGE }) from: string;
  @Field({ description: '実施日の終わり（YYYY-MM-DD, 含む）' }) @Matches(DATE, { message: DATE_MESSAGE }) to: string;
  @Field(() => ActivityReportGroupBy, { description: '警察署別・施策別・月別（日本時間）' }) @IsEnum(ActivityReportGroupBy) groupBy: ActivityReportGroupBy;
  @Field(() => ActivityReportState, { nullable: true, description: '集計する状態（既定: 承認済み）' }) @IsOptional() @IsEnum(ActivityReportState) state?: ActivityReportState;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationAgencyId?: string;
  @Field(() => ActivityKind, { nullable: true }) @IsOptional() @IsEnum(ActivityKind) kind?: ActivityKind;
}

@ArgsType()
export class ActivityReportExportArgs {
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format: ExportFormat;
  @Field(() => ActivityReportFilterInput, { nullable: true, description: '一覧（activityReports）と同じ絞り込み' }) @IsOptional() @ValidateNested() @Type(() => ActivityReportFilterInput)
  filter?: ActivityReportFilterInput;
}

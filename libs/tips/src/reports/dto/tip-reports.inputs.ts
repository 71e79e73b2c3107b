import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '@renkei/core';
import { TipReportKind } from '../tip-reports.service';

@InputType()
export class GenerateTipReportInput {
  @Field(() => TipReportKind, { description: '報告書の種類。通報1件の報告書は分類により様式第1号（対象事案情報）または第2号（参考情報・未分類）' })
  @IsEnum(TipReportKind)
  kind: TipReportKind;

  @Field(() => ID, { nullable: true, description: '通報（TIP のとき）' }) @IsOptional() @IsUUID() tipId?: string;
  @Field(() => ID, { nullable: true, description: '追加情報（ADDITIONAL_INFORMATION のとき）' }) @IsOptional() @IsUUID() informationId?: string;
  @Field({ nullable: true, description: '対象日 YYYY-MM-DD（日本時間、DAILY_INTAKE のとき）' }) @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/) date?: string;
  @Field({ nullable: true, description: '対象月 YYYY-MM（日本時間、MONTHLY_BUSINESS のとき）' }) @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}$/) month?: string;

  /** Length only here: the policy (ADR 0013) is checked by the service with its own code; the value is never echoed. */
  @Field({ description: '暗証番号（警察庁主管課と別途取り決めたもの。12文字以上・5種類以上の文字。保存しない）' })
  @IsString()
  @Length(1, 1024)
  passphrase: string;
}

@InputType()
export class TipReportFileFilterInput {
  @Field(() => Int, { nullable: true, description: '別記様式の番号（1〜5）' }) @IsOptional() @IsInt() @Min(1) @Max(5) form?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() tipId?: string;
  @Field({ nullable: true, description: 'true: 未受領（まだダウンロードされていない）ものだけ' }) @IsOptional() @IsBoolean() notDownloaded?: boolean;
}

@ArgsType()
export class TipReportFilesArgs extends PageArgs {
  @Field(() => TipReportFileFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TipReportFileFilterInput) filter?: TipReportFileFilterInput;
}

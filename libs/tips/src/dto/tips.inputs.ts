import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { PageArgs, RewardPaymentMethod, TipCategory, TipClassification } from '@renkei/core';
import { RewardDisqualification } from '../tips.types';

/** T-YYYYMMDD-NNNN: the format is public, so refusing a malformed one reveals nothing. */
export const RECEIPT_NUMBER = /^T-\d{8}-\d{4,6}$/;
/** 6 to 8 digits (see ADR 0010). */
export const PIN = /^\d{6,8}$/;

@InputType()
export class TipIntakeInput {
  @Field(() => TipCategory, { description: '対象事案の種別（別表1〜9）' }) @IsEnum(TipCategory) category: TipCategory;
  @Field({ description: '通報内容' }) @IsString() @Length(1, 20000) content: string;
  @Field({ description: '緊急（警察による緊急の対応が必要）' }) @IsBoolean() urgent: boolean;
  @Field({ description: '暗証番号（数字6〜8桁）' }) @IsString() @Matches(PIN) pin: string;
  @Field({ nullable: true, description: '通報者が自ら申し出る身元（任意。求めない）' }) @IsOptional() @IsString() @Length(1, 500) selfIdentification?: string;
  @Field(() => [RewardDisqualification], { nullable: true, description: '不適格者への該当（ア〜キ）' })
  @IsOptional() @IsArray() @ArrayMaxSize(7) @IsEnum(RewardDisqualification, { each: true })
  disqualifications?: RewardDisqualification[];
  @Field({ description: '情報料の受領意思' }) @IsBoolean() wantsReward: boolean;
}

@InputType()
export class TipsterCredentialsInput {
  @Field({ description: '受付番号' }) @IsString() @Matches(RECEIPT_NUMBER) receiptNumber: string;
  @Field({ description: '暗証番号' }) @IsString() @Length(1, 64) pin: string;
}

@InputType()
export class TipsterInformationInput extends TipsterCredentialsInput {
  @Field({ description: '追加情報' }) @IsString() @Length(1, 20000) content: string;
  @Field(() => ID, { nullable: true, description: '回答する追加情報の求め' }) @IsOptional() @IsUUID() requestId?: string;
}

@InputType()
export class RecordTipInformationInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field({ description: '通報者が告げた暗証番号' }) @IsString() @Length(1, 64) pin: string;
  @Field({ description: '追加情報' }) @IsString() @Length(1, 20000) content: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() requestId?: string;
}

@InputType()
export class ClassifyTipInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field(() => Int, { description: '見ていた通報の版' }) @IsInt() @Min(1) version: number;
  @Field(() => TipClassification) @IsEnum(TipClassification) classification: TipClassification;
}

@InputType()
export class RequestTipInformationInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field({ description: '通報者への質問（ウェブサイトには受付番号のみ掲載）' }) @IsString() @Length(1, 2000) question: string;
}

@InputType()
export class WithdrawTipInformationRequestInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field(() => ID) @IsUUID() requestId: string;
}

@InputType()
export class ForwardTipInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => ID, { description: '転送先の警察本部' }) @IsUUID() agencyId: string;
}

@InputType()
export class OpenCaseFromTipInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field({ description: '投稿のプラットフォーム' }) @IsString() @Length(1, 100) platform: string;
  @Field({ description: '投稿の URL' }) @IsString() @Length(1, 2000) url: string;
  @Field({ description: '投稿の本文' }) @IsString() @Length(1, 20000) text: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() postedAt?: Date;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) posterHandle?: string;
}

@InputType()
export class DecideTipRewardInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => Int, { description: '情報料（円、上限100万円）' }) @IsInt() @Min(1) @Max(1_000_000) amount: number;
}

@InputType()
export class RecordRewardPaymentInput {
  @Field(() => ID) @IsUUID() tipId: string;
  @Field({ description: '通報者が告げた暗証番号（本人確認）' }) @IsString() @Length(1, 64) pin: string;
  @Field(() => RewardPaymentMethod) @IsEnum(RewardPaymentMethod) method: RewardPaymentMethod;
}

@InputType()
export class TipFilterInput {
  @Field(() => TipClassification, { nullable: true }) @IsOptional() @IsEnum(TipClassification) classification?: TipClassification;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() urgent?: boolean;
}

@ArgsType()
export class TipsArgs extends PageArgs {
  @Field(() => TipFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TipFilterInput) filter?: TipFilterInput;
}

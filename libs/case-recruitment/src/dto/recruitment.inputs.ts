import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LabourReferralStatus, SourceChannel, TakedownChannel, TakedownKind, TakedownResult } from '../recruitment.types';

@InputType()
export class RecruitmentPhoneInput {
  @Field() @IsString() @Length(3, 40) number: string;
  @Field(() => ID, { nullable: true, description: 'その番号の電気通信事業者' }) @IsOptional() @IsUUID() carrierAgencyId?: string;
}

@InputType()
export class RecruitmentMessengerInput {
  @Field({ description: '例: Telegram, Signal, LINE' }) @IsString() @Length(1, 40) service: string;
  @Field() @IsString() @Length(1, 200) id: string;
}

@InputType()
export class FileRecruitmentPostInput {
  @Field({ description: 'SNS・掲示板（例: X）' }) @IsString() @Length(1, 60) platform: string;
  @Field() @IsString() @Length(8, 2000) url: string;
  @Field() @IsString() @Length(1, 20000) text: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() postedAt?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() capturedAt?: Date;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[0-9a-fA-F]{64}$/) screenshotHash?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) posterHandle?: string;
  @Field(() => [RecruitmentPhoneInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RecruitmentPhoneInput)
  phones?: RecruitmentPhoneInput[];
  @Field(() => [RecruitmentMessengerInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RecruitmentMessengerInput)
  messengerIds?: RecruitmentMessengerInput[];
  @Field(() => SourceChannel, { nullable: true, description: '労働局の報告は常に LABOUR_BUREAU' }) @IsOptional() @IsEnum(SourceChannel) sourceChannel?: SourceChannel;
  @Field({ nullable: true, description: '匿名通報の受付番号（警察のみ、ANONYMOUS_TIP のとき）' }) @IsOptional() @IsString() @Length(1, 40) tipReceiptNumber?: string;
}

@InputType()
export class ReferRecruitmentToLabourInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 2000) request?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
}

@InputType()
export class RequestRecruitmentSubscriberInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => ID, { description: '電話番号の連絡手段' }) @IsUUID() contactId: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
}

@InputType()
export class SetLabourReferralStatusInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => LabourReferralStatus) @IsEnum(LabourReferralStatus) status: LabourReferralStatus;
}

@InputType()
export class UpdateRecruitmentInvestigationInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) suspectIdentity?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) linkedCriminalCases?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) investigationNotes?: string;
}

@InputType()
export class RecordRecruitmentTakedownInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => TakedownKind) @IsEnum(TakedownKind) kind: TakedownKind;
  @Field(() => TakedownChannel, { nullable: true, description: '削除依頼の宛先' }) @IsOptional() @IsEnum(TakedownChannel) channel?: TakedownChannel;
  @Field({ nullable: true, description: '返信警告のテンプレートID' }) @IsOptional() @IsString() @Length(1, 60) templateId?: string;
  @Field(() => TakedownResult, { nullable: true }) @IsOptional() @IsEnum(TakedownResult) result?: TakedownResult;
  @Field({ nullable: true, description: 'IHC 等の参照番号' }) @IsOptional() @IsString() @Length(1, 100) reference?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() occurredAt?: Date;
}

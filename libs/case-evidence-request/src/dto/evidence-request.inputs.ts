import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { DualCriminality, EvidenceRequestChannel, EvidenceRequestUrgency, TranslationStatus } from '../evidence-request.types';
import type { EvidenceRequestTransition } from '../evidence-request.workflow';

@InputType()
export class FileEvidenceRequestInput {
  @Field(() => EvidenceRequestChannel) @IsEnum(EvidenceRequestChannel) channel: EvidenceRequestChannel;
  @Field({ description: '国 (ISO 3166-1 alpha-2, 例: VN)' }) @Matches(/^[A-Za-z]{2}$/) country: string;
  @Field({ description: '外国の捜査機関' }) @IsString() @Length(1, 200) foreignAuthority: string;
  @Field({ description: '罪名' }) @IsString() @Length(1, 500) offence: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) legalBasis?: string;
  @Field(() => DualCriminality, { nullable: true }) @IsOptional() @IsEnum(DualCriminality) dualCriminality?: DualCriminality;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 2000) dualCriminalityNote?: string;
  @Field({ description: '要請事項' }) @IsString() @Length(1, 5000) requestedItems: string;
  @Field({ nullable: true, description: '不可欠性の疎明' }) @IsOptional() @IsString() @Length(1, 5000) indispensability?: string;
  @Field(() => TranslationStatus, { nullable: true }) @IsOptional() @IsEnum(TranslationStatus) translationStatus?: TranslationStatus;
  @Field({ nullable: true, description: '証拠の使用条件' }) @IsOptional() @IsString() @Length(1, 2000) conditionsOnUse?: string;
  @Field(() => [ID], { nullable: true, description: '関連する国内事件（閲覧できるもの）' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  linkedCaseIds?: string[];
  @Field(() => EvidenceRequestUrgency, { nullable: true }) @IsOptional() @IsEnum(EvidenceRequestUrgency) urgency?: EvidenceRequestUrgency;
}

const TRANSITIONS: EvidenceRequestTransition[] = ['approveByHq', 'sendToNpa', 'sendAbroad', 'acknowledge', 'recordPartialAnswer', 'recordAnswer', 'close'];

@InputType()
export class TransitionEvidenceRequestInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { description: '見ていた事件の版' }) @IsInt() @Min(1) version: number;
  @Field({ description: TRANSITIONS.join(' / ') }) @IsIn(TRANSITIONS) transition: string;
}

@InputType()
export class RecordEvidenceRequestReceivedInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { description: '見ていた要請の版' }) @IsInt() @Min(1) version: number;
  @Field({ description: '受領した証拠 (S)' }) @IsString() @Length(1, 20000) receivedEvidence: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() receivedAt?: Date;
}

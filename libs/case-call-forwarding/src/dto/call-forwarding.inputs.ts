import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { NumberType, NumberUsage, SuspensionResult } from '../call-forwarding.types';

@InputType()
export class ForwardingProviderInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => String, { nullable: true, description: '法人番号（13桁、検査用数字を確認）' }) @IsOptional() @IsString() @Length(13, 20) corporateNumber?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: '検査用数字が合わない法人番号を、事業者の申告どおり記録する（既定: 拒否）',
  })
  @IsOptional() @IsBoolean() recordInvalidCorporateNumber?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) address?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100) representative?: string;
  @Field(() => String, { nullable: true, description: '届出番号' }) @IsOptional() @IsString() @Length(1, 50) notificationNumber?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) serviceName?: string;
}

@InputType()
export class ForwardingNumberInput {
  @Field({ description: '電話番号（例: 03-5555-0101）' }) @IsString() @Length(3, 30) number: string;
  @Field(() => NumberType, { nullable: true, description: '省略時は番号から判定' }) @IsOptional() @IsEnum(NumberType) numberType?: NumberType;
  @Field(() => ID) @IsUUID() carrierAgencyId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) reseller?: string;
  @Field(() => NumberUsage) @IsEnum(NumberUsage) usage: NumberUsage;
}

@InputType()
export class ForwardingDamageInput {
  @Field(() => String, { nullable: true, description: '関連する特殊詐欺事件の番号' }) @IsOptional() @IsString() @Length(1, 100) fraudCaseReference?: string;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 0 }) @Min(0) @Max(1e13) amountYen: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100) victimName?: string;
}

@InputType()
export class FileForwardingProviderInput {
  @Field(() => String, { nullable: true, description: '件名（省略時は事業者名）' }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => ForwardingProviderInput) @ValidateNested() @Type(() => ForwardingProviderInput) provider: ForwardingProviderInput;
  @Field(() => [ForwardingNumberInput], { defaultValue: [] })
  @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ForwardingNumberInput)
  numbers: ForwardingNumberInput[] = [];
  @Field(() => [ForwardingDamageInput], { defaultValue: [] })
  @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ForwardingDamageInput)
  damages: ForwardingDamageInput[] = [];
}

@InputType()
export class AnswerSuspensionInput {
  @Field(() => ID) @IsUUID() numberId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => SuspensionResult) @IsEnum(SuspensionResult) result: SuspensionResult;
  @Field(() => String, { nullable: true, description: 'SUSPENDED: 停止日 (YYYY-MM-DD)' }) @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10) suspendedOn?: string;
  @Field(() => String, { nullable: true, description: 'REFUSED: 理由' }) @IsOptional() @IsString() @Length(1, 1000) reason?: string;
  @Field(() => String, { nullable: true, description: '契約者（卸先を含む）' }) @IsOptional() @IsString() @Length(1, 300) contractHolder?: string;
}

@InputType()
export class ReferToRegulatorInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Length(1, 2000) request: string;
  @Field(() => ID, { nullable: true, description: '省略時は監督官庁（REGULATOR）が1機関のときその機関' }) @IsOptional() @IsUUID() regulatorAgencyId?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) dueAt?: Date;
}

@InputType()
export class ReportSupervisoryActionInput {
  @Field(() => ID) @IsUUID() referralId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @Length(1, 2000) supervisoryAction: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10) actionTakenOn?: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { AccountType, ContractType, DepartureRowStatus } from '../departure.types';

const DATE = { strict: true } as const;

@InputType()
export class DeparturePersonInput {
  @Field({ description: '氏名（ローマ字）' }) @IsString() @Length(1, 200) romajiName: string;
  @Field(() => String, { nullable: true, description: '氏名（カナ）' }) @IsOptional() @IsString() @Length(1, 200) kanaName?: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsISO8601(DATE) @Length(10, 10) dateOfBirth: string;
  @Field({ description: '在留カード番号（英字2桁・数字8桁・英字2桁）' }) @IsString() @Length(12, 20) residenceCardNumber: string;
  @Field(() => String, { nullable: true, description: '国籍（ISO 3166-1 alpha-2）' }) @IsOptional() @Matches(/^[A-Za-z]{2}$/) nationality?: string;
  @Field(() => String, { nullable: true, description: '在留資格' }) @IsOptional() @IsString() @Length(1, 100) statusOfResidence?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) address?: string;
  @Field(() => Boolean, { nullable: true, description: '在留期間更新等の申請中（特例期間は計算される）' }) @IsOptional() @IsBoolean() applicationPending?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 50) applicationNumber?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601(DATE) @Length(10, 10) applicationDate?: string;
  @Field({ description: '在留期間満了日 YYYY-MM-DD' }) @IsISO8601(DATE) @Length(10, 10) residenceExpiry: string;
  @Field(() => String, { nullable: true, description: '出国予定日 YYYY-MM-DD' }) @IsOptional() @IsISO8601(DATE) @Length(10, 10) plannedDeparture?: string;
  @Field(() => String, { nullable: true, description: '出国確認日 YYYY-MM-DD' }) @IsOptional() @IsISO8601(DATE) @Length(10, 10) confirmedDeparture?: string;
}

@InputType()
export class DepartureAccountInput {
  @Field(() => ID) @IsUUID() bankAgencyId: string;
  @Field({ description: '支店' }) @IsString() @Length(1, 100) branchName: string;
  @Field(() => AccountType) @IsEnum(AccountType) accountType: AccountType;
  @Field() @IsString() @Length(1, 12) accountNumber: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) holderKana?: string;
}

@InputType()
export class DepartureContractInput {
  @Field(() => ID) @IsUUID() carrierAgencyId: string;
  @Field({ description: '電話番号（例: 090-4815-1623）' }) @IsString() @Length(3, 30) number: string;
  @Field(() => ContractType, { nullable: true }) @IsOptional() @IsEnum(ContractType) contractType?: ContractType;
}

@InputType()
export class FileDepartingResidentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => ID, { nullable: true, description: '入管が登録するとき必須: 事案を所管する警察本部の都道府県（本人の住所地）' })
  @IsOptional() @IsUUID() prefectureId?: string;
  @Field(() => DeparturePersonInput) @ValidateNested() @Type(() => DeparturePersonInput) person: DeparturePersonInput;
  @Field(() => [DepartureAccountInput], { defaultValue: [] }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => DepartureAccountInput)
  accounts: DepartureAccountInput[] = [];
  @Field(() => [DepartureContractInput], { defaultValue: [] }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => DepartureContractInput)
  contracts: DepartureContractInput[] = [];
  @Field(() => String, { nullable: true, description: '警察のリスク情報（警察のみ）' }) @IsOptional() @IsString() @Length(1, 2000) riskNote?: string;
  @Field(() => String, { nullable: true, description: '入管の連絡事項（入管のみ）' }) @IsOptional() @IsString() @Length(1, 2000) immigrationNote?: string;
}

@InputType()
export class AnswerDepartureRowInput {
  @Field(() => ID, { description: '口座または契約の id' }) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => DepartureRowStatus) @IsEnum(DepartureRowStatus) status: DepartureRowStatus;
  @Field({ description: '根拠（例: 犯収法第4条第2項、振り込め詐欺救済法第3条）' }) @IsString() @Length(1, 500) legalBasis: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsISO8601(DATE) @Length(10, 10) statusOn: string;
}

@InputType()
export class AddDepartureNoteInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Length(1, 2000) body: string;
}

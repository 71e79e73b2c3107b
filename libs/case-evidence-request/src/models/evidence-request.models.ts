import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DualCriminality, EvidenceRequestChannel, EvidenceRequestUrgency, TranslationStatus } from '../evidence-request.types';

registerEnumType(EvidenceRequestChannel, { name: 'EvidenceRequestChannel', description: 'ICPO / 刑事共助条約 / 外交ルート / 24時間コンタクトポイントによる保全要請' });
registerEnumType(DualCriminality, { name: 'DualCriminality', description: '双方可罰性の確認' });
registerEnumType(TranslationStatus, { name: 'EvidenceRequestTranslationStatus', description: '翻訳の状況' });
registerEnumType(EvidenceRequestUrgency, { name: 'EvidenceRequestUrgency', description: '緊急度' });

@ObjectType('EvidenceRequest', { description: '外国捜査機関への証拠提供要請。閲覧権限のない項目は null' })
export class EvidenceRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => EvidenceRequestChannel, { nullable: true }) channel: EvidenceRequestChannel | null;
  @Field(() => String, { nullable: true, description: '国 (ISO 3166-1 alpha-2)' }) country: string | null;
  @Field(() => String, { nullable: true, description: '外国の捜査機関' }) foreignAuthority: string | null;
  @Field(() => String, { nullable: true, description: '罪名' }) offence: string | null;
  @Field(() => String, { nullable: true, description: '根拠（条約等）' }) legalBasis: string | null;
  @Field(() => DualCriminality, { nullable: true }) dualCriminality: DualCriminality | null;
  @Field(() => String, { nullable: true }) dualCriminalityNote: string | null;
  @Field(() => String, { nullable: true, description: '要請事項' }) requestedItems: string | null;
  @Field(() => String, { nullable: true, description: '不可欠性の疎明' }) indispensability: string | null;
  @Field(() => TranslationStatus, { nullable: true }) translationStatus: TranslationStatus | null;
  @Field(() => String, { nullable: true, description: '証拠の使用条件' }) conditionsOnUse: string | null;
  @Field(() => [ID], { nullable: true, description: '関連する国内事件' }) linkedCaseIds: string[] | null;
  @Field(() => EvidenceRequestUrgency, { nullable: true }) urgency: EvidenceRequestUrgency | null;
  @Field(() => Date, { nullable: true, description: '起案' }) draftedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '本部長承認' }) hqApprovedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '警察庁へ送付' }) sentToNpaAt: Date | null;
  @Field(() => Date, { nullable: true, description: '外国へ送付' }) sentAbroadAt: Date | null;
  @Field(() => Date, { nullable: true, description: '受領確認' }) acknowledgedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '一部回答' }) partiallyAnsweredAt: Date | null;
  @Field(() => Date, { nullable: true, description: '回答' }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true, description: '終結' }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: '受領した証拠 (S)' }) receivedEvidence: string | null;
  @Field(() => Date, { nullable: true }) receivedAt: Date | null;
  @Field(() => Number, { nullable: true }) version: number | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('FiledEvidenceRequest')
export class FiledEvidenceRequestModel {
  @Field(() => ID) caseId: string;
  @Field() reference: string;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactKind, LabourReferralStatus, SourceChannel, TakedownChannel, TakedownKind, TakedownResult } from '../recruitment.types';

registerEnumType(SourceChannel, { name: 'RecruitmentSourceChannel', description: '端緒: サイバーパトロール / 通報 / 匿名通報 / 労働局' });
registerEnumType(LabourReferralStatus, { name: 'LabourReferralStatus', description: '職業安定法第63条に基づく通報の状況' });
registerEnumType(ContactKind, { name: 'RecruitmentContactKind', description: '投稿中の連絡手段: 電話番号 / メッセンジャーID' });
registerEnumType(TakedownKind, { name: 'RecruitmentTakedownKind', description: '送信防止措置依頼 / 返信による警告 / 結果' });
registerEnumType(TakedownChannel, { name: 'RecruitmentTakedownChannel', description: 'SNS事業者へ直接 / インターネット・ホットラインセンター経由' });
registerEnumType(TakedownResult, { name: 'RecruitmentTakedownResult', description: '削除済み / 掲載継続 / 再投稿' });

@ObjectType('RecruitmentPost', { description: '犯罪実行者募集情報（投稿）。閲覧権限のない項目は null' })
export class RecruitmentPostModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => Int, { description: '楽観ロック用のバージョン（更新時にそのまま送る）' }) version: number;
  @Field(() => String, { nullable: true }) platform: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => Date, { nullable: true }) postedAt: Date | null;
  @Field(() => Date, { nullable: true }) capturedAt: Date | null;
  @Field(() => String, { nullable: true, description: '画面保存の SHA-256' }) screenshotHash: string | null;
  @Field(() => [String], { nullable: true, description: '該当した語句' }) matchedKeywords: string[] | null;
  @Field(() => Int, { nullable: true, description: '危険度 (0–100)' }) riskScore: number | null;
  @Field(() => String, { nullable: true, description: '投稿者アカウント' }) posterHandle: string | null;
  @Field(() => LabourReferralStatus, { nullable: true }) labourReferralStatus: LabourReferralStatus | null;
  @Field(() => String, { nullable: true, description: '被疑者の特定情報 (S)' }) suspectIdentity: string | null;
  @Field(() => [String], { nullable: true, description: '関連する刑事事件' }) linkedCriminalCases: string[] | null;
  @Field(() => String, { nullable: true }) investigationNotes: string | null;
  @Field(() => SourceChannel, { nullable: true }) sourceChannel: SourceChannel | null;
  @Field(() => String, { nullable: true, description: '匿名通報の受付番号 (S)' }) tipReceiptNumber: string | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('RecruitmentContact', { description: '投稿中の連絡手段（電話番号は E.164）' })
export class RecruitmentContactModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => ContactKind, { nullable: true }) kind: ContactKind | null;
  @Field(() => String, { nullable: true }) value: string | null;
  @Field(() => String, { nullable: true }) messengerService: string | null;
  @Field(() => String, { nullable: true }) carrierAgencyId: string | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('RecruitmentTakedown', { description: '削除依頼・返信警告・結果の記録' })
export class RecruitmentTakedownModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => TakedownKind, { nullable: true }) kind: TakedownKind | null;
  @Field(() => TakedownChannel, { nullable: true }) channel: TakedownChannel | null;
  @Field(() => String, { nullable: true, description: '返信警告のテンプレートID' }) templateId: string | null;
  @Field(() => TakedownResult, { nullable: true }) result: TakedownResult | null;
  @Field(() => String, { nullable: true, description: 'IHC 等の参照番号' }) reference: string | null;
  @Field(() => Date, { nullable: true }) occurredAt: Date | null;
  @Field(() => Date, { nullable: true, description: '再確認の期限' }) recheckDueAt: Date | null;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('FiledRecruitmentPost')
export class FiledRecruitmentPostModel {
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => Boolean, { description: '既に登録済みの投稿（新規登録せず既存の事案を返した）' }) alreadyKnown: boolean;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo, RewardPaymentMethod, TipCategory, TipChannel, TipClassification } from '@renkei/core';
import { RewardDisqualification, TipInfoRequestState } from '../tips.types';

registerEnumType(TipCategory, { name: 'TipCategory', description: '対象事案の種別（別表1〜9）' });
registerEnumType(TipChannel, { name: 'TipChannel', description: '受付方法（電話 / インターネット）' });
registerEnumType(TipClassification, { name: 'TipClassification', description: '対象事案情報 / 参考情報' });
registerEnumType(RewardPaymentMethod, { name: 'RewardPaymentMethod', description: '情報料の支払方法（現金交付 / 口座振込 / 現金郵送）' });
registerEnumType(RewardDisqualification, { name: 'RewardDisqualification', description: '情報料の不適格者（被疑者・被害者・警察職員・受託者・職務上知った公務員・業務上知った専門職・通謀者）' });
registerEnumType(TipInfoRequestState, { name: 'TipInfoRequestState', description: '追加情報の求めの状態（受付中 / 回答済み / 取下げ）' });

@ObjectType('TipInfoRequest', { description: '追加情報の求め' })
export class TipInfoRequestModel {
  @Field(() => ID) id: string;
  @Field({ description: '通報者への質問' }) question: string;
  @Field(() => TipInfoRequestState) state: TipInfoRequestState;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType('TipAdditionalInformation', { description: '追加情報' })
export class TipAdditionalInformationModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: '回答した追加情報の求め' }) requestId: string | null;
  @Field(() => TipChannel) channel: TipChannel;
  @Field() content: string;
  @Field(() => Date) receivedAt: Date;
  @Field(() => Date, { description: '追加情報報告書の提出期限（翌勤務日の正午）' }) reportDueAt: Date;
  @Field(() => Date, { nullable: true }) reportedAt: Date | null;
}

@ObjectType('Tip', { description: '匿名通報。閲覧権限のない項目は null（redactedFields に項目名）' })
export class TipModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => String, { nullable: true, description: '受付番号' }) receiptNumber: string | null;
  @Field(() => TipCategory, { nullable: true }) category: TipCategory | null;
  @Field(() => TipChannel, { nullable: true }) channel: TipChannel | null;
  @Field(() => Date, { nullable: true }) receivedAt: Date | null;
  @Field(() => String, { nullable: true, description: '通報内容' }) content: string | null;
  @Field(() => Boolean, { nullable: true, description: '緊急' }) urgent: boolean | null;
  @Field(() => TipClassification, { nullable: true, description: '対象事案情報 / 参考情報（警察庁主管課が判断）' }) classification: TipClassification | null;
  @Field(() => Date, { nullable: true }) classifiedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '転送先の警察本部' }) forwardedAgencyId: string | null;
  @Field(() => Date, { nullable: true }) forwardedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'この通報から作成された事件' }) caseId: string | null;
  @Field(() => Date, { nullable: true, description: '警察庁への報告期限（翌勤務日の正午）' }) reportDueAt: Date | null;
  @Field(() => Date, { nullable: true, description: '報告書の作成日時' }) reportedAt: Date | null;
  @Field(() => [TipInfoRequestModel], { nullable: true, description: '追加情報の求め' }) infoRequests: TipInfoRequestModel[] | null;
  @Field(() => [TipAdditionalInformationModel], { nullable: true, description: '追加情報' }) additionalInformation: TipAdditionalInformationModel[] | null;
  @Field(() => String, { nullable: true, description: '通報者が自ら申し出た身元（任意）' }) selfIdentification: string | null;
  @Field(() => [RewardDisqualification], { nullable: true, description: '不適格者への該当（通報時の申告）' }) disqualifications: RewardDisqualification[] | null;
  @Field(() => Boolean, { nullable: true, description: '情報料の受領意思' }) wantsReward: boolean | null;
  @Field(() => Int, { nullable: true, description: '情報料（円）' }) rewardAmount: number | null;
  @Field(() => Date, { nullable: true }) rewardDecidedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '支払対象としてウェブサイトに掲載した日時' }) rewardNoticePostedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '掲載を終了した日時（掲載から1年）' }) rewardNoticeRemovedAt: Date | null;
  @Field(() => RewardPaymentMethod, { nullable: true }) rewardPaymentMethod: RewardPaymentMethod | null;
  @Field(() => Date, { nullable: true }) rewardPaidAt: Date | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('TipConnection')
export class TipConnectionModel {
  @Field(() => [TipModel]) nodes: TipModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('TipReceipt', { description: '通報の受付結果（通報者に伝える内容）' })
export class TipReceiptModel {
  @Field({ description: '受付番号' }) receiptNumber: string;
  @Field({ description: '緊急の通報として受け付けたか（110番通報を促す）' }) urgent: boolean;
  @Field({ description: '通報者へのメッセージ' }) message: string;
}

@ObjectType('TipsterQuestion', { description: '通報者に対する追加情報の求め' })
export class TipsterQuestionModel {
  @Field(() => ID) id: string;
  @Field() question: string;
  @Field(() => TipInfoRequestState) state: TipInfoRequestState;
  @Field(() => Date) requestedAt: Date;
}

@ObjectType('TipsterView', { description: '受付番号と暗証番号で確認できる内容' })
export class TipsterViewModel {
  @Field() receiptNumber: string;
  @Field(() => [TipsterQuestionModel]) questions: TipsterQuestionModel[];
}

@ObjectType('TipsterInformationReceipt')
export class TipsterInformationReceiptModel {
  @Field() receiptNumber: string;
  @Field() message: string;
}

@ObjectType('TipNotice', { description: 'ウェブサイトに掲載する受付番号' })
export class TipNoticeModel {
  @Field() receiptNumber: string;
  @Field(() => Date, { description: '掲載日時' }) postedAt: Date;
}

@ObjectType('TipNotices', { description: '「匿名通報」ウェブサイトの掲載事項（受付番号と掲載日時のみ）' })
export class TipNoticesModel {
  @Field(() => [TipNoticeModel], { description: '追加情報を求めている受付番号' }) infoRequested: TipNoticeModel[];
  @Field(() => [TipNoticeModel], { description: '情報料の支払対象の受付番号（掲載から1年間）' }) rewards: TipNoticeModel[];
}

@ObjectType('OpenedCaseFromTip')
export class OpenedCaseFromTipModel {
  @Field(() => TipModel) tip: TipModel;
  @Field(() => ID) caseId: string;
  @Field() reference: string;
}

@ObjectType('RewardReceipt', { description: '領収書（受付番号・金額・支払日時・支払方法。暗証番号は記載しない）' })
export class RewardReceiptModel {
  @Field(() => ID) tipId: string;
  @Field() receiptNumber: string;
  @Field(() => Int) amount: number;
  @Field(() => Date) paidAt: Date;
  @Field(() => RewardPaymentMethod) method: RewardPaymentMethod;
}

@ObjectType('RewardLedgerEntry')
export class RewardLedgerEntryModel {
  @Field(() => ID) tipId: string;
  @Field() receiptNumber: string;
  @Field(() => Int) rewardAmount: number;
  @Field(() => RewardPaymentMethod) rewardPaymentMethod: RewardPaymentMethod;
  @Field(() => Date) rewardPaidAt: Date;
}

@ObjectType('RewardLedgerMethodTotal')
export class RewardLedgerMethodTotalModel {
  @Field(() => RewardPaymentMethod) method: RewardPaymentMethod;
  @Field(() => Int) count: number;
  @Field(() => Int) totalAmount: number;
}

@ObjectType('RewardLedger', { description: '情報料支払台帳' })
export class RewardLedgerModel {
  @Field(() => [RewardLedgerEntryModel]) entries: RewardLedgerEntryModel[];
  @Field(() => Int) count: number;
  @Field(() => Int, { description: '支払総額（円）' }) totalAmount: number;
  @Field(() => [RewardLedgerMethodTotalModel]) byMethod: RewardLedgerMethodTotalModel[];
}

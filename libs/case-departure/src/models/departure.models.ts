import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountType, ContractType, DepartureRowStatus } from '../departure.types';

registerEnumType(AccountType, { name: 'DepartureAccountType', description: 'ORDINARY 普通 / CURRENT 当座 / SAVINGS 貯蓄' });
registerEnumType(ContractType, { name: 'DepartureContractType', description: 'VOICE 音声 / DATA_ONLY データ専用 / PREPAID プリペイド' });
registerEnumType(DepartureRowStatus, {
  name: 'DepartureRowStatus',
  description: 'NOT_HELD 該当なし / NORMAL 通常 / WITHDRAWALS_RESTRICTED 出金（利用）制限 / FROZEN 凍結（停止） / CLOSED 解約',
});

@ObjectType('DepartureAccount', { description: '口座と金融機関の回答（金融機関は自社の口座のみ）' })
export class DepartureAccountModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true, description: '金融機関' }) bankAgencyId: string | null;
  @Field(() => String, { nullable: true, description: '支店' }) branchName: string | null;
  @Field(() => AccountType, { nullable: true }) accountType: AccountType | null;
  @Field(() => String, { nullable: true, description: '口座番号 (S)' }) accountNumber: string | null;
  @Field(() => String, { nullable: true, description: '名義（カナ）' }) holderKana: string | null;
  @Field(() => String, { nullable: true }) taskId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => DepartureRowStatus, { nullable: true }) status: DepartureRowStatus | null;
  @Field(() => String, { nullable: true, description: '根拠' }) legalBasis: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) statusOn: string | null;
  @Field(() => String, { nullable: true }) answeredBy: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('DepartureContract', { description: '携帯電話契約と通信事業者の回答（通信事業者は自社の契約のみ）' })
export class DepartureContractModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true, description: '通信事業者' }) carrierAgencyId: string | null;
  @Field(() => String, { nullable: true, description: 'E.164' }) number: string | null;
  @Field(() => ContractType, { nullable: true }) contractType: ContractType | null;
  @Field(() => String, { nullable: true }) taskId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => DepartureRowStatus, { nullable: true }) status: DepartureRowStatus | null;
  @Field(() => String, { nullable: true }) legalBasis: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) statusOn: string | null;
  @Field(() => String, { nullable: true }) answeredBy: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('DepartureNote', { description: '入管の連絡事項（警察は閲覧のみ）／警察のリスク情報（警察のみ）' })
export class DepartureNoteModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { nullable: true }) authorId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('DepartingResident', { description: '帰国する在留外国人（閲覧できる項目のみ）' })
export class DepartingResidentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true, description: '氏名（ローマ字）' }) romajiName: string | null;
  @Field(() => String, { nullable: true, description: '氏名（カナ）' }) kanaName: string | null;
  @Field(() => String, { nullable: true, description: '生年月日 YYYY-MM-DD' }) dateOfBirth: string | null;
  @Field(() => String, { nullable: true, description: '在留カード番号 (S)。金融機関・通信事業者には末尾4文字のみ' }) residenceCardNumber: string | null;
  @Field(() => String, { nullable: true, description: '国籍（ISO 3166-1 alpha-2）' }) nationality: string | null;
  @Field(() => String, { nullable: true, description: '在留資格' }) statusOfResidence: string | null;
  @Field(() => String, { nullable: true, description: '住所' }) address: string | null;
  @Field(() => Boolean, { nullable: true, description: '在留期間更新等の申請中' }) applicationPending: boolean | null;
  @Field(() => String, { nullable: true, description: '申請番号' }) applicationNumber: string | null;
  @Field(() => String, { nullable: true, description: '申請日 YYYY-MM-DD' }) applicationDate: string | null;
  @Field(() => String, { nullable: true, description: '在留期間満了日 YYYY-MM-DD' }) residenceExpiry: string | null;
  @Field(() => String, { nullable: true, description: '特例期間の末日（申請中のとき満了日＋2か月、計算値）' }) gracePeriodEnd: string | null;
  @Field(() => String, { nullable: true, description: '出国予定日' }) plannedDeparture: string | null;
  @Field(() => String, { nullable: true, description: '出国確認日' }) confirmedDeparture: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String]) redactedFields: string[];
  /** resolved by field resolvers: only what the user may read */
  accounts?: DepartureAccountModel[];
  contracts?: DepartureContractModel[];
  immigrationNotes?: DepartureNoteModel[];
  riskNotes?: DepartureNoteModel[];
}

@ObjectType('FiledDepartingResident')
export class FiledDepartingResidentModel {
  @Field(() => ID) id: string;
  @Field() reference: string;
}

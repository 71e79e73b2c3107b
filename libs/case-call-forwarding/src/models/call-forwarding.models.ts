import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportState, NumberType, NumberUsage, SuspensionResult } from '../call-forwarding.types';

registerEnumType(NumberType, { name: 'ForwardingNumberType', description: 'FIXED 固定 / IP_050 050番号 / MOBILE 携帯' });
registerEnumType(NumberUsage, { name: 'ForwardingNumberUsage', description: 'FRAUD_USED 特殊詐欺に使用 / STOCK 在庫番号' });
registerEnumType(SuspensionResult, { name: 'SuspensionResult', description: 'SUSPENDED 利用停止 / REFUSED 拒否 / NOT_OURS 自社の番号ではない' });

@ObjectType('ForwardingNumber', { description: '転送サービス事業者の電話番号と利用停止等要請の結果' })
export class ForwardingNumberModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) providerId: string | null;
  @Field(() => String, { nullable: true, description: 'E.164' }) number: string | null;
  @Field(() => NumberType, { nullable: true }) numberType: NumberType | null;
  @Field(() => String, { nullable: true }) carrierAgencyId: string | null;
  @Field(() => String, { nullable: true, description: '卸先事業者' }) reseller: string | null;
  @Field(() => NumberUsage, { nullable: true }) usage: NumberUsage | null;
  @Field(() => Date, { nullable: true }) warnedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '在庫番号一括利用制限' }) restrictedAt: Date | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => Date, { nullable: true, description: '利用停止等要請の日時' }) requestedAt: Date | null;
  @Field(() => String, { nullable: true }) suspensionTaskId: string | null;
  @Field(() => SuspensionResult, { nullable: true }) result: SuspensionResult | null;
  @Field(() => String, { nullable: true }) resultReason: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) suspendedOn: string | null;
  @Field(() => String, { nullable: true, description: '契約者（卸先を含む）' }) contractHolder: string | null;
  @Field(() => String, { nullable: true }) answeredBy: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('ForwardingDamage', { description: '関連する特殊詐欺事件と被害（警察のみ）' })
export class ForwardingDamageModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) fraudCaseReference: string | null;
  @Field(() => Float, { nullable: true, description: '被害額（円）' }) amountYen: number | null;
  @Field(() => String, { nullable: true, description: '被害者 (S)' }) victimName: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('RegulatorReferral', { description: '総務省への通報と監督上の措置' })
export class RegulatorReferralModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) regulatorAgencyId: string | null;
  @Field(() => String, { nullable: true }) taskId: string | null;
  @Field(() => String, { nullable: true }) request: string | null;
  @Field(() => String, { nullable: true }) referredBy: string | null;
  @Field(() => Date, { nullable: true }) referredAt: Date | null;
  @Field(() => String, { nullable: true, description: '監督上の措置（報告徴収・是正命令など）' }) supervisoryAction: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) actionTakenOn: string | null;
  @Field(() => String, { nullable: true }) reportedBy: string | null;
  @Field(() => Date, { nullable: true }) reportedAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('ForwardingProvider', { description: '悪質な電話転送サービス事業者' })
export class ForwardingProviderModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true, description: '法人番号' }) corporateNumber: string | null;
  @Field(() => Boolean, { nullable: true, description: '法人番号の検査用数字が正しいか（false: 事業者の申告どおりに記録）' }) corporateNumberValid: boolean | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) representative: string | null;
  @Field(() => String, { nullable: true, description: '届出番号' }) notificationNumber: string | null;
  @Field(() => String, { nullable: true }) serviceName: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String]) redactedFields: string[];
  /** resolved by field resolvers: only what the user may read */
  numbers?: ForwardingNumberModel[];
  damages?: ForwardingDamageModel[];
  referrals?: RegulatorReferralModel[];
}

@ObjectType('FiledForwardingProvider')
export class FiledForwardingProviderModel {
  @Field(() => ID) id: string;
  @Field() reference: string;
}

@ObjectType('SuspensionRequestResult', { description: '利用停止等要請: 事業者ごとの依頼' })
export class SuspensionRequestResultModel {
  @Field(() => [ID], { description: '作成された依頼（通信事業者ごとに1件）' }) taskIds: string[];
}

registerEnumType(ImportState, { name: 'ForwardingImportState', description: 'QUEUED 待機中 / RUNNING 取込中 / SUCCEEDED 全件取込済み / FAILED 取込なし（全件不採用）' });

@ObjectType('ForwardingImportError', { description: '不正な行: 行番号（見出し行 = 1）と理由コード（値は含まない）' })
export class ForwardingImportErrorModel {
  @Field(() => Int) line: number;
  @Field({ description: 'MISSING_NUMBER / INVALID_NUMBER / NUMBER_TYPE_MISMATCH / UNKNOWN_TYPE / UNKNOWN_CARRIER / NOT_A_CARRIER / UNKNOWN_USAGE / DUPLICATE_IN_FILE / ALREADY_IN_CASE / HOLDER_TOO_LONG / TOO_MANY_ROWS / BAD_FILE' })
  reason: string;
}

@ObjectType('ForwardingImport', {
  description:
    '電話番号のCSV一括取込（BullMQ ジョブ）。全件一括（all-or-nothing）: 不正な行が1行でもあれば1件も取り込まず、不正な行をすべて（先頭1,000件まで）行番号と理由で返す。不正な行がなければ全件を取り込む。',
})
export class ForwardingImportModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => ImportState) state: ImportState;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => Int, { nullable: true, description: 'データ行数（見出し行を除く）: 数え終わるまで null' }) totalRows: number | null;
  @Field(() => Int, { description: '検査済みの行数（進捗）' }) processedRows: number;
  @Field(() => Int, { description: '取り込んだ番号の数（SUCCEEDED のときだけ 0 以外）' }) importedRows: number;
  @Field(() => Int, { description: '不正な行の数（上限なし）' }) errorCount: number;
  @Field(() => [ForwardingImportErrorModel], { description: '不正な行（先頭1,000件）' }) errors: ForwardingImportErrorModel[];
  @Field(() => String, { nullable: true, description: 'ファイル以外の理由で失敗したとき: NOT_ALLOWED / FILE_MISSING / QUEUE_UNAVAILABLE / INTERNAL' }) failure: string | null;
  @Field(() => Boolean, { description: '常に true: 全件一括（一部だけ取り込まれることはない）' }) allOrNothing: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@ObjectType('ForwardingContractHolderCount', { description: '契約者（卸先を含む）ごとの番号数・事案数（閲覧できる事案のみ）' })
export class ContractHolderCountModel {
  @Field() contractHolder: string;
  @Field(() => Int) numberCount: number;
  @Field(() => Int) caseCount: number;
  @Field({ description: '新規番号提供拒否の推奨: 番号数がしきい値以上' }) refusalRecommended: boolean;
  /** Resolved as `cases` (each read through the case rules). */
  caseIds: string[];
}

@ObjectType('ForwardingContractHolders')
export class ContractHolderCountsModel {
  @Field(() => Int, { description: 'しきい値（FORWARDING_REFUSAL_THRESHOLD、既定 3）' }) threshold: number;
  @Field(() => [ContractHolderCountModel]) holders: ContractHolderCountModel[];
}

@ObjectType('StockRestrictionResult', { description: '在庫番号一括利用制限: 制限した在庫番号の数と、通信事業者ごとの依頼' })
export class StockRestrictionResultModel {
  @Field(() => Int) restrictedCount: number;
  @Field(() => [ID], { description: '作成された依頼（通信事業者ごとに1件、自社の在庫番号だけ）' }) taskIds: string[];
}

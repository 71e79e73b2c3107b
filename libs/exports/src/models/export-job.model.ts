import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@renkei/core';
import { ExportFormat, ExportState } from '../exports.types';

registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'CSV（UTF-8・BOM付き）または Excel（xlsx）' });
registerEnumType(ExportState, { name: 'ExportState', description: '待機中 / 作成中 / 完了 / 失敗 / 保存期間切れ' });

@ObjectType('ExportJob', { description: 'エクスポート（依頼した本人だけが参照・ダウンロードできる）' })
export class ExportJobModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: '出力元（CASES / TASKS / DASHBOARD / ACTIVITY_REPORTS など）' }) source: string | null;
  @Field(() => ExportFormat, { nullable: true }) format: ExportFormat | null;
  @Field(() => ExportState, { nullable: true }) state: ExportState | null;
  @Field(() => Int, { nullable: true, description: '出力した行数（作成中は途中までの行数）' }) rowCount: number | null;
  @Field(() => Int, { nullable: true, description: '進捗（%）。行数は作成が終わるまで確定しないため、完了時に100' }) progress: number | null;
  @Field(() => Float, { nullable: true, description: 'ファイルの大きさ（バイト）' }) sizeBytes: number | null;
  @Field(() => String, { nullable: true, description: 'ファイルのSHA-256（16進）' }) sha256: string | null;
  @Field(() => String, { nullable: true, description: '失敗の理由コード（REQUESTER_INACTIVE / NOT_ALLOWED / TOO_MANY_ROWS / QUEUE_UNAVAILABLE / INTERNAL など）' }) errorCode: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'この日時を過ぎるとダウンロードできない' }) expiresAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('ExportJobConnection')
export class ExportJobConnection {
  @Field(() => [ExportJobModel]) nodes: ExportJobModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@renkei/core';
import { TipReportKind } from '../tip-reports.service';

registerEnumType(TipReportKind, {
  name: 'TipReportKind',
  description: '警察庁への報告書の種類（通報報告書・参考情報報告書 / 追加情報報告書 / 受付状況報告書 / 業務報告書）',
});

@ObjectType('TipReportFile', { description: '警察庁への報告書ファイル（暗号化済み）。閲覧権限のない項目は null（redactedFields に項目名）' })
export class TipReportFileModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: '別記様式の番号（1〜5）' }) form: number | null;
  @Field(() => String, { nullable: true, description: '報告書の名称（通報報告書など）' }) title: string | null;
  @Field(() => ID, { nullable: true, description: '通報（様式第1号〜第3号）' }) tipId: string | null;
  @Field(() => String, { nullable: true, description: '受付番号（様式第1号〜第3号）' }) receiptNumber: string | null;
  @Field(() => ID, { nullable: true, description: '追加情報（様式第3号）' }) informationId: string | null;
  @Field(() => String, { nullable: true, description: '対象日（YYYY-MM-DD、様式第4号）または対象月（YYYY-MM、様式第5号）' }) period: string | null;
  @Field(() => String, { nullable: true, description: 'ファイル名（暗号化ファイル）' }) fileName: string | null;
  @Field(() => String, { nullable: true, description: '暗号化ファイルの SHA-256（16進）' }) sha256: string | null;
  @Field(() => Int, { nullable: true, description: 'ファイルの大きさ（バイト）' }) sizeBytes: number | null;
  @Field(() => Date, { nullable: true, description: '作成日時' }) generatedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '作成者' }) generatedBy: string | null;
  @Field(() => Date, { nullable: true, description: '警察庁が最初にダウンロードした日時（受領）' }) firstDownloadedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '最初にダウンロードした職員' }) firstDownloadedBy: string | null;
  @Field(() => Int, { nullable: true, description: 'ダウンロード回数' }) downloadCount: number | null;
  @Field(() => [String], { description: '閲覧権限がなく null にした項目' }) redactedFields: string[];
}

@ObjectType('TipReportFileConnection')
export class TipReportFileConnectionModel {
  @Field(() => [TipReportFileModel]) nodes: TipReportFileModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

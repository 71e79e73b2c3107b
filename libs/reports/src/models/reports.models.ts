import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityKind, PageInfo } from '@renkei/core';
import { ActivityReportGroupBy, ActivityReportSortDirection, ActivityReportState } from '../reports.types';

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'OUTREACH やさしい日本語による広報啓発 / INTERPRETER_PATROL 通訳を伴うパトロール / JOINT_PATROL 合同パトロール / FACT_FINDING 実態把握 / BROKER_CRACKDOWN 悪質ブローカー等の取締り / AGENCY_COOPERATION 関係機関との連携',
});
registerEnumType(ActivityReportState, { name: 'ActivityReportState', description: 'DRAFT 作成中 / SUBMITTED 提出済み / APPROVED 承認済み / RETURNED 差戻し' });
registerEnumType(ActivityReportGroupBy, { name: 'ActivityReportGroupBy', description: 'STATION 警察署別 / KIND 施策別 / MONTH 月別（日本時間）' });
registerEnumType(ActivityReportSortDirection, { name: 'ActivityReportSortDirection' });

@ObjectType('ActivityReport', { description: '施策実施報告。閲覧権限のない項目は null' })
export class ActivityReportModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: '報告した警察署' }) stationAgencyId: string | null;
  @Field(() => String, { nullable: true, description: '警察署名' }) stationName: string | null;
  @Field(() => ID, { nullable: true }) prefectureId: string | null;
  @Field(() => ActivityKind, { nullable: true, description: '施策の種別' }) kind: ActivityKind | null;
  @Field(() => String, { nullable: true, description: '実施日（日本時間 YYYY-MM-DD）' }) activityDate: string | null;
  @Field(() => String, { nullable: true, description: '実施場所' }) place: string | null;
  @Field(() => Int, { nullable: true, description: '参加者数' }) participants: number | null;
  @Field(() => Int, { nullable: true, description: '対象となった在留外国人の数' }) foreignResidentsReached: number | null;
  @Field(() => Int, { nullable: true, description: '通訳官・通訳人の数' }) interpreters: number | null;
  @Field(() => [String], { nullable: true, description: '使用した言語' }) languages: string[] | null;
  @Field(() => Int, { nullable: true, description: '立入り・実態把握の件数' }) inspections: number | null;
  @Field(() => Int, { nullable: true, description: '検挙人員' }) arrests: number | null;
  @Field(() => [String], { nullable: true, description: '連携した関係機関等' }) partnerAgencies: string[] | null;
  @Field(() => String, { nullable: true, description: '備考' }) notes: string | null;
  @Field(() => ActivityReportState, { nullable: true }) state: ActivityReportState | null;
  @Field(() => String, { nullable: true, description: '直近の差戻しの理由' }) returnReason: string | null;
  @Field(() => ID, { nullable: true, description: '作成者' }) filedBy: string | null;
  @Field(() => ID, { nullable: true, description: '提出者' }) submittedBy: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '承認・差戻しをした統括責任者' }) reviewedBy: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType('ActivityReportConnection')
export class ActivityReportConnection {
  @Field(() => [ActivityReportModel]) nodes: ActivityReportModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: '条件に合う閲覧可能な報告の件数' }) totalCount: number;
}

@ObjectType('ActivityReportTotalRow')
export class ActivityReportTotalRowModel {
  @Field({ description: '警察署の ID / 施策の種別 / 年月 (YYYY-MM)、合計行は ALL' }) key: string;
  @Field({ description: '表示名' }) label: string;
  @Field(() => Int, { description: '報告件数' }) reports: number;
  @Field(() => Int) participants: number;
  @Field(() => Int) foreignResidentsReached: number;
  @Field(() => Int) interpreters: number;
  @Field(() => Int) inspections: number;
  @Field(() => Int) arrests: number;
}

@ObjectType('ActivityReportTotals', { description: '施策実施報告の集計（閲覧できる報告のみ）' })
export class ActivityReportTotalsModel {
  @Field(() => ActivityReportGroupBy) groupBy: ActivityReportGroupBy;
  @Field() from: string;
  @Field() to: string;
  @Field(() => ActivityReportState, { description: '集計した状態' }) state: ActivityReportState;
  @Field(() => [ActivityReportTotalRowModel]) rows: ActivityReportTotalRowModel[];
  @Field(() => ActivityReportTotalRowModel) overall: ActivityReportTotalRowModel;
}

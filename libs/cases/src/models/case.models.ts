import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@renkei/core';
import { Audience, CasePriority, TaskState } from '../cases.types';

registerEnumType(Audience, { name: 'Audience', description: 'POLICE 警察のみ / ALL_PARTIES 全関係機関 / AGENCY 指定機関と警察' });
registerEnumType(TaskState, { name: 'TaskState', description: '依頼の状態' });
registerEnumType(CasePriority, { name: 'CasePriority', description: '優先度' });

@ObjectType('Case', { description: '事案（全類型に共通の記録）' })
export class CaseModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: '事件番号（例: 甲-2026-000123）' }) reference: string | null;
  @Field(() => String, { nullable: true }) type: string | null;
  @Field(() => String, { nullable: true }) state: string | null;
  @Field(() => CasePriority, { nullable: true }) priority: CasePriority | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) prefectureId: string | null;
  @Field(() => String, { nullable: true }) owningAgencyId: string | null;
  @Field(() => String, { nullable: true }) owningUnitId: string | null;
  @Field(() => String, { nullable: true }) filedBy: string | null;
  @Field(() => Date, { nullable: true }) filedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String], { nullable: true }) assigneeIds: string[] | null;
  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' }) redactedFields: string[];
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseModel]) nodes: CaseModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('Task', { description: '関係機関への依頼' })
export class TaskModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) agencyId: string | null;
  @Field(() => String, { nullable: true }) kind: string | null;
  @Field(() => String, { nullable: true }) request: string | null;
  @Field(() => String, { nullable: true }) legalBasis: string | null;
  @Field(() => [String], { nullable: true }) scopeRefs: string[] | null;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => TaskState, { nullable: true }) state: TaskState | null;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field(() => String, { nullable: true }) answeredBy: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType()
export class TaskConnection {
  @Field(() => [TaskModel]) nodes: TaskModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('Comment', { description: 'コメント（閲覧範囲つき）' })
export class CommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => Audience, { nullable: true }) audience: Audience | null;
  @Field(() => String, { nullable: true }) audienceAgencyId: string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { nullable: true }) authorId: string | null;
  @Field(() => String, { nullable: true }) authorAgencyId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('Attachment', { description: '添付ファイル（閲覧範囲つき）。本体は GET /attachments/:id' })
export class AttachmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) commentId: string | null;
  @Field(() => Audience, { nullable: true }) audience: Audience | null;
  @Field(() => String, { nullable: true }) audienceAgencyId: string | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) contentType: string | null;
  @Field(() => Int, { nullable: true }) sizeBytes: number | null;
  @Field(() => String, { nullable: true }) sha256: string | null;
  @Field(() => String, { nullable: true }) uploadedBy: string | null;
  @Field(() => String, { nullable: true }) uploadedAgencyId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('CaseEvent', { description: '経過（タイムライン）の1件' })
export class CaseEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => Date, { nullable: true }) occurredAt: Date | null;
  @Field(() => String, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true }) type: string | null;
  @Field(() => Audience, { nullable: true }) audience: Audience | null;
  @Field(() => String, { nullable: true }) audienceAgencyId: string | null;
  @Field(() => String, { nullable: true }) taskId: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) data: string | null;
  @Field(() => [String]) redactedFields: string[];
}

@ObjectType('CaseLink', { description: '同じ電話番号・口座などを含む別の事案（両方を閲覧できる場合のみ）' })
export class CaseLinkModel {
  @Field() kind: string;
  @Field(() => CaseModel) case: CaseModel;
}

@ObjectType('CaseCount', { description: '類型・状態ごとの未終結事案数' })
export class CaseCountModel {
  @Field(() => String, { nullable: true }) type: string | null;
  @Field(() => String, { nullable: true }) state: string | null;
  @Field(() => Int) count: number;
}

@ObjectType('AgencyTaskCount', { description: '機関ごとの未回答・期限切れ依頼数' })
export class AgencyTaskCountModel {
  @Field(() => String, { nullable: true }) agencyId: string | null;
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('DeadlineCompliance', { description: '期間内に期限が到来した依頼の遵守状況' })
export class DeadlineComplianceModel {
  @Field(() => Int) due: number;
  @Field(() => Int) answeredOnTime: number;
  @Field(() => Int) answeredLate: number;
  @Field(() => Int) stillOpen: number;
  @Field(() => Float, { nullable: true, description: '期限内回答の割合（0〜1）' }) rate: number | null;
}

@ObjectType('Dashboard', { description: '推進本部・推進室の横断状況（閲覧できる行のみを集計）' })
export class DashboardModel {
  @Field(() => [CaseCountModel]) openCases: CaseCountModel[];
  @Field(() => [AgencyTaskCountModel]) tasksByAgency: AgencyTaskCountModel[];
  @Field(() => DeadlineComplianceModel) compliance: DeadlineComplianceModel;
  @Field(() => [TaskModel]) oldestOverdue: TaskModel[];
}

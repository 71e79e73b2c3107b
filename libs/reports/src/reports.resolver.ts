import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ, UPDATE } from '@renkei/authz';
import { ExportJobModel, ExportsService } from '@renkei/exports';
import { ActivityReportsService } from './reports.service';
import { ACTIVITY_REPORTS_EXPORT } from './reports.export-source';
import { ACTIVITY_REPORT, ActivityReportAction } from './reports.fields';
import { ActivityReportConnection, ActivityReportModel, ActivityReportTotalsModel } from './models/reports.models';
import {
  ActivityReportArgs,
  ActivityReportExportArgs,
  ActivityReportsArgs,
  ActivityReportTotalsArgs,
  ActivityReportVersionInput,
  CreateActivityReportInput,
  ReturnActivityReportInput,
  UpdateActivityReportInput,
} from './dto/reports.inputs';

/** Root fields of 施策実施報告; the rules are in ActivityReportsService. */
@Resolver()
export class ActivityReportsResolver {
  constructor(
    private readonly reports: ActivityReportsService,
    private readonly exports: ExportsService,
  ) {}

  @Query(() => ActivityReportConnection, { description: '施策実施報告の一覧（閲覧できるもの。実施日順）' })
  @Allow(READ, ACTIVITY_REPORT)
  activityReports(@Ctx() ctx: RequestContext, @Args() args: ActivityReportsArgs) {
    return this.reports.list(ctx, args.filter ?? {}, args.first, args.after, args.direction);
  }

  @Query(() => ActivityReportModel, { description: '施策実施報告（閲覧できない場合は NOT_FOUND）' })
  @Allow(READ, ACTIVITY_REPORT)
  activityReport(@Ctx() ctx: RequestContext, @Args() args: ActivityReportArgs) {
    return this.reports.get(ctx, args.id);
  }

  @Query(() => ActivityReportTotalsModel, { description: '施策実施報告の集計（警察署別・施策別・月別。既定は承認済みのみ）' })
  @Allow(READ, ACTIVITY_REPORT)
  activityReportTotals(@Ctx() ctx: RequestContext, @Args() args: ActivityReportTotalsArgs) {
    return this.reports.totals(ctx, args);
  }

  @Mutation(() => ActivityReportModel, { description: '施策実施報告の作成（運用責任者、自署のもの。作成中として保存）' })
  @Allow(ActivityReportAction.CREATE, ACTIVITY_REPORT)
  createActivityReport(@Ctx() ctx: RequestContext, @Args('input') input: CreateActivityReportInput) {
    return this.reports.create(ctx, input);
  }

  @Mutation(() => ActivityReportModel, { description: '作成中・差戻しの報告の修正（運用責任者）' })
  @Allow(UPDATE, ACTIVITY_REPORT)
  updateActivityReport(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActivityReportInput) {
    return this.reports.update(ctx, input.id, input.version, input.changes);
  }

  @Mutation(() => ActivityReportModel, { description: '報告の提出（運用責任者 → 統括責任者）' })
  @Allow(ActivityReportAction.SUBMIT, ACTIVITY_REPORT)
  submitActivityReport(@Ctx() ctx: RequestContext, @Args('input') input: ActivityReportVersionInput) {
    return this.reports.submit(ctx, input.id, input.version);
  }

  @Mutation(() => ActivityReportModel, { description: '報告の承認（統括責任者）' })
  @Allow(ActivityReportAction.APPROVE, ACTIVITY_REPORT)
  approveActivityReport(@Ctx() ctx: RequestContext, @Args('input') input: ActivityReportVersionInput) {
    return this.reports.approve(ctx, input.id, input.version);
  }

  @Mutation(() => ActivityReportModel, { description: '報告の差戻し（統括責任者、理由を付して）' })
  @Allow(ActivityReportAction.RETURN, ACTIVITY_REPORT)
  returnActivityReport(@Ctx() ctx: RequestContext, @Args('input') input: ReturnActivityReportInput) {
    return this.reports.returnReport(ctx, input.id, input.version, input.reason);
  }

  @Mutation(() => ExportJobModel, { description: '施策実施報告の一覧のエクスポートを依頼（閲覧できる報告のみ。CSV / Excel）' })
  @Allow(READ, ACTIVITY_REPORT)
  requestActivityReportExport(@Ctx() ctx: RequestContext, @Args() args: ActivityReportExportArgs) {
    return this.exports.request(ctx, ACTIVITY_REPORTS_EXPORT, { ...(args.filter ?? {}) }, args.format);
  }
}

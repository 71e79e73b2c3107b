import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { CASE, TASK } from '@renkei/cases';
import { ExportsService } from './exports.service';
import { EXPORT_JOB } from './exports.fields';
import { BuiltInExportSource } from './exports.types';
import { ExportJobConnection, ExportJobModel } from './models/export-job.model';
import { CaseExportArgs, DashboardExportArgs, ExportJobArgs, MyExportsArgs, TaskExportArgs } from './dto/export.inputs';

/** Export requests (one mutation per source, with that list's own filter and sort) and the requester's jobs. */
@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @Mutation(() => ExportJobModel, { description: '事案一覧のエクスポートを依頼（閲覧できる事案・項目のみ。非表示の項目は空欄で印を付ける）' })
  @Allow(READ, CASE)
  requestCaseExport(@Ctx() ctx: RequestContext, @Args() args: CaseExportArgs) {
    const sort = args.sort ?? { field: 'filedAt', direction: 'DESC' };
    return this.exports.request(ctx, BuiltInExportSource.CASES, { filter: args.filter ?? {}, sort: { field: sort.field, direction: sort.direction } }, args.format);
  }

  @Mutation(() => ExportJobModel, { description: '依頼一覧のエクスポートを依頼（自機関あて、または閲覧できるすべての依頼）' })
  @Allow(READ, TASK)
  requestTaskExport(@Ctx() ctx: RequestContext, @Args() args: TaskExportArgs) {
    return this.exports.request(ctx, BuiltInExportSource.TASKS, { scope: args.scope, filter: args.filter ?? {} }, args.format);
  }

  @Mutation(() => ExportJobModel, { description: '横断状況ダッシュボードの数値のエクスポートを依頼（閲覧できる行のみを集計）' })
  @Allow(READ, TASK)
  requestDashboardExport(@Ctx() ctx: RequestContext, @Args() args: DashboardExportArgs) {
    return this.exports.request(ctx, BuiltInExportSource.DASHBOARD, { from: args.from, to: args.to }, args.format);
  }

  @Query(() => ExportJobModel, { description: '自分が依頼したエクスポート1件（ダウンロードは GET /exports/:id/download）' })
  @Allow(READ, EXPORT_JOB)
  exportJob(@Ctx() ctx: RequestContext, @Args() args: ExportJobArgs) {
    return this.exports.get(ctx, args.id);
  }

  @Query(() => ExportJobConnection, { description: '自分が依頼したエクスポート（新しい順）' })
  @Allow(READ, EXPORT_JOB)
  myExports(@Ctx() ctx: RequestContext, @Args() args: MyExportsArgs) {
    return this.exports.mine(ctx, args.first, args.after);
  }
}

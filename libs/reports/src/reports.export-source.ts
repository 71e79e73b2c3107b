import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ACTIVITY_KIND_JA, type ActivityKind } from '@renkei/core';
import { ExportSourceRegistry, type ExportSource } from '@renkei/exports';
import { ActivityReportsService } from './reports.service';
import { ActivityReportSortDirection, ActivityReportState, type ActivityReportFilter } from './reports.types';

/** The export source's name (libs/exports knows it only by this string). */
export const ACTIVITY_REPORTS_EXPORT = 'ACTIVITY_REPORTS';

const PAGE = 200;

const STATE_JA: Record<ActivityReportState, string> = {
  [ActivityReportState.DRAFT]: '作成中',
  [ActivityReportState.SUBMITTED]: '提出済み',
  [ActivityReportState.APPROVED]: '承認済み',
  [ActivityReportState.RETURNED]: '差戻し',
};

const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : null);

/**
 * 施策実施報告 as an export source: the same list (ActivityReportsService.list: readable rows,
 * projected fields) as `activityReports`, oldest first, a page at a time.
 */
@Injectable()
export class ActivityReportsExportSource implements OnModuleInit {
  constructor(
    private readonly registry: ExportSourceRegistry,
    private readonly reports: ActivityReportsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.source());
  }

  private source(): ExportSource<ActivityReportFilter> {
    return {
      name: ACTIVITY_REPORTS_EXPORT,
      titleJa: '施策実施報告',
      columns: [
        { field: 'stationName', header: '警察署', width: 20 },
        { field: 'activityDate', header: '実施日', width: 12 },
        { field: 'kind', header: '施策', render: (v) => (typeof v === 'string' ? (ACTIVITY_KIND_JA[v as ActivityKind] ?? v) : null), width: 28 },
        { field: 'place', header: '場所', width: 30 },
        { field: 'participants', header: '参加人数', width: 10 },
        { field: 'foreignResidentsReached', header: '対象外国人数', width: 12 },
        { field: 'interpreters', header: '通訳人数', width: 10 },
        { field: 'languages', header: '使用言語', render: list, width: 20 },
        { field: 'inspections', header: '立入・検査件数', width: 12 },
        { field: 'arrests', header: '検挙件数', width: 10 },
        { field: 'partnerAgencies', header: '連携機関', render: list, width: 30 },
        { field: 'notes', header: '備考', width: 40 },
        { field: 'state', header: '状態', render: (v) => (typeof v === 'string' ? (STATE_JA[v as ActivityReportState] ?? v) : null), width: 10 },
        { field: 'submittedAt', header: '提出日時', width: 20 },
        { field: 'reviewedAt', header: '承認・差戻し日時', width: 20 },
      ],
      // The same query with one row: a filter the user may not use is refused now, before a job exists.
      validate: async (ctx, filter) => {
        await this.reports.list(ctx, filter, 1, null, ActivityReportSortDirection.ASC);
      },
      revive: (json) => json as ActivityReportFilter,
      fetchPage: async (ctx, filter, cursor) => {
        const page = await this.reports.list(ctx, filter, PAGE, cursor, ActivityReportSortDirection.ASC);
        return { rows: page.nodes as never, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
      },
    };
  }
}

import type { RequestContext } from '@renkei/core';
import type { CaseTypeRegistry, DashboardService } from '@renkei/cases';
import { ExportsError, ExportsErrorCode } from '../exports.errors';
import { BuiltInExportSource, type ExportCell, type ExportRow, type ExportSource } from '../exports.types';
import { AgencyNames } from './agency-names';

/** At most this period (the dashboard query has no limit; an export is meant for a report period). */
const MAX_PERIOD_DAYS = 366;

export interface DashboardExportParams {
  from: Date;
  to: Date;
}

/**
 * The dashboard's figures (`dashboard`), as the same DashboardService computes them for the
 * requester: counts over the rows the user may read only, so a liaison's file counts its own
 * agency's tasks. One row per figure.
 */
export function dashboardExportSource(dashboards: DashboardService, types: CaseTypeRegistry, agencies: AgencyNames): ExportSource<DashboardExportParams> {
  const typeJa = (type: string | null) => (type === null ? null : (types.list().find((t) => t.type === type)?.nameJa ?? type));
  const figure = (section: string, label: string | null, detail: string | null, value: ExportCell): ExportRow => ({ section, label, detail, value, redactedFields: [] });
  return {
    name: BuiltInExportSource.DASHBOARD,
    titleJa: '横断状況ダッシュボード',
    columns: [
      { field: 'section', header: '区分', width: 24 },
      { field: 'label', header: '項目', width: 30 },
      { field: 'detail', header: '内訳', width: 20 },
      { field: 'value', header: '値', width: 12 },
    ],
    validate: async (ctx, params) => {
      const days = (params.to.getTime() - params.from.getTime()) / 86_400_000;
      if (!(days > 0) || days > MAX_PERIOD_DAYS) throw new ExportsError(ExportsErrorCode.BAD_PERIOD, [{ field: 'to', reason: 'BAD_PERIOD' }]);
      // The same query, so a grouping on a field the user may not read is refused now.
      await dashboards.dashboard(ctx, params.from, params.to);
    },
    revive: (json) => ({ from: new Date(json.from as string), to: new Date(json.to as string) }),
    fetchPage: async (ctx: RequestContext, params) => {
      const d = await dashboards.dashboard(ctx, params.from, params.to);
      const rows: ExportRow[] = [];
      for (const c of d.openCases) rows.push(figure('未終結の事案', typeJa(c.type), c.state, c.count));
      for (const t of d.tasksByAgency) {
        const name = t.agencyId ? await agencies.name(ctx, t.agencyId) : null;
        rows.push(figure('未回答の依頼（機関別）', name ?? t.agencyId, '未回答', t.open));
        rows.push(figure('未回答の依頼（機関別）', name ?? t.agencyId, 'うち期限切れ', t.overdue));
      }
      const c = d.compliance;
      rows.push(figure('期限遵守（期間内に期限到来）', '期限到来', null, c.due));
      rows.push(figure('期限遵守（期間内に期限到来）', '期限内に回答', null, c.answeredOnTime));
      rows.push(figure('期限遵守（期間内に期限到来）', '期限後に回答', null, c.answeredLate));
      rows.push(figure('期限遵守（期間内に期限到来）', '未回答', null, c.stillOpen));
      rows.push(figure('期限遵守（期間内に期限到来）', '遵守率', null, c.rate === null ? null : Math.round(c.rate * 1000) / 1000));
      rows.push(figure('期限切れの依頼', '件数（古い順の上位）', null, d.oldestOverdue.length));
      return { rows, next: null };
    },
  };
}

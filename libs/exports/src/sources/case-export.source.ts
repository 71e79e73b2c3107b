import type { RequestContext } from '@renkei/core';
import type { CaseExportDetailRegistry, CaseFilter, CaseSortFieldName, CasesService, CaseTypeRegistry } from '@renkei/cases';
import { BuiltInExportSource, type ExportColumn, type ExportRow, type ExportSource } from '../exports.types';
import { AgencyNames } from './agency-names';

/** Rows per page: one `cases` page of the GraphQL list (its own maximum). */
const PAGE = 200;

export interface CaseExportParams {
  filter: CaseFilter;
  sort: { field: CaseSortFieldName; direction: 'ASC' | 'DESC' };
}

const PRIORITY_JA: Record<string, string> = { LOW: '低', NORMAL: '通常', HIGH: '高', URGENT: '至急' };

/**
 * The case list (`cases`): the same CasesService.list call, page after page, so the rows, the
 * filter and sort checks and the projection are those of GraphQL. Filtered to exactly one case
 * type, the file also has that type's own columns (registered by the case-type lib, read
 * through its projected reads); a mixed list has the common columns only.
 */
export function caseExportSource(cases: CasesService, types: CaseTypeRegistry, details: CaseExportDetailRegistry, agencies: AgencyNames): ExportSource<CaseExportParams> {
  const detailOf = (params: CaseExportParams) => (params.filter.types?.length === 1 ? details.get(params.filter.types[0]) : null);
  const typeJa = (type: unknown) => (typeof type === 'string' ? (types.list().find((t) => t.type === type)?.nameJa ?? type) : null);
  const common: ExportColumn[] = [
    { field: 'reference', header: '事件番号', width: 18 },
    { field: 'type', header: '事案種別', render: typeJa, width: 30 },
    { field: 'state', header: '状態', width: 16 },
    { field: 'priority', header: '優先度', render: (v) => (typeof v === 'string' ? (PRIORITY_JA[v] ?? v) : null), width: 8 },
    { field: 'title', header: '件名', width: 40 },
    { field: 'owningAgencyName', header: '主管機関', width: 24 },
    { field: 'filedAt', header: '受理日時', width: 20 },
    { field: 'closedAt', header: '終結日時', width: 20 },
    { field: 'updatedAt', header: '更新日時', width: 20 },
    { field: 'assigneeIds', header: '担当捜査員（ID）', width: 40 },
    { field: 'id', header: '事案ID', width: 38 },
  ];
  return {
    name: BuiltInExportSource.CASES,
    titleJa: '事案一覧',
    // The type's own fields are prefixed so they never collide with the case's.
    columns: (params) => [...common, ...(detailOf(params)?.columns ?? []).map((c) => ({ ...c, field: `detail.${c.field}` }))],
    // The first page of the real list: the same guards (FORBIDDEN on a hidden filter or sort field).
    validate: async (ctx, params) => {
      await cases.list(ctx, params.filter, params.sort, 1, null);
    },
    revive: (json) => {
      const filter = { ...((json.filter ?? {}) as Record<string, unknown>) } as CaseFilter & Record<string, unknown>;
      for (const key of ['filedFrom', 'filedTo'] as const) if (typeof filter[key] === 'string') filter[key] = new Date(filter[key] as unknown as string);
      return { filter, sort: json.sort as CaseExportParams['sort'] };
    },
    fetchPage: async (ctx: RequestContext, params, cursor) => {
      const page = await cases.list(ctx, params.filter, params.sort, PAGE, cursor);
      const detail = detailOf(params);
      const detailRows = detail ? await detail.rows(ctx, page.nodes.map((n) => n.id as string)) : null;
      const rows: ExportRow[] = [];
      for (const node of page.nodes) {
        const name = node.owningAgencyId ? await agencies.name(ctx, node.owningAgencyId) : null;
        const extra: Record<string, unknown> = { owningAgencyName: name };
        const redacted = node.redactedFields.includes('owningAgencyId') || name === null ? ['owningAgencyName'] : [];
        if (detail) {
          const d = detailRows?.get(node.id as string) ?? null;
          for (const c of detail.columns) {
            if (!d || d.redactedFields.includes(c.field)) redacted.push(`detail.${c.field}`);
            else extra[`detail.${c.field}`] = d[c.field];
          }
        }
        rows.push(AgencyNames.withExtra(node, extra, redacted));
      }
      return { rows, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
    },
  };
}

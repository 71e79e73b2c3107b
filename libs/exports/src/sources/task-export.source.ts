import { NotFoundError, type RequestContext } from '@renkei/core';
import type { CasesService, TasksService, TaskState } from '@renkei/cases';
import { BuiltInExportSource, type ExportRow, type ExportSource } from '../exports.types';
import { AgencyNames } from './agency-names';

const PAGE = 200;

/** `MINE`: the inbox (`myTasks`, tasks addressed to the user's agency); `ALL`: every task the user may read. */
export type TaskExportScope = 'MINE' | 'ALL';

export interface TaskExportParams {
  scope: TaskExportScope;
  filter: { states?: TaskState[] | null; overdue?: boolean | null };
}

const TASK_STATE_JA: Record<string, string> = {
  OPEN: '未着手', ACKNOWLEDGED: '受領', ANSWERED: '回答済み', REJECTED: '謝絶', WITHDRAWN: '取下げ', OVERDUE: '期限切れ',
};

/**
 * Task lists: the inbox (`myTasks`) or every task the user may read, through TasksService's own
 * listing and projection. Each row names its case by reference, read through CasesService.get
 * (a case the user may not read leaves the cell redacted).
 */
export function taskExportSource(tasks: TasksService, cases: CasesService, agencies: AgencyNames): ExportSource<TaskExportParams> {
  const list = (ctx: RequestContext, p: TaskExportParams, first: number, after: string | null) =>
    p.scope === 'ALL' ? tasks.listVisible(ctx, p.filter, first, after) : tasks.inbox(ctx, p.filter, first, after);
  return {
    name: BuiltInExportSource.TASKS,
    titleJa: '依頼一覧',
    columns: [
      { field: 'caseReference', header: '事件番号', width: 18 },
      { field: 'agencyName', header: '依頼先機関', width: 24 },
      { field: 'kind', header: '依頼種別', width: 22 },
      { field: 'request', header: '依頼内容', width: 60 },
      { field: 'legalBasis', header: '根拠法令', width: 40 },
      { field: 'dueAt', header: '期限', width: 20 },
      { field: 'state', header: '状態', render: (v) => (typeof v === 'string' ? (TASK_STATE_JA[v] ?? v) : null), width: 10 },
      { field: 'answer', header: '回答', width: 40 },
      { field: 'answeredAt', header: '回答日時', width: 20 },
      { field: 'rejectionReason', header: '謝絶の理由', width: 30 },
      { field: 'createdAt', header: '依頼日時', width: 20 },
      { field: 'id', header: '依頼ID', width: 38 },
    ],
    validate: async (ctx, params) => {
      await list(ctx, params, 1, null);
    },
    revive: (json) => ({ scope: json.scope === 'ALL' ? 'ALL' : 'MINE', filter: (json.filter ?? {}) as TaskExportParams['filter'] }),
    fetchPage: async (ctx, params, cursor) => {
      const page = await list(ctx, params, PAGE, cursor);
      const references = new Map<string, string | null>();
      const rows: ExportRow[] = [];
      for (const task of page.nodes) {
        const caseId = task.caseId as string;
        if (!references.has(caseId)) {
          try {
            const c = await cases.get(ctx, caseId);
            references.set(caseId, (c.reference as string | null) ?? null);
          } catch (error) {
            if (!(error instanceof NotFoundError)) throw error;
            references.set(caseId, null);
          }
        }
        const reference = references.get(caseId) ?? null;
        const agencyName = task.agencyId ? await agencies.name(ctx, task.agencyId) : null;
        const redacted = [...(reference === null ? ['caseReference'] : []), ...(agencyName === null ? ['agencyName'] : [])];
        rows.push(AgencyNames.withExtra(task, { caseReference: reference, agencyName }, redacted));
      }
      return { rows, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
    },
  };
}

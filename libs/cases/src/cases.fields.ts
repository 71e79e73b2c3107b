import type { ColumnSpec, SubjectDefinition } from '@renkei/authz';

export const CASE = 'Case';
export const TASK = 'Task';
export const COMMENT = 'Comment';
export const CASE_EVENT = 'CaseEvent';
export const ATTACHMENT = 'Attachment';

/** Actions beyond reading and writing fields. */
export enum CaseAction {
  CREATE = 'create',
  TRANSITION = 'transition',
  ASSIGN = 'assign',
  ANSWER = 'answer',
  WITHDRAW = 'withdraw',
}

// The policies compare these arrays with the actor's own ids (uuids): `anyOf` lets a row rule
// on them be a semi-join served by the user / agency indexes.
const assignees = (caseIdExpr: string): ColumnSpec => ({
  expr: `ARRAY(SELECT ca.user_id::text FROM case_assignees ca WHERE ca.case_id = ${caseIdExpr})`,
  array: true,
  anyOf: `SELECT 1 FROM case_assignees ca WHERE ca.case_id = ${caseIdExpr} AND ca.user_id = ANY(CAST({values} AS uuid[]))`,
});
const taskAgencies = (caseIdExpr: string): ColumnSpec => ({
  expr: `ARRAY(SELECT tk.agency_id::text FROM tasks tk WHERE tk.case_id = ${caseIdExpr} AND tk.state <> 'WITHDRAWN')`,
  array: true,
  anyOf: `SELECT 1 FROM tasks tk WHERE tk.case_id = ${caseIdExpr} AND tk.state <> 'WITHDRAWN' AND tk.agency_id = ANY(CAST({values} AS uuid[]))`,
});
const caseColumn = (column: string, caseIdExpr: string): ColumnSpec => ({
  expr: `(SELECT cs.${column} FROM cases cs WHERE cs.id = ${caseIdExpr})`,
});

/**
 * The common case record. `summary` is what an agency holding a task in the case may see to
 * recognise it; the title and the internal fields are police only (VISIBILITY.md: liaisons see
 * only the case-type fields granted to them).
 */
export const CASE_SUBJECT: SubjectDefinition = {
  name: CASE,
  alwaysVisible: ['id'],
  groups: {
    summary: ['reference', 'type', 'state', 'priority', 'prefectureId', 'owningAgencyId', 'filedAt', 'closedAt', 'updatedAt', 'version'],
    narrative: ['title'],
    internal: ['filedBy', 'owningUnitId', 'assigneeIds'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    reference: { expr: '{alias}.reference' },
    type: { expr: '{alias}.type' },
    state: { expr: '{alias}.state' },
    priority: { expr: '{alias}.priority' },
    title: { expr: '{alias}.title' },
    prefectureId: { expr: '{alias}.prefecture_id' },
    owningAgencyId: { expr: '{alias}.owning_agency_id' },
    filedBy: { expr: '{alias}.filed_by' },
    filedAt: { expr: '{alias}.filed_at' },
    closedAt: { expr: '{alias}.closed_at' },
    updatedAt: { expr: '{alias}.updated_at' },
    assigneeIds: assignees('{alias}.id'),
    taskAgencyIds: taskAgencies('{alias}.id'),
  },
};

/** A task addressed to one agency. Its agency reads the request and writes the response. */
export const TASK_SUBJECT: SubjectDefinition = {
  name: TASK,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    request: ['agencyId', 'kind', 'request', 'legalBasis', 'scopeRefs', 'dueAt', 'createdAt'],
    response: ['state', 'answer', 'answeredBy', 'answeredAt', 'rejectionReason', 'updatedAt', 'version'],
    internal: ['createdBy'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    caseId: { expr: '{alias}.case_id' },
    agencyId: { expr: '{alias}.agency_id' },
    kind: { expr: '{alias}.kind' },
    state: { expr: '{alias}.state' },
    dueAt: { expr: '{alias}.due_at' },
    answeredAt: { expr: '{alias}.answered_at' },
    createdAt: { expr: '{alias}.created_at' },
    // Copies of the case's values, kept equal by a trigger (migration 1764200000000): the row
    // rules of every task list and aggregate test them, and an index serves them.
    caseType: { expr: '{alias}.case_type' },
    casePrefectureId: { expr: '{alias}.case_prefecture_id' },
    caseOwningAgencyId: { expr: '{alias}.case_owning_agency_id' },
    caseAssigneeIds: assignees('{alias}.case_id'),
  },
};

/**
 * The case context every case-type row carries for the row rules (the same names and SQL as the
 * core's own subjects): spread into a subject's `columns`, and select it with `caseContextSelect`
 * so that every condition field is loaded with every row.
 */
export const CASE_CONTEXT_COLUMNS = {
  caseId: { expr: '{alias}.case_id' },
  caseType: caseColumn('type', '{alias}.case_id'),
  casePrefectureId: caseColumn('prefecture_id', '{alias}.case_id'),
  caseOwningAgencyId: caseColumn('owning_agency_id', '{alias}.case_id'),
  caseAssigneeIds: assignees('{alias}.case_id'),
  caseTaskAgencyIds: taskAgencies('{alias}.case_id'),
} satisfies Record<string, ColumnSpec>;

const audienceColumns = {
  audience: { expr: '{alias}.audience' },
  audienceAgencyId: { expr: '{alias}.audience_agency_id' },
  ...CASE_CONTEXT_COLUMNS,
} satisfies Record<string, ColumnSpec>;

/** A comment with its audience: police, all parties, or one agency plus police. */
export const COMMENT_SUBJECT: SubjectDefinition = {
  name: COMMENT,
  alwaysVisible: ['id', 'caseId'],
  groups: { comment: ['audience', 'audienceAgencyId', 'body', 'authorId', 'authorAgencyId', 'createdAt'] },
  columns: { id: { expr: '{alias}.id' }, createdAt: { expr: '{alias}.created_at' }, ...audienceColumns },
};

/** One timeline entry; it carries the audience of what it records. */
export const CASE_EVENT_SUBJECT: SubjectDefinition = {
  name: CASE_EVENT,
  alwaysVisible: ['id', 'caseId'],
  groups: { event: ['occurredAt', 'actorUserId', 'type', 'audience', 'audienceAgencyId', 'taskId', 'data'] },
  columns: { id: { expr: '{alias}.id' }, occurredAt: { expr: '{alias}.occurred_at' }, type: { expr: '{alias}.type' }, ...audienceColumns },
};

/** A file on a case; it carries an audience like a comment (or its comment's). */
export const ATTACHMENT_SUBJECT: SubjectDefinition = {
  name: ATTACHMENT,
  alwaysVisible: ['id', 'caseId'],
  groups: { file: ['commentId', 'audience', 'audienceAgencyId', 'fileName', 'contentType', 'sizeBytes', 'sha256', 'uploadedBy', 'uploadedAgencyId', 'createdAt'] },
  columns: { id: { expr: '{alias}.id' }, createdAt: { expr: '{alias}.created_at' }, ...audienceColumns },
};

/** The SELECT list of the case context (without caseId) for rows aliased `alias`. */
export function caseContextSelect(alias: string): string {
  return Object.entries(CASE_CONTEXT_COLUMNS)
    .filter(([field]) => field !== 'caseId')
    .map(([field, c]) => `${c.expr.replaceAll('{alias}', alias)} AS "${field}"`)
    .join(', ');
}

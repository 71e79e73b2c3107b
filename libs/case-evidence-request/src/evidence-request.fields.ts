import type { ColumnSpec, SubjectDefinition } from '@renkei/authz';

/** Case type id (glossary: 外国捜査機関への証拠提供要請 → `FOREIGN_EVIDENCE_REQUEST`). */
export const EVIDENCE_REQUEST_TYPE = 'FOREIGN_EVIDENCE_REQUEST';

/** The protected type of this case type (glossary: `EvidenceRequest`). */
export const EVIDENCE_REQUEST = 'EvidenceRequest';

/** The field groups of VISIBILITY.md section 4, by the names the grant files use. */
export enum EvidenceRequestGroup {
  /** channel, country, authority, legal basis, items, linked cases, urgency, conditions */
  REQUEST = 'request',
  TRANSLATION = 'translation',
  /** the date of each hop */
  STATUS = 'status',
  /** received evidence (S) */
  RECEIVED = 'received',
}

const caseColumn = (column: string): ColumnSpec => ({ expr: `(SELECT cs.${column} FROM cases cs WHERE cs.id = {alias}.case_id)` });
const CASE_CONTEXT = {
  caseId: { expr: '{alias}.case_id' },
  caseType: caseColumn('type'),
  casePrefectureId: caseColumn('prefecture_id'),
  caseOwningAgencyId: caseColumn('owning_agency_id'),
  caseAssigneeIds: { expr: 'ARRAY(SELECT ca.user_id::text FROM case_assignees ca WHERE ca.case_id = {alias}.case_id)', array: true },
} satisfies Record<string, ColumnSpec>;

export const caseContextSelect = (alias: string): string =>
  Object.entries(CASE_CONTEXT)
    .filter(([f]) => f !== 'caseId')
    .map(([f, c]) => `${c.expr.replaceAll('{alias}', alias)} AS "${f}"`)
    .join(', ');

/** One request per case: VISIBILITY.md section 4 (police only: the station, its HQ, 警察庁). */
export const EVIDENCE_REQUEST_SUBJECT: SubjectDefinition = {
  name: EVIDENCE_REQUEST,
  alwaysVisible: ['id', 'caseId', 'version'],
  groups: {
    [EvidenceRequestGroup.REQUEST]: [
      'channel', 'country', 'foreignAuthority', 'offence', 'legalBasis', 'dualCriminality', 'dualCriminalityNote', 'requestedItems',
      'indispensability', 'conditionsOnUse', 'linkedCaseIds', 'urgency',
    ],
    [EvidenceRequestGroup.TRANSLATION]: ['translationStatus'],
    [EvidenceRequestGroup.STATUS]: ['draftedAt', 'hqApprovedAt', 'sentToNpaAt', 'sentAbroadAt', 'acknowledgedAt', 'partiallyAnsweredAt', 'answeredAt', 'closedAt'],
    [EvidenceRequestGroup.RECEIVED]: ['receivedEvidence', 'receivedAt'],
  },
  sensitive: ['receivedEvidence'],
  columns: {
    id: { expr: '{alias}.id' },
    ...CASE_CONTEXT,
  },
};

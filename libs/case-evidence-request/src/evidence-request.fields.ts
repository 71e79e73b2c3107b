import type { SubjectDefinition } from '@renkei/authz';
import { CASE_CONTEXT_COLUMNS, caseContextSelect } from '@renkei/cases';

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

const CASE_CONTEXT = CASE_CONTEXT_COLUMNS;
export { caseContextSelect };

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

import type { SubjectDefinition } from '@renkei/authz';
import { CASE_CONTEXT_COLUMNS } from '@renkei/cases';

/**
 * 帰国する在留外国人の口座・携帯電話 (case type `DEPARTING_RESIDENT`): the protected types and
 * their field groups, one group per row of VISIBILITY.md section 3. The grants are in the
 * agencies' `*.departure.grants.ts` files.
 *
 * Glossary: DepartingResident 帰国する在留外国人 · residenceCardNumber 在留カード番号 ·
 * statusOfResidence 在留資格 · residenceExpiry 在留期間満了日 · gracePeriodEnd 特例期間の末日 ·
 * applicationPending 在留期間更新等の申請中 · DepartureAccount 口座 · DepartureContract 携帯電話契約 ·
 * immigration note 入管の連絡事項 · risk note 警察のリスク情報.
 */
export const DEPARTING_RESIDENT_CASE = 'DEPARTING_RESIDENT';

export const DEPARTING_RESIDENT = 'DepartingResident';
export const DEPARTURE_ACCOUNT = 'DepartureAccount';
export const DEPARTURE_CONTRACT = 'DepartureContract';
export const DEPARTURE_IMMIGRATION_NOTE = 'DepartureImmigrationNote';
export const DEPARTURE_RISK_NOTE = 'DepartureRiskNote';

/** The field groups of VISIBILITY.md §3, by name. */
export enum DepartureGroup {
  /** name (romaji, kana), date of birth */
  PERSON = 'person',
  /** residence card number (S), masked to its last 4 for banks and carriers */
  RESIDENCE_CARD = 'residenceCard',
  /** nationality, status of residence, address (and the pending application's number and date) */
  RESIDENCE = 'residence',
  /** residence expiry, planned / confirmed departure (and the pending flag and the grace end they derive from) */
  DATES = 'dates',
  /** bank account / phone contract: the row itself */
  ROW = 'row',
  /** bank account / phone contract: the institution's answer */
  STATUS = 'status',
  /** a note's text */
  NOTE = 'note',
}

// The case context of a row, with the same names and SQL as the core's subjects (cases.fields.ts).
export { CASE_CONTEXT_COLUMNS };

export const DEPARTING_RESIDENT_SUBJECT: SubjectDefinition = {
  name: DEPARTING_RESIDENT,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    [DepartureGroup.PERSON]: ['romajiName', 'kanaName', 'dateOfBirth'],
    [DepartureGroup.RESIDENCE_CARD]: ['residenceCardNumber'],
    [DepartureGroup.RESIDENCE]: ['nationality', 'statusOfResidence', 'address', 'applicationNumber', 'applicationDate', 'updatedAt', 'version'],
    [DepartureGroup.DATES]: ['residenceExpiry', 'applicationPending', 'gracePeriodEnd', 'plannedDeparture', 'confirmedDeparture'],
  },
  sensitive: ['residenceCardNumber'],
  masks: { residenceCardNumber: 'last4' },
  columns: { id: { expr: '{alias}.id' }, ...CASE_CONTEXT_COLUMNS },
};

export const DEPARTURE_ACCOUNT_SUBJECT: SubjectDefinition = {
  name: DEPARTURE_ACCOUNT,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    [DepartureGroup.ROW]: ['bankAgencyId', 'branchName', 'accountType', 'accountNumber', 'holderKana', 'taskId', 'createdAt'],
    [DepartureGroup.STATUS]: ['status', 'legalBasis', 'statusOn', 'answeredBy', 'answeredAt', 'updatedAt', 'version'],
  },
  sensitive: ['accountNumber'],
  columns: { id: { expr: '{alias}.id' }, bankAgencyId: { expr: '{alias}.bank_agency_id::text' }, status: { expr: '{alias}.status' }, ...CASE_CONTEXT_COLUMNS },
};

export const DEPARTURE_CONTRACT_SUBJECT: SubjectDefinition = {
  name: DEPARTURE_CONTRACT,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    [DepartureGroup.ROW]: ['carrierAgencyId', 'number', 'contractType', 'taskId', 'createdAt'],
    [DepartureGroup.STATUS]: ['status', 'legalBasis', 'statusOn', 'answeredBy', 'answeredAt', 'updatedAt', 'version'],
  },
  columns: { id: { expr: '{alias}.id' }, carrierAgencyId: { expr: '{alias}.carrier_agency_id::text' }, status: { expr: '{alias}.status' }, ...CASE_CONTEXT_COLUMNS },
};

const noteSubject = (name: string): SubjectDefinition => ({
  name,
  alwaysVisible: ['id', 'caseId'],
  groups: { [DepartureGroup.NOTE]: ['body', 'authorId', 'createdAt'] },
  columns: { id: { expr: '{alias}.id' }, ...CASE_CONTEXT_COLUMNS },
});

/** immigration notes (departure confirmed, re-entry permit): police R, immigration RW. */
export const DEPARTURE_IMMIGRATION_NOTE_SUBJECT = noteSubject(DEPARTURE_IMMIGRATION_NOTE);
/** police risk notes (suspected sale of accounts): police only. */
export const DEPARTURE_RISK_NOTE_SUBJECT = noteSubject(DEPARTURE_RISK_NOTE);

export const DEPARTURE_SUBJECTS = [
  DEPARTING_RESIDENT_SUBJECT,
  DEPARTURE_ACCOUNT_SUBJECT,
  DEPARTURE_CONTRACT_SUBJECT,
  DEPARTURE_IMMIGRATION_NOTE_SUBJECT,
  DEPARTURE_RISK_NOTE_SUBJECT,
];

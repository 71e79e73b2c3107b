import type { SubjectDefinition } from '@renkei/authz';
import { CASE_CONTEXT_COLUMNS, caseContextSelect } from '@renkei/cases';

/** Case type id (glossary: 犯罪実行者募集情報 → `RECRUITMENT_POST`). */
export const RECRUITMENT_POST_TYPE = 'RECRUITMENT_POST';

/** The protected types of this case type, by the names the agencies' policies use. */
export const RECRUITMENT_POST = 'RecruitmentPost';
export const RECRUITMENT_CONTACT = 'RecruitmentContact';
export const RECRUITMENT_TAKEDOWN = 'RecruitmentTakedown';

/** The field groups of VISIBILITY.md section 1, by the names the grant files use. */
export enum RecruitmentGroup {
  POST = 'post',
  POSTER = 'poster',
  CONTACT = 'contact',
  TAKEDOWN = 'takedown',
  LABOUR_REFERRAL = 'labourReferral',
  INVESTIGATION = 'investigation',
  SOURCE_CHANNEL = 'sourceChannel',
  SOURCE_TIP = 'sourceTip',
}

/** Actions beyond field reads and writes. */
export enum RecruitmentAction {
  /** record a removal request, a reply warning or a result */
  RECORD_TAKEDOWN = 'recordTakedown',
}

// The case context of each row, with the same names and SQL as the case core (cases.fields.ts).
const CASE_CONTEXT = CASE_CONTEXT_COLUMNS;

export const CASE_CONTEXT_FIELDS = Object.keys(CASE_CONTEXT).filter((f) => f !== 'caseId');
export { caseContextSelect };

/** One post per case: VISIBILITY.md section 1, every row but the contact means and takedowns. */
export const RECRUITMENT_POST_SUBJECT: SubjectDefinition = {
  name: RECRUITMENT_POST,
  // version: the optimistic lock a writer (labour's 63条 status, the investigation form) sends back
  alwaysVisible: ['id', 'caseId', 'version'],
  groups: {
    [RecruitmentGroup.POST]: ['platform', 'url', 'text', 'postedAt', 'capturedAt', 'screenshotHash', 'matchedKeywords', 'riskScore'],
    [RecruitmentGroup.POSTER]: ['posterHandle'],
    [RecruitmentGroup.LABOUR_REFERRAL]: ['labourReferralStatus'],
    [RecruitmentGroup.INVESTIGATION]: ['suspectIdentity', 'linkedCriminalCases', 'investigationNotes'],
    [RecruitmentGroup.SOURCE_CHANNEL]: ['sourceChannel'],
    [RecruitmentGroup.SOURCE_TIP]: ['tipReceiptNumber'],
  },
  sensitive: ['suspectIdentity', 'tipReceiptNumber'],
  columns: {
    id: { expr: '{alias}.id' },
    ...CASE_CONTEXT,
    // the agency that reported the post: a labour bureau that filed it may write the post group
    filedByAgencyId: { expr: '{alias}.filed_by_agency_id' },
  },
};

/** A contact means found in the post: a phone (E.164, with its carrier) or a messenger id. */
export const RECRUITMENT_CONTACT_SUBJECT: SubjectDefinition = {
  name: RECRUITMENT_CONTACT,
  alwaysVisible: ['id', 'caseId'],
  groups: { [RecruitmentGroup.CONTACT]: ['kind', 'value', 'messengerService', 'carrierAgencyId'] },
  columns: {
    id: { expr: '{alias}.id' },
    ...CASE_CONTEXT,
    carrierAgencyId: { expr: '{alias}.carrier_agency_id' },
  },
};

/** One takedown action: a removal request (platform / IHC), a reply warning, or a result. */
export const RECRUITMENT_TAKEDOWN_SUBJECT: SubjectDefinition = {
  name: RECRUITMENT_TAKEDOWN,
  alwaysVisible: ['id', 'caseId'],
  groups: { [RecruitmentGroup.TAKEDOWN]: ['kind', 'channel', 'templateId', 'result', 'reference', 'occurredAt', 'recheckDueAt', 'createdBy'] },
  columns: {
    id: { expr: '{alias}.id' },
    ...CASE_CONTEXT,
  },
};

export const RECRUITMENT_SUBJECTS = [RECRUITMENT_POST_SUBJECT, RECRUITMENT_CONTACT_SUBJECT, RECRUITMENT_TAKEDOWN_SUBJECT];

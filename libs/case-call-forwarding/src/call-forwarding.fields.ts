import type { SubjectDefinition } from '@renkei/authz';
import { CASE_CONTEXT_COLUMNS } from '@renkei/cases';

/**
 * 悪質な電話転送サービス事業者 (case type `CALL_FORWARDING_PROVIDER`): the protected types and
 * their field groups, one group per row of VISIBILITY.md section 2. The grants are in the
 * agencies' `*.call-forwarding.grants.ts` files.
 *
 * Glossary: ForwardingProvider 転送サービス事業者 · corporateNumber 法人番号 ·
 * notificationNumber 届出番号 · SuspensionRequest 利用停止等要請 · stockNumber 在庫番号 ·
 * newNumberRefusal 新規番号提供拒否 · RegulatorReferral 総務省への通報 · supervisoryAction 監督上の措置.
 */
export const CALL_FORWARDING_CASE = 'CALL_FORWARDING_PROVIDER';

export const FORWARDING_PROVIDER = 'ForwardingProvider';
export const FORWARDING_NUMBER = 'ForwardingNumber';
export const FORWARDING_DAMAGE = 'ForwardingDamage';
export const REGULATOR_REFERRAL = 'RegulatorReferral';

/** Actions beyond reading and writing fields (on ForwardingProvider). */
export enum CallForwardingAction {
  /** 利用停止等要請: one task per carrier, covering only its own numbers */
  REQUEST_SUSPENSION = 'requestSuspension',
  /** referral to the regulator (総務省) as a task */
  REFER_TO_REGULATOR = 'referToRegulator',
}

// The case context of a row, with the same names and SQL as the core's subjects (cases.fields.ts).
const CASE_CONTEXT = CASE_CONTEXT_COLUMNS;

/** The condition-only fields every row of these subjects carries (loaded with every row). */
export const CASE_CONTEXT_FIELDS = ['casePrefectureId', 'caseOwningAgencyId', 'caseAssigneeIds', 'caseTaskAgencyIds'] as const;
export { CASE_CONTEXT_COLUMNS };

/** provider: name, 法人番号, address, representative, 届出番号, service name. */
export const FORWARDING_PROVIDER_SUBJECT: SubjectDefinition = {
  name: FORWARDING_PROVIDER,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    provider: ['name', 'corporateNumber', 'corporateNumberValid', 'address', 'representative', 'notificationNumber', 'serviceName', 'updatedAt', 'version'],
  },
  columns: { id: { expr: '{alias}.id' }, name: { expr: '{alias}.name' }, corporateNumber: { expr: '{alias}.corporate_number' }, ...CASE_CONTEXT },
};

/** One phone number of the provider: the number itself, and the suspension request and its result. */
export const FORWARDING_NUMBER_SUBJECT: SubjectDefinition = {
  name: FORWARDING_NUMBER,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    number: ['providerId', 'number', 'numberType', 'carrierAgencyId', 'reseller', 'usage', 'warnedAt', 'restrictedAt', 'createdAt'],
    suspension: ['requestedAt', 'suspensionTaskId', 'result', 'resultReason', 'suspendedOn', 'contractHolder', 'answeredBy', 'answeredAt', 'updatedAt', 'version'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    number: { expr: '{alias}.number' },
    numberType: { expr: '{alias}.number_type' },
    usage: { expr: '{alias}.usage' },
    result: { expr: '{alias}.result' },
    contractHolder: { expr: '{alias}.contract_holder' },
    carrierAgencyId: { expr: '{alias}.carrier_agency_id::text' },
    ...CASE_CONTEXT,
  },
};

/** linked 特殊詐欺 cases, damage amounts, victims (S): police only. */
export const FORWARDING_DAMAGE_SUBJECT: SubjectDefinition = {
  name: FORWARDING_DAMAGE,
  alwaysVisible: ['id', 'caseId'],
  groups: { damage: ['fraudCaseReference', 'amountYen', 'victimName', 'createdAt'] },
  sensitive: ['victimName'],
  columns: { id: { expr: '{alias}.id' }, ...CASE_CONTEXT },
};

/** referral to the regulator and the supervisory action it reports back. */
export const REGULATOR_REFERRAL_SUBJECT: SubjectDefinition = {
  name: REGULATOR_REFERRAL,
  alwaysVisible: ['id', 'caseId'],
  groups: {
    referral: ['regulatorAgencyId', 'taskId', 'request', 'referredBy', 'referredAt'],
    action: ['supervisoryAction', 'actionTakenOn', 'reportedBy', 'reportedAt', 'updatedAt', 'version'],
  },
  columns: { id: { expr: '{alias}.id' }, regulatorAgencyId: { expr: '{alias}.regulator_agency_id::text' }, ...CASE_CONTEXT },
};

export const CALL_FORWARDING_SUBJECTS = [FORWARDING_PROVIDER_SUBJECT, FORWARDING_NUMBER_SUBJECT, FORWARDING_DAMAGE_SUBJECT, REGULATOR_REFERRAL_SUBJECT];

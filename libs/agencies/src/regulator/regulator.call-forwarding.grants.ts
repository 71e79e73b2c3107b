import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { FORWARDING_NUMBER, FORWARDING_PROVIDER, REGULATOR_REFERRAL } from '@renkei/case-call-forwarding';

// A liaison reads only the cases in which its own agency holds a task (VISIBILITY.md, roles).
const TASKED = { caseTaskAgencyIds: '$actor.agencyId' };
const OWN_REFERRAL = { ...TASKED, regulatorAgencyId: '$actor.agencyId' };

/** VISIBILITY.md §2, column REGULATOR: provider, numbers and results read; its own response to the referral written; nothing of the damage or victims. */
export const CALL_FORWARDING_GRANTS: Grant[] = [
  { roles: [Role.LIAISON], subject: FORWARDING_PROVIDER, access: 'R', groups: ['provider'], where: TASKED, note: '§2 provider: R' },
  { roles: [Role.LIAISON], subject: FORWARDING_NUMBER, access: 'R', groups: ['number', 'suspension'], where: TASKED, note: '§2 phone numbers; suspension requests and results: R' },
  { roles: [Role.LIAISON], subject: REGULATOR_REFERRAL, access: 'R', groups: ['referral'], where: OWN_REFERRAL, note: '§2 referral to the regulator: the referral addressed to it' },
  { roles: [Role.LIAISON], subject: REGULATOR_REFERRAL, access: 'RW', groups: ['action'], where: OWN_REFERRAL, note: '§2 supervisory action: RW on its own response' },
];

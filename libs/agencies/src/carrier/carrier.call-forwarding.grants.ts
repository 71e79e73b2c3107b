import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { FORWARDING_NUMBER, FORWARDING_PROVIDER } from '@renkei/case-call-forwarding';

const TASKED = { caseTaskAgencyIds: '$actor.agencyId' };
const OWN_NUMBERS = { ...TASKED, carrierAgencyId: '$actor.agencyId' };

/**
 * VISIBILITY.md §2, column CARRIER. "When tasked" = its agency holds a task in the case. Never
 * the other carriers' numbers, the damage or victims, or the referral to the regulator.
 */
export const CALL_FORWARDING_GRANTS: Grant[] = [
  { roles: [Role.LIAISON], subject: FORWARDING_PROVIDER, access: 'R', groups: ['provider'], where: TASKED, note: '§2 provider: R, when tasked' },
  { roles: [Role.LIAISON], subject: FORWARDING_NUMBER, access: 'R', groups: ['number'], where: OWN_NUMBERS, note: '§2 phone numbers: own numbers, when tasked' },
  { roles: [Role.LIAISON], subject: FORWARDING_NUMBER, access: 'RW', groups: ['suspension'], where: OWN_NUMBERS, note: '§2 suspension requests and results: own, RW on its own responses' },
];

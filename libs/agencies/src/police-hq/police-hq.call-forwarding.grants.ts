import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CallForwardingAction, FORWARDING_DAMAGE, FORWARDING_NUMBER, FORWARDING_PROVIDER, REGULATOR_REFERRAL } from '@renkei/case-call-forwarding';

const PREFECTURE = { casePrefectureId: '$actor.prefectureId' };
const SUBJECTS = [FORWARDING_PROVIDER, FORWARDING_NUMBER, FORWARDING_DAMAGE, REGULATOR_REFERRAL];

/**
 * VISIBILITY.md §2, column "police" for HQ: every row of every call-forwarding case of its
 * prefecture; the director reads, the coordinator reads and writes, requests suspension and
 * refers to the regulator.
 */
export const CALL_FORWARDING_GRANTS: Grant[] = [
  ...SUBJECTS.map((subject): Grant => ({
    roles: [Role.HQ_DIRECTOR], subject, access: 'R', groups: 'all', where: PREFECTURE, note: 'hq.director: §2 every field group, read (its prefecture)',
  })),
  ...SUBJECTS.map((subject): Grant => ({
    roles: [Role.HQ_COORDINATOR], subject, access: 'RW', groups: 'all', where: PREFECTURE,
    ...(subject === FORWARDING_PROVIDER ? { actions: [CallForwardingAction.REQUEST_SUSPENSION, CallForwardingAction.REFER_TO_REGULATOR] } : {}),
    note: 'hq.coordinator: §2 every field group, RW (its prefecture)',
  })),
];

import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CallForwardingAction, FORWARDING_DAMAGE, FORWARDING_NUMBER, FORWARDING_PROVIDER, REGULATOR_REFERRAL } from '@renkei/case-call-forwarding';

const OWN_STATION = { caseOwningAgencyId: '$actor.agencyId' };
const ASSIGNED = { caseAssigneeIds: '$actor.userId' };
const SUBJECTS = [FORWARDING_PROVIDER, FORWARDING_NUMBER, FORWARDING_DAMAGE, REGULATOR_REFERRAL];
const ACTIONS = [CallForwardingAction.REQUEST_SUSPENSION, CallForwardingAction.REFER_TO_REGULATOR];

/**
 * VISIBILITY.md §2, column "police" for the owning station, with the conditions of the case
 * core: the manager works its station's cases, the supervisor reads them, the investigator works
 * the cases assigned to them.
 */
export const CALL_FORWARDING_GRANTS: Grant[] = [
  ...SUBJECTS.map((subject): Grant => ({
    roles: [Role.STATION_MANAGER], subject, access: 'RW', groups: 'all', where: OWN_STATION,
    ...(subject === FORWARDING_PROVIDER ? { actions: ACTIONS } : {}),
    note: 'station.manager: §2 every field group, RW (its station’s cases)',
  })),
  ...SUBJECTS.map((subject): Grant => ({
    roles: [Role.STATION_SUPERVISOR], subject, access: 'R', groups: 'all', where: OWN_STATION, note: 'station.supervisor: §2 every field group, read',
  })),
  ...SUBJECTS.map((subject): Grant => ({
    roles: [Role.STATION_INVESTIGATOR], subject, access: 'RW', groups: 'all', where: ASSIGNED,
    ...(subject === FORWARDING_PROVIDER ? { actions: ACTIONS } : {}),
    note: 'station.investigator: §2 every field group, RW (cases assigned to them)',
  })),
];

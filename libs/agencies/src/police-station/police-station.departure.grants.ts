import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { DEPARTING_RESIDENT, DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_IMMIGRATION_NOTE, DEPARTURE_RISK_NOTE } from '@renkei/case-departure';

const OWN_STATION = { caseOwningAgencyId: '$actor.agencyId' };
const ASSIGNED = { caseAssigneeIds: '$actor.userId' };
/** person, card, residence, dates, accounts, contracts, police risk notes: police RW (VISIBILITY.md §3). */
const POLICE_RW = [DEPARTING_RESIDENT, DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_RISK_NOTE];

/**
 * VISIBILITY.md §3, column "police" for the owning station, with the conditions of the case core:
 * the manager works its station's cases, the supervisor reads them, the investigator works the
 * cases assigned to them. Immigration notes are read only.
 */
export const DEPARTURE_GRANTS: Grant[] = [
  ...POLICE_RW.map((subject): Grant => ({ roles: [Role.STATION_MANAGER], subject, access: 'RW', groups: 'all', where: OWN_STATION, note: 'station.manager: §3 RW (its station’s cases)' })),
  ...POLICE_RW.map((subject): Grant => ({ roles: [Role.STATION_INVESTIGATOR], subject, access: 'RW', groups: 'all', where: ASSIGNED, note: 'station.investigator: §3 RW (cases assigned to them)' })),
  ...[...POLICE_RW, DEPARTURE_IMMIGRATION_NOTE].map((subject): Grant => ({ roles: [Role.STATION_SUPERVISOR], subject, access: 'R', groups: 'all', where: OWN_STATION, note: 'station.supervisor: §3 read' })),
  { roles: [Role.STATION_MANAGER], subject: DEPARTURE_IMMIGRATION_NOTE, access: 'R', groups: 'all', where: OWN_STATION, note: '§3 immigration notes: police R' },
  { roles: [Role.STATION_INVESTIGATOR], subject: DEPARTURE_IMMIGRATION_NOTE, access: 'R', groups: 'all', where: ASSIGNED, note: '§3 immigration notes: police R' },
];

import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { DEPARTING_RESIDENT, DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_IMMIGRATION_NOTE, DEPARTURE_RISK_NOTE } from '@renkei/case-departure';

const PREFECTURE = { casePrefectureId: '$actor.prefectureId' };
const POLICE_RW = [DEPARTING_RESIDENT, DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_RISK_NOTE];

/**
 * VISIBILITY.md §3, column "police" for HQ: every departure case of its prefecture (including
 * those immigration opened, which the HQ owns); the director reads, the coordinator (推進室)
 * works them. Immigration notes are read only.
 */
export const DEPARTURE_GRANTS: Grant[] = [
  ...[...POLICE_RW, DEPARTURE_IMMIGRATION_NOTE].map((subject): Grant => ({ roles: [Role.HQ_DIRECTOR], subject, access: 'R', groups: 'all', where: PREFECTURE, note: 'hq.director: §3 read (its prefecture)' })),
  ...POLICE_RW.map((subject): Grant => ({ roles: [Role.HQ_COORDINATOR], subject, access: 'RW', groups: 'all', where: PREFECTURE, note: 'hq.coordinator: §3 RW (its prefecture)' })),
  { roles: [Role.HQ_COORDINATOR], subject: DEPARTURE_IMMIGRATION_NOTE, access: 'R', groups: 'all', where: PREFECTURE, note: '§3 immigration notes: police R' },
];

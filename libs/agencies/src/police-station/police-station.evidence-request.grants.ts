import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { EVIDENCE_REQUEST } from '@renkei/case-evidence-request';

const OWN_STATION = { caseOwningAgencyId: '$actor.agencyId' };

/**
 * 外国捜査機関への証拠提供要請 (VISIBILITY.md section 4): the requesting station. The core
 * grants already give its roles the station's cases (investigators: those assigned to them).
 */
export const EVIDENCE_REQUEST_GRANTS: Grant[] = [
  { roles: [Role.STATION_MANAGER], subject: EVIDENCE_REQUEST, access: 'RW', groups: 'all', where: OWN_STATION, note: 'requesting station: drafts and works the request' },
  { roles: [Role.STATION_SUPERVISOR], subject: EVIDENCE_REQUEST, access: 'R', groups: 'all', where: OWN_STATION, note: 'requesting station: reads' },
  {
    roles: [Role.STATION_INVESTIGATOR], subject: EVIDENCE_REQUEST, access: 'RW', groups: 'all', where: { caseAssigneeIds: '$actor.userId' },
    note: 'requesting station: the investigators assigned to the case',
  },
];

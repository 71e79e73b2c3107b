import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { USER } from '@renkei/identity';
import { directoryBasics } from '../shared/common-grants';

const STATION_ROLES = [Role.STATION_MANAGER, Role.STATION_SUPERVISOR, Role.STATION_INVESTIGATOR];

/** 警察署: 運用責任者, 統括責任者, 捜査員. */
export const POLICE_STATION_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.POLICE_STATION,
  grants: [
    ...directoryBasics(STATION_ROLES),
    { roles: STATION_ROLES, subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same station' },
  ],
};

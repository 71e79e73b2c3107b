import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { USER } from '@renkei/identity';
import { directoryBasics, ownWebhookGrants } from '../shared/common-grants';
import { liaisonCaseCoreGrants } from '../shared/case-grants';
import { DEPARTURE_GRANTS } from './immigration.departure.grants';
import { exportGrants } from '../shared/export-grants';

/** 出入国在留管理局: its liaison answers the tasks addressed to the agency. */
export const IMMIGRATION_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.IMMIGRATION,
  grants: [
    ...directoryBasics([Role.LIAISON]),
    { roles: [Role.LIAISON], subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same agency' },
    ...liaisonCaseCoreGrants(),
    ...exportGrants([Role.LIAISON]),
    ...ownWebhookGrants([Role.LIAISON]),
    ...DEPARTURE_GRANTS,
  ],
};

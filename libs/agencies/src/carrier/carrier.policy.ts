import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { USER } from '@renkei/identity';
import { directoryBasics, ownWebhookGrants } from '../shared/common-grants';
import { liaisonCaseCoreGrants } from '../shared/case-grants';

/** 電気通信事業者: its liaison answers the tasks addressed to the agency. */
export const CARRIER_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.CARRIER,
  grants: [
    ...directoryBasics([Role.LIAISON]),
    { roles: [Role.LIAISON], subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same agency' },
    ...liaisonCaseCoreGrants(),
    ...ownWebhookGrants([Role.LIAISON]),
  ],
};

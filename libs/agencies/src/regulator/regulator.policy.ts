import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { USER } from '@renkei/identity';
import { directoryBasics, ownWebhookGrants } from '../shared/common-grants';
import { liaisonCaseCoreGrants } from '../shared/case-grants';
import { RECRUITMENT_GRANTS } from './regulator.recruitment.grants';
import { CALL_FORWARDING_GRANTS } from './regulator.call-forwarding.grants';
import { exportGrants } from '../shared/export-grants';

/** 総務省: its liaison answers the tasks addressed to the agency. */
export const REGULATOR_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.REGULATOR,
  grants: [
    ...directoryBasics([Role.LIAISON]),
    { roles: [Role.LIAISON], subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same agency' },
    ...liaisonCaseCoreGrants(),
    ...exportGrants([Role.LIAISON]),
    ...ownWebhookGrants([Role.LIAISON]),
    // the case types: one file each, in this folder
    ...RECRUITMENT_GRANTS,
    ...CALL_FORWARDING_GRANTS,
  ],
};

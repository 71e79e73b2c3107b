import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { RECRUITMENT_CONTACT } from '@renkei/case-recruitment';

const OWN_AGENCY = '$actor.agencyId';

/**
 * 犯罪実行者募集情報 (VISIBILITY.md section 1, CARRIER column): its own numbers among the contact
 * means, only when tasked. Nothing else of the case (no post, handle, takedown or investigation).
 */
export const RECRUITMENT_GRANTS: Grant[] = [
  {
    roles: [Role.LIAISON], subject: RECRUITMENT_CONTACT, access: 'R', groups: 'all', where: { caseTaskAgencyIds: OWN_AGENCY, carrierAgencyId: OWN_AGENCY },
    note: 'contact means: own numbers, when tasked',
  },
];

import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { AUDIT_ENTRY } from '@renkei/audit';
import { USER } from '@renkei/identity';
import { directoryBasics } from '../shared/common-grants';
import { EVIDENCE_REQUEST_GRANTS } from './npa.evidence-request.grants';
import { TIP_GRANTS } from './npa.tips.grants';
import { exportGrants } from '../shared/export-grants';

/** 警察庁: the tip desk (匿名通報の主管課) and its auditors. */
export const NPA_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.NPA,
  grants: [
    ...directoryBasics([Role.NPA_TIPDESK, Role.AUDITOR]),
    { roles: [Role.NPA_TIPDESK], subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same agency' },
    { roles: [Role.AUDITOR], subject: USER, access: 'R', groups: ['directory'], note: 'auditor: who did what, nationally' },
    { roles: [Role.AUDITOR], subject: AUDIT_ENTRY, access: 'R', groups: 'all', note: 'auditor: the whole audit log (it holds no case content)' },
    ...EVIDENCE_REQUEST_GRANTS,
    ...TIP_GRANTS,
    ...exportGrants([Role.NPA_TIPDESK, Role.AUDITOR]),
  ],
};

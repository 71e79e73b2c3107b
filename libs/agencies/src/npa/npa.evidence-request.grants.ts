import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CASE, CASE_EVENT, CaseAction, COMMENT, TASK } from '@renkei/cases';
import { EVIDENCE_REQUEST, EVIDENCE_REQUEST_TYPE } from '@renkei/case-evidence-request';

const TYPE = { type: EVIDENCE_REQUEST_TYPE };
const CASE_TYPE = { caseType: EVIDENCE_REQUEST_TYPE };

/**
 * 外国捜査機関への証拠提供要請 (VISIBILITY.md section 4): 警察庁 reads every request, and only
 * cases of this type (the core grants give NPA no case at all). The tip desk works the request
 * (sends it abroad, records the foreign side's replies and the evidence); an NPA auditor reads.
 */
export const EVIDENCE_REQUEST_GRANTS: Grant[] = [
  {
    roles: [Role.NPA_TIPDESK], subject: CASE, access: 'R', groups: 'all', actions: [CaseAction.TRANSITION], where: TYPE,
    note: 'NPA: every foreign evidence request; sends it abroad and records the replies (guards say which hop)',
  },
  { roles: [Role.NPA_TIPDESK], subject: TASK, access: 'R', groups: 'all', where: CASE_TYPE },
  { roles: [Role.NPA_TIPDESK], subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: CASE_TYPE },
  { roles: [Role.NPA_TIPDESK], subject: CASE_EVENT, access: 'R', groups: 'all', where: CASE_TYPE },
  { roles: [Role.NPA_TIPDESK], subject: EVIDENCE_REQUEST, access: 'RW', groups: 'all', note: 'NPA: every field of every request' },
  { roles: [Role.AUDITOR], subject: CASE, access: 'R', groups: 'all', where: TYPE, note: 'NPA auditor: reads the foreign evidence requests' },
  { roles: [Role.AUDITOR], subject: TASK, access: 'R', groups: 'all', where: CASE_TYPE },
  { roles: [Role.AUDITOR], subject: COMMENT, access: 'R', groups: 'all', where: CASE_TYPE },
  { roles: [Role.AUDITOR], subject: CASE_EVENT, access: 'R', groups: 'all', where: CASE_TYPE },
  { roles: [Role.AUDITOR], subject: EVIDENCE_REQUEST, access: 'R', groups: 'all' },
];

import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { AUDIT_ENTRY } from '@renkei/audit';
import { USER } from '@renkei/identity';
import { ATTACHMENT, CASE, CASE_EVENT, CaseAction, COMMENT, TASK } from '@renkei/cases';
import { directoryBasics } from '../shared/common-grants';
import { RECRUITMENT_GRANTS } from './police-hq.recruitment.grants';
import { CALL_FORWARDING_GRANTS } from './police-hq.call-forwarding.grants';
import { EVIDENCE_REQUEST_GRANTS } from './police-hq.evidence-request.grants';
import { DEPARTURE_GRANTS } from './police-hq.departure.grants';
import { TIP_GRANTS } from './police-hq.tips.grants';
import { ACTIVITY_REPORT_GRANTS } from './police-hq.reports.grants';
import { exportGrants } from '../shared/export-grants';

const PREFECTURE = '$actor.prefectureId';

/** 警察本部: 推進本部 (hq.director), 推進室 (hq.coordinator) and 監察 (auditor). */
export const POLICE_HQ_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.POLICE_HQ,
  grants: [
    ...directoryBasics([Role.HQ_DIRECTOR, Role.HQ_COORDINATOR, Role.AUDITOR]),
    {
      roles: [Role.HQ_DIRECTOR, Role.HQ_COORDINATOR],
      subject: USER,
      access: 'R',
      groups: ['directory'],
      where: { prefectureId: '$actor.prefectureId', agencyKind: { $in: [AgencyKind.POLICE_HQ, AgencyKind.POLICE_STATION] } },
      note: 'police of its prefecture (HQ and stations): never another prefecture',
    },
    // The case core: every case of its prefecture, every field; the director reads, the coordinator works.
    { roles: [Role.HQ_DIRECTOR], subject: CASE, access: 'R', groups: 'all', where: { prefectureId: PREFECTURE }, note: 'hq.director: read every case of its prefecture' },
    { roles: [Role.HQ_DIRECTOR], subject: TASK, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE } },
    { roles: [Role.HQ_DIRECTOR], subject: COMMENT, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE } },
    { roles: [Role.HQ_DIRECTOR], subject: CASE_EVENT, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE } },
    { roles: [Role.HQ_DIRECTOR], subject: ATTACHMENT, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE } },
    {
      roles: [Role.HQ_COORDINATOR],
      subject: CASE,
      access: 'RW',
      groups: 'all',
      actions: [CaseAction.CREATE, CaseAction.TRANSITION, CaseAction.ASSIGN],
      where: { prefectureId: PREFECTURE },
      note: 'hq.coordinator: read and write every case of its prefecture, close cases',
    },
    { roles: [Role.HQ_COORDINATOR], subject: TASK, access: 'RW', groups: 'all', actions: [CaseAction.CREATE, CaseAction.WITHDRAW], where: { casePrefectureId: PREFECTURE }, note: 'assigns tasks to any agency' },
    { roles: [Role.HQ_COORDINATOR], subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { casePrefectureId: PREFECTURE } },
    { roles: [Role.HQ_COORDINATOR], subject: CASE_EVENT, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE } },
    { roles: [Role.HQ_COORDINATOR], subject: ATTACHMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { casePrefectureId: PREFECTURE } },
    {
      roles: [Role.AUDITOR],
      subject: USER,
      access: 'R',
      groups: ['directory'],
      where: { prefectureId: '$actor.prefectureId' },
      note: 'auditor: who did what, in its prefecture',
    },
    {
      roles: [Role.AUDITOR],
      subject: AUDIT_ENTRY,
      access: 'R',
      groups: 'all',
      where: { prefectureId: '$actor.prefectureId' },
      note: "auditor: its prefecture's audit log (no case content in it); 警察庁's auditors read all",
    },
    // the case types: one file each, in this folder
    ...RECRUITMENT_GRANTS,
    ...CALL_FORWARDING_GRANTS,
    ...DEPARTURE_GRANTS,
    ...EVIDENCE_REQUEST_GRANTS,
    ...TIP_GRANTS,
    ...ACTIVITY_REPORT_GRANTS,
    ...exportGrants([Role.HQ_DIRECTOR, Role.HQ_COORDINATOR]),
  ],
};

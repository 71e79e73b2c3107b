import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { USER } from '@renkei/identity';
import { ATTACHMENT, CASE, CASE_EVENT, CaseAction, COMMENT, TASK } from '@renkei/cases';
import { directoryBasics } from '../shared/common-grants';
import { RECRUITMENT_GRANTS } from './police-station.recruitment.grants';
import { CALL_FORWARDING_GRANTS } from './police-station.call-forwarding.grants';
import { EVIDENCE_REQUEST_GRANTS } from './police-station.evidence-request.grants';
import { DEPARTURE_GRANTS } from './police-station.departure.grants';
import { ACTIVITY_REPORT_GRANTS } from './police-station.reports.grants';
import { exportGrants } from '../shared/export-grants';

const STATION_ROLES = [Role.STATION_MANAGER, Role.STATION_SUPERVISOR, Role.STATION_INVESTIGATOR];
const OWN_STATION = '$actor.agencyId';
const ME = '$actor.userId';

/** 警察署: 運用責任者, 統括責任者, 捜査員. */
export const POLICE_STATION_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.POLICE_STATION,
  grants: [
    ...directoryBasics(STATION_ROLES),
    { roles: STATION_ROLES, subject: USER, access: 'R', groups: ['directory'], where: { agencyId: '$actor.agencyId' }, note: 'colleagues of the same station' },
    // 運用責任者: files and manages its station's cases.
    {
      roles: [Role.STATION_MANAGER],
      subject: CASE,
      access: 'RW',
      groups: 'all',
      actions: [CaseAction.CREATE, CaseAction.TRANSITION, CaseAction.ASSIGN],
      where: { owningAgencyId: OWN_STATION },
      note: 'station.manager: file and manage its station’s cases',
    },
    { roles: [Role.STATION_MANAGER], subject: TASK, access: 'RW', groups: 'all', actions: [CaseAction.CREATE, CaseAction.WITHDRAW], where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_MANAGER], subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_MANAGER], subject: CASE_EVENT, access: 'R', groups: 'all', where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_MANAGER], subject: ATTACHMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { caseOwningAgencyId: OWN_STATION } },
    // 統括責任者: reads its station's cases; approves closure (a transition its state machines reserve to it).
    { roles: [Role.STATION_SUPERVISOR], subject: CASE, access: 'R', groups: 'all', actions: [CaseAction.TRANSITION], where: { owningAgencyId: OWN_STATION }, note: 'station.supervisor: read; approve closure' },
    { roles: [Role.STATION_SUPERVISOR], subject: TASK, access: 'R', groups: 'all', where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_SUPERVISOR], subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_SUPERVISOR], subject: CASE_EVENT, access: 'R', groups: 'all', where: { caseOwningAgencyId: OWN_STATION } },
    { roles: [Role.STATION_SUPERVISOR], subject: ATTACHMENT, access: 'R', groups: 'all', where: { caseOwningAgencyId: OWN_STATION } },
    // 捜査員: reads and writes the cases assigned to them.
    { roles: [Role.STATION_INVESTIGATOR], subject: CASE, access: 'RW', groups: 'all', actions: [CaseAction.TRANSITION], where: { assigneeIds: ME }, note: 'station.investigator: the cases assigned to them' },
    { roles: [Role.STATION_INVESTIGATOR], subject: TASK, access: 'RW', groups: 'all', actions: [CaseAction.CREATE, CaseAction.WITHDRAW], where: { caseAssigneeIds: ME } },
    { roles: [Role.STATION_INVESTIGATOR], subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { caseAssigneeIds: ME } },
    { roles: [Role.STATION_INVESTIGATOR], subject: CASE_EVENT, access: 'R', groups: 'all', where: { caseAssigneeIds: ME } },
    { roles: [Role.STATION_INVESTIGATOR], subject: ATTACHMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { caseAssigneeIds: ME } },
    // the case types: one file each, in this folder
    ...RECRUITMENT_GRANTS,
    ...CALL_FORWARDING_GRANTS,
    ...DEPARTURE_GRANTS,
    ...EVIDENCE_REQUEST_GRANTS,
    ...ACTIVITY_REPORT_GRANTS,
    ...exportGrants(STATION_ROLES),
  ],
};

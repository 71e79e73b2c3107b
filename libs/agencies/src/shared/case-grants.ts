import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { ATTACHMENT, Audience, CASE, CASE_EVENT, CaseAction, COMMENT, TASK } from '@renkei/cases';

const OWN_AGENCY = '$actor.agencyId';

/**
 * What the liaison of any outside agency sees of the case core (VISIBILITY.md, "liaison" and
 * "Tasks, comments, attachments"): only cases in which its own agency holds a task, only their
 * summary; its own agency's tasks (it answers them); the comments and timeline entries addressed
 * to all parties or to its agency. Case-type fields are granted in each agency's policy file.
 */
export function liaisonCaseCoreGrants(): Grant[] {
  const roles = [Role.LIAISON];
  const inCase = { caseTaskAgencyIds: OWN_AGENCY };
  return [
    { roles, subject: CASE, access: 'R', groups: ['summary'], where: { taskAgencyIds: OWN_AGENCY }, note: 'cases where its agency holds a task: summary only' },
    { roles, subject: TASK, access: 'R', groups: ['request'], where: { agencyId: OWN_AGENCY }, note: 'its own agency’s tasks' },
    { roles, subject: TASK, access: 'RW', groups: ['response'], actions: [CaseAction.ANSWER], where: { agencyId: OWN_AGENCY }, note: 'answers its own agency’s tasks' },
    { roles, subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { audience: Audience.ALL_PARTIES, ...inCase }, note: 'comments to all parties' },
    { roles, subject: COMMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { audience: Audience.AGENCY, audienceAgencyId: OWN_AGENCY, ...inCase }, note: 'comments to its agency' },
    { roles, subject: ATTACHMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { audience: Audience.ALL_PARTIES, ...inCase }, note: 'files for all parties' },
    { roles, subject: ATTACHMENT, access: 'R', groups: 'all', actions: [CaseAction.CREATE], where: { audience: Audience.AGENCY, audienceAgencyId: OWN_AGENCY, ...inCase }, note: 'files for its agency' },
    { roles, subject: CASE_EVENT, access: 'R', groups: 'all', where: { audience: Audience.ALL_PARTIES, ...inCase }, note: 'timeline entries for all parties' },
    { roles, subject: CASE_EVENT, access: 'R', groups: 'all', where: { audience: Audience.AGENCY, audienceAgencyId: OWN_AGENCY, ...inCase }, note: 'timeline entries of its own tasks' },
  ];
}

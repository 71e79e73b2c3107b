import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CASE, CaseAction, TASK } from '@renkei/cases';
import { RECRUITMENT_CONTACT, RECRUITMENT_POST, RECRUITMENT_POST_TYPE, RECRUITMENT_TAKEDOWN, RecruitmentGroup as G, RecruitmentTaskKind } from '@renkei/case-recruitment';

const OWN_AGENCY = '$actor.agencyId';
const TASKED = { caseTaskAgencyIds: OWN_AGENCY };

/**
 * 犯罪実行者募集情報 (VISIBILITY.md section 1, LABOUR_BUREAU column), only in cases where the
 * bureau holds a task. Never the investigation nor the tip receipt number.
 *
 * A labour liaison may report a post: the case is filed for the police HQ of the bureau's
 * prefecture, with a 職安法63条 referral task to the bureau itself (RecruitmentService.file),
 * hence the three grants on the case core below, all narrowed to this case type.
 */
export const RECRUITMENT_GRANTS: Grant[] = [
  { roles: [Role.LIAISON], subject: RECRUITMENT_POST, access: 'R', groups: [G.POST, G.POSTER, G.SOURCE_CHANNEL], where: TASKED, note: 'post, poster handle, source channel: R' },
  { roles: [Role.LIAISON], subject: RECRUITMENT_POST, access: 'RW', groups: [G.POST], where: { ...TASKED, filedByAgencyId: OWN_AGENCY }, note: 'post: RW when it filed the report' },
  { roles: [Role.LIAISON], subject: RECRUITMENT_POST, access: 'RW', groups: [G.LABOUR_REFERRAL], where: TASKED, note: '職業安定法第63条 referral and its status: RW' },
  { roles: [Role.LIAISON], subject: RECRUITMENT_CONTACT, access: 'R', groups: 'all', where: TASKED, note: 'contact means in the post: R' },
  { roles: [Role.LIAISON], subject: RECRUITMENT_TAKEDOWN, access: 'R', groups: 'all', where: TASKED, note: 'takedown: R' },
  // reporting a post (the core grants give the liaison nothing to file with)
  {
    roles: [Role.LIAISON], subject: CASE, actions: [CaseAction.CREATE], where: { type: RECRUITMENT_POST_TYPE, prefectureId: '$actor.prefectureId' },
    note: 'a labour liaison may file a recruitment post in its prefecture (owned by the prefecture’s HQ)',
  },
  {
    roles: [Role.LIAISON], subject: CASE, access: 'R', groups: ['summary'], where: { type: RECRUITMENT_POST_TYPE, filedBy: '$actor.userId' },
    note: 'the post it filed: summary, as for a tasked agency',
  },
  {
    roles: [Role.LIAISON], subject: TASK, actions: [CaseAction.CREATE], where: { caseType: RECRUITMENT_POST_TYPE, agencyId: OWN_AGENCY, kind: RecruitmentTaskKind.LABOUR_REFERRAL },
    note: 'the 63条 referral task to itself that comes with its report',
  },
];

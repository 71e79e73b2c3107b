import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { RECRUITMENT_CONTACT, RECRUITMENT_POST, RECRUITMENT_TAKEDOWN, RecruitmentAction, RecruitmentGroup as G } from '@renkei/case-recruitment';

const PREFECTURE = { casePrefectureId: '$actor.prefectureId' };
/** VISIBILITY.md section 1, police column: RW on every group but the tip receipt number (R). */
const POLICE_RW = [G.POST, G.POSTER, G.LABOUR_REFERRAL, G.INVESTIGATION, G.SOURCE_CHANNEL];

/** 犯罪実行者募集情報 (VISIBILITY.md section 1): every case of its prefecture; the director reads, the coordinator works. */
export const RECRUITMENT_GRANTS: Grant[] = [
  { roles: [Role.HQ_DIRECTOR], subject: RECRUITMENT_POST, access: 'R', groups: 'all', where: PREFECTURE, note: 'police: every group (director reads, no edits)' },
  { roles: [Role.HQ_DIRECTOR], subject: RECRUITMENT_CONTACT, access: 'R', groups: 'all', where: PREFECTURE, note: 'police: contact means' },
  { roles: [Role.HQ_DIRECTOR], subject: RECRUITMENT_TAKEDOWN, access: 'R', groups: 'all', where: PREFECTURE, note: 'police: takedown' },
  {
    roles: [Role.HQ_COORDINATOR], subject: RECRUITMENT_POST, access: 'RW', groups: POLICE_RW, actions: [RecruitmentAction.RECORD_TAKEDOWN], where: PREFECTURE,
    note: 'police RW: post, poster handle, 63条 referral, investigation (S), source channel; records takedowns',
  },
  { roles: [Role.HQ_COORDINATOR], subject: RECRUITMENT_POST, access: 'R', groups: [G.SOURCE_TIP], where: PREFECTURE, note: 'source: tip receipt number (S): police R' },
  { roles: [Role.HQ_COORDINATOR], subject: RECRUITMENT_CONTACT, access: 'RW', groups: 'all', where: PREFECTURE, note: 'police RW: contact means' },
  { roles: [Role.HQ_COORDINATOR], subject: RECRUITMENT_TAKEDOWN, access: 'RW', groups: 'all', where: PREFECTURE, note: 'police RW: takedown' },
];

import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { RECRUITMENT_CONTACT, RECRUITMENT_POST, RECRUITMENT_TAKEDOWN, RecruitmentAction, RecruitmentGroup as G } from '@renkei/case-recruitment';

const OWN_STATION = { caseOwningAgencyId: '$actor.agencyId' };
const MINE = { caseAssigneeIds: '$actor.userId' };
/** VISIBILITY.md section 1, police column: RW on every group but the tip receipt number (R). */
const POLICE_RW = [G.POST, G.POSTER, G.LABOUR_REFERRAL, G.INVESTIGATION, G.SOURCE_CHANNEL];

/** The working grants of one station role on the rows `where` selects. */
function works(role: Role, where: Record<string, string>, who: string): Grant[] {
  return [
    {
      roles: [role], subject: RECRUITMENT_POST, access: 'RW', groups: POLICE_RW, actions: [RecruitmentAction.RECORD_TAKEDOWN], where,
      note: `police RW (${who}): post, poster handle, 63条 referral, investigation (S), source channel; records takedowns`,
    },
    { roles: [role], subject: RECRUITMENT_POST, access: 'R', groups: [G.SOURCE_TIP], where, note: 'source: tip receipt number (S): police R' },
    { roles: [role], subject: RECRUITMENT_CONTACT, access: 'RW', groups: 'all', where, note: 'police RW: contact means' },
    { roles: [role], subject: RECRUITMENT_TAKEDOWN, access: 'RW', groups: 'all', where, note: 'police RW: takedown' },
  ];
}

/** 犯罪実行者募集情報 (VISIBILITY.md section 1): the owning station's cases, as for the case core. */
export const RECRUITMENT_GRANTS: Grant[] = [
  ...works(Role.STATION_MANAGER, OWN_STATION, 'station.manager: its station’s cases'),
  { roles: [Role.STATION_SUPERVISOR], subject: RECRUITMENT_POST, access: 'R', groups: 'all', where: OWN_STATION, note: 'station.supervisor: reads its station’s cases' },
  { roles: [Role.STATION_SUPERVISOR], subject: RECRUITMENT_CONTACT, access: 'R', groups: 'all', where: OWN_STATION, note: 'station.supervisor: contact means' },
  { roles: [Role.STATION_SUPERVISOR], subject: RECRUITMENT_TAKEDOWN, access: 'R', groups: 'all', where: OWN_STATION, note: 'station.supervisor: takedown' },
  ...works(Role.STATION_INVESTIGATOR, MINE, 'station.investigator: the cases assigned to them'),
];

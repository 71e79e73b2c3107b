import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { AUDIT_ENTRY } from '@renkei/audit';
import { USER } from '@renkei/identity';
import { directoryBasics } from '../shared/common-grants';

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
  ],
};

import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CASE, CaseAction } from '@renkei/cases';
import { EVIDENCE_REQUEST, EVIDENCE_REQUEST_TYPE } from '@renkei/case-evidence-request';

const PREFECTURE = '$actor.prefectureId';

/**
 * 外国捜査機関への証拠提供要請 (VISIBILITY.md section 4): hq.* of the requesting station's
 * prefecture. The core grants already give both HQ roles every case of the prefecture; the
 * director, who otherwise only reads, also takes this type's HQ hops (本部長承認, 警察庁へ送付).
 */
export const EVIDENCE_REQUEST_GRANTS: Grant[] = [
  { roles: [Role.HQ_DIRECTOR], subject: EVIDENCE_REQUEST, access: 'R', groups: 'all', where: { casePrefectureId: PREFECTURE }, note: 'hq.*: every field of its prefecture’s requests' },
  { roles: [Role.HQ_COORDINATOR], subject: EVIDENCE_REQUEST, access: 'RW', groups: 'all', where: { casePrefectureId: PREFECTURE }, note: 'hq.coordinator: works the request' },
  {
    roles: [Role.HQ_DIRECTOR], subject: CASE, actions: [CaseAction.TRANSITION], where: { prefectureId: PREFECTURE, type: EVIDENCE_REQUEST_TYPE },
    note: '警察本部長: approves the request and sends it to 警察庁 (state machine guards say which hop)',
  },
];

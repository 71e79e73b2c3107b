import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { TIP, TipAction, TipGroup } from '@renkei/tips';

const FORWARDED_HERE = { forwardedAgencyId: '$actor.agencyId' };

/**
 * 匿名通報 (VISIBILITY.md section 5), hq.coordinator after forwarding: only tips 警察庁 forwarded
 * to its own police HQ; basic, classification / forwarding and additional information (R), never
 * the reward group. hq.director is not in the column: nothing.
 */
export const TIP_GRANTS: Grant[] = [
  {
    roles: [Role.HQ_COORDINATOR], subject: TIP, access: 'R', groups: [TipGroup.BASIC, TipGroup.TRIAGE, TipGroup.ADDITIONAL_INFORMATION], where: FORWARDED_HERE,
    note: 'hq.coordinator, after forwarding: basic, classification / forwarding, additional information (R); reward: nothing',
  },
  { roles: [Role.HQ_COORDINATOR], subject: TIP, actions: [TipAction.OPEN_CASE], where: FORWARDED_HERE, note: 'hq.coordinator: opens a case from a tip forwarded to it' },
];

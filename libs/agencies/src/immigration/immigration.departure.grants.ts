import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { CASE, CaseAction, TASK } from '@renkei/cases';
import { DEPARTING_RESIDENT, DEPARTING_RESIDENT_CASE, DEPARTURE_IMMIGRATION_NOTE, DepartureGroup as G, DepartureTaskKind } from '@renkei/case-departure';

const TASKED = { caseTaskAgencyIds: '$actor.agencyId' };

/**
 * VISIBILITY.md §3, column IMMIGRATION: the person, card, nationality / status / address and the
 * dates RW, its own notes RW; never the accounts, the phones or the police risk notes. Immigration
 * holds a task in every departure case (filing creates it), so "its cases" = where it is tasked.
 *
 * Immigration may open a departure case (DOMAIN.md §3): the case is owned by the police HQ of the
 * prefecture it names (DepartureService.file), hence the three grants on the case core below,
 * all narrowed to this case type, as for a labour bureau's recruitment report.
 */
export const DEPARTURE_GRANTS: Grant[] = [
  {
    roles: [Role.LIAISON], subject: DEPARTING_RESIDENT, access: 'RW', groups: [G.PERSON, G.RESIDENCE_CARD, G.RESIDENCE, G.DATES], where: TASKED,
    note: '§3 name, DOB, residence card, nationality / status / address, expiry and departure: RW',
  },
  { roles: [Role.LIAISON], subject: DEPARTURE_IMMIGRATION_NOTE, access: 'RW', groups: 'all', where: TASKED, note: '§3 immigration notes: RW' },
  {
    roles: [Role.LIAISON], subject: CASE, actions: [CaseAction.CREATE], where: { type: DEPARTING_RESIDENT_CASE, filedBy: '$actor.userId' },
    note: 'immigration may open a departure case (owned by the police HQ of the prefecture it names)',
  },
  { roles: [Role.LIAISON], subject: CASE, access: 'R', groups: ['summary'], where: { type: DEPARTING_RESIDENT_CASE, filedBy: '$actor.userId' }, note: 'the case it opened: summary' },
  {
    roles: [Role.LIAISON], subject: TASK, actions: [CaseAction.CREATE],
    where: { caseType: DEPARTING_RESIDENT_CASE, kind: { $in: [DepartureTaskKind.ACCOUNT_CHECK, DepartureTaskKind.CONTRACT_CHECK, DepartureTaskKind.IMMIGRATION_CONFIRMATION] } },
    note: 'the tasks that come with a case it opens (to each bank and carrier named, and to itself)',
  },
];

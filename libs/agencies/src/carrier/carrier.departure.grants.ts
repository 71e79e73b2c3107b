import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { DEPARTING_RESIDENT, DEPARTURE_CONTRACT, DepartureGroup as G } from '@renkei/case-departure';

const TASKED = { caseTaskAgencyIds: '$actor.agencyId' };
const OWN_CONTRACTS = { ...TASKED, carrierAgencyId: '$actor.agencyId' };

/**
 * VISIBILITY.md §3, column CARRIER, only where its agency holds a task: the name, date of birth,
 * expiry and departure; the residence card masked to its last 4; its own contracts, RW on their
 * status. Never another carrier's contracts, the accounts, the nationality, the address or the notes.
 */
export const DEPARTURE_GRANTS: Grant[] = [
  { roles: [Role.LIAISON], subject: DEPARTING_RESIDENT, access: 'R', groups: [G.PERSON, G.DATES], where: TASKED, note: '§3 name, DOB; expiry, departure: R, when tasked' },
  { roles: [Role.LIAISON], subject: DEPARTING_RESIDENT, access: 'M', groups: [G.RESIDENCE_CARD], where: TASKED, note: '§3 residence card number: M (last 4)' },
  { roles: [Role.LIAISON], subject: DEPARTURE_CONTRACT, access: 'R', groups: [G.ROW], where: OWN_CONTRACTS, note: '§3 phone contracts: own' },
  { roles: [Role.LIAISON], subject: DEPARTURE_CONTRACT, access: 'RW', groups: [G.STATUS], where: OWN_CONTRACTS, note: '§3 phone contracts: own, RW on status' },
];

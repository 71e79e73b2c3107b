import type { SubjectDefinition } from '@renkei/authz';

export const USER = 'User';
export const AGENCY = 'Agency';
/** the action of ending all of a user's sessions */
export const REVOKE_SESSIONS = 'revokeSessions';

/** A user of the directory. Field groups the agencies' policies refer to. */
export const USER_SUBJECT: SubjectDefinition = {
  name: USER,
  alwaysVisible: ['id'],
  groups: {
    /** who someone is and where they sit: what colleagues may look up */
    directory: ['username', 'displayName', 'agencyId', 'unitId', 'role'],
    /** account state: the administrator's view */
    account: ['active', 'lastLoginAt', 'createdAt', 'version'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    username: { expr: '{alias}.username' },
    displayName: { expr: '{alias}.display_name' },
    agencyId: { expr: '{alias}.agency_id' },
    unitId: { expr: '{alias}.unit_id' },
    role: { expr: '{alias}.role' },
    active: { expr: '{alias}.active' },
    lastLoginAt: { expr: '{alias}.last_login_at' },
    createdAt: { expr: '{alias}.created_at' },
    prefectureId: { expr: '(SELECT ag.prefecture_id FROM agencies ag WHERE ag.id = {alias}.agency_id)' },
    agencyKind: { expr: '(SELECT ag.kind FROM agencies ag WHERE ag.id = {alias}.agency_id)' },
  },
};

/** An agency of the directory; every signed-in user may name the agencies (to address tasks). */
export const AGENCY_SUBJECT: SubjectDefinition = {
  name: AGENCY,
  alwaysVisible: ['id'],
  groups: {
    directory: ['code', 'kind', 'name', 'prefectureId', 'parentAgencyId'],
    administration: ['active', 'version'],
    // Resolved by Agency.units (no column): another agency's internal structure is its own.
    organisation: ['units'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    code: { expr: '{alias}.code' },
    kind: { expr: '{alias}.kind' },
    name: { expr: '{alias}.name' },
    prefectureId: { expr: '{alias}.prefecture_id' },
    parentAgencyId: { expr: '{alias}.parent_agency_id' },
    active: { expr: '{alias}.active' },
  },
};

import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { AGENCY, REVOKE_SESSIONS, USER } from '@renkei/identity';
import { REGISTER_WEBHOOK, WEBHOOK_ENDPOINT } from '@renkei/notifications';

/** The system administrator: agencies, users and roles; no case content, no audit log. */
export const SYSTEM_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.SYSTEM,
  grants: [
    { roles: [Role.ADMIN], subject: USER, access: 'RW', groups: 'all', actions: [REVOKE_SESSIONS], note: 'manage users and roles' },
    { roles: [Role.ADMIN], subject: AGENCY, access: 'RW', groups: 'all', note: 'manage agencies' },
    { roles: [Role.ADMIN], subject: WEBHOOK_ENDPOINT, access: 'RW', groups: 'all', actions: [REGISTER_WEBHOOK], note: 'configure any agency’s webhooks' },
  ],
};

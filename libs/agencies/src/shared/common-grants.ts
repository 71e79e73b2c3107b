import type { Grant } from '@renkei/authz';
import type { Role } from '@renkei/core';
import { AGENCY, USER } from '@renkei/identity';
import { REGISTER_WEBHOOK, WEBHOOK_ENDPOINT } from '@renkei/notifications';

/**
 * What every signed-in user may see of the directory: their own user record, and the names and
 * kinds of the agencies (to know whom a task is addressed to). Listed in each policy file, so
 * each file still says everything its agency may see.
 */
export function directoryBasics(roles: readonly Role[]): Grant[] {
  return [
    { roles, subject: USER, access: 'R', groups: ['directory'], where: { id: '$actor.userId' }, note: 'own user record' },
    { roles, subject: AGENCY, access: 'R', groups: ['directory'], note: 'agency directory: names and kinds' },
    { roles, subject: AGENCY, access: 'R', groups: ['organisation'], where: { id: '$actor.agencyId' }, note: 'the units of its own agency' },
  ];
}

/** An outside agency's liaison configures its own agency's webhooks (and nobody else's). */
export function ownWebhookGrants(roles: readonly Role[]): Grant[] {
  return [
    { roles, subject: WEBHOOK_ENDPOINT, access: 'RW', groups: 'all', actions: [REGISTER_WEBHOOK], where: { agencyId: '$actor.agencyId' }, note: 'its own agency’s webhook endpoints' },
  ];
}

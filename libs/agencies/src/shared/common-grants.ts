import type { Grant } from '@renkei/authz';
import type { Role } from '@renkei/core';
import { AGENCY, USER } from '@renkei/identity';

/**
 * What every signed-in user may see of the directory: their own user record, and the names and
 * kinds of the agencies (to know whom a task is addressed to). Listed in each policy file, so
 * each file still says everything its agency may see.
 */
export function directoryBasics(roles: readonly Role[]): Grant[] {
  return [
    { roles, subject: USER, access: 'R', groups: ['directory'], where: { id: '$actor.userId' }, note: 'own user record' },
    { roles, subject: AGENCY, access: 'R', groups: ['directory'], note: 'agency directory: names and kinds' },
  ];
}

/** The identity lib's BullMQ queue names, in one place. */
export enum IdentityQueue {
  MAINTENANCE = 'identity-maintenance',
}

export enum IdentityJob {
  SESSION_CLEANUP = 'session-cleanup',
}

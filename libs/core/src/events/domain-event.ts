import type { RequestContext } from '../context/request-context';

export type EventOutcome = 'success' | 'failure' | 'denied';

/**
 * Something that happened, raised by a service inside its transaction. The audit log (and later
 * the notification outbox) subscribe to these; no service calls them by hand.
 */
export interface DomainEvent {
  /**
   * optional stable identity of this occurrence (a uuid, or e.g. `<taskId>:v3`): the outbox
   * derives its idempotency keys from it when set, so the same occurrence never notifies twice
   */
  id?: string;
  /** dotted name, e.g. `identity.login`, `identity.user.updated`, `authz.denied` */
  type: string;
  outcome: EventOutcome;
  ctx: RequestContext;
  subjectType?: string;
  subjectId?: string;
  /** names of the fields changed or read; never their values */
  fields?: string[];
  /** small, non-sensitive facts (ids, codes, counts) */
  details?: Record<string, unknown>;
  /** set by the emitter when a user is not yet known (e.g. a failed login) */
  actorOverride?: { userId: string | null; agencyId: string | null; username?: string; prefectureId?: string | null };
  /** the prefecture the event belongs to, when not the actor's (e.g. the case's) */
  prefectureId?: string | null;
}

import type { DomainEvent, Tx } from '@renkei/core';

/** One user, by id. */
export interface UserRecipient {
  kind: 'user';
  userId: string;
}

/**
 * Every active user of an active agency holding one of `roles` (all its users when omitted),
 * resolved when the notification is delivered. Agency recipients also get the agency's webhooks.
 */
export interface AgencyRecipient {
  kind: 'agency';
  agencyId: string;
  roles?: string[];
}

export type NotificationRecipient = UserRecipient | AgencyRecipient;

/**
 * What a rule asks to tell whom. Every recipient of one draft gets the same text, so a rule
 * writes one draft per audience: the body must hold only what each of its recipients may see.
 *
 * The safe default is a reference number and a generic message ("新しい依頼があります: 甲-2026-000123"):
 * the client then fetches the subject (`subjectType`/`subjectId`) through the normal
 * authorization, which shows each user exactly their fields. Never copy field values of the
 * subject into `title` or `body` unless every recipient may read them per spec/VISIBILITY.md;
 * never judge that with the acting user's context (`event.ctx` is the actor, not the recipient).
 */
export interface NotificationDraft {
  recipients: NotificationRecipient[];
  /** a stable code the client can switch on, e.g. `task.created` */
  kind: string;
  /** a short Japanese title, e.g. `新しい依頼` (at most 100 characters) */
  title: string;
  /** at most 2,000 characters; in-app only, never sent to webhooks */
  body: string;
  subjectType: string;
  subjectId: string;
  /** a reference number the recipient may see (e.g. the case's `甲-2026-000123`); sent to webhooks */
  reference?: string | null;
}

/** The rule's view of the transaction: it may read (never write or emit) in it. */
export type RuleTx = Pick<Tx, 'em'>;

/** Who is told what for one event. Runs inside the transaction that raised the event. */
export type NotificationRule = (event: DomainEvent, tx: RuleTx) => Promise<NotificationDraft[]>;

/** The stored recipient of one outbox row (roles normalized to null for "every role"). */
export type OutboxRecipient = UserRecipient | { kind: 'agency'; agencyId: string; roles: string[] | null };

/** The stored content of one outbox row: exactly what the rule put in its draft. */
export interface OutboxPayload {
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  reference: string | null;
  occurredAt: string;
}

import { Role, type ErrorDetail } from '@renkei/core';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';
import type { NotificationDraft, OutboxRecipient } from './notifications.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND = /^[a-z][a-z0-9._-]{0,63}$/;
const ROLES = new Set<string>(Object.values(Role));
const MAX_RECIPIENTS = 500;

export interface ValidDraft extends Omit<NotificationDraft, 'recipients' | 'reference'> {
  recipients: OutboxRecipient[];
  reference: string | null;
}

function text(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

/**
 * Checks a rule's draft and normalizes its recipients (duplicates dropped, roles sorted, "every
 * role" as null). A bad draft is a bug in the rule: it fails the transaction, as any other bug
 * in it would, rather than commit a change whose notification is lost.
 */
export function validateDraft(draft: NotificationDraft): ValidDraft {
  const problems: ErrorDetail[] = [];
  if (!text(draft.kind, 64) || !KIND.test(draft.kind)) problems.push({ field: 'kind', reason: 'INVALID' });
  if (!text(draft.title, 100)) problems.push({ field: 'title', reason: 'EMPTY_OR_TOO_LONG' });
  if (!text(draft.body, 2000)) problems.push({ field: 'body', reason: 'EMPTY_OR_TOO_LONG' });
  if (!text(draft.subjectType, 64)) problems.push({ field: 'subjectType', reason: 'EMPTY_OR_TOO_LONG' });
  if (!text(draft.subjectId, 128)) problems.push({ field: 'subjectId', reason: 'EMPTY_OR_TOO_LONG' });
  if (draft.reference !== undefined && draft.reference !== null && !text(draft.reference, 64)) {
    problems.push({ field: 'reference', reason: 'EMPTY_OR_TOO_LONG' });
  }
  const recipients: OutboxRecipient[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(draft.recipients) || draft.recipients.length === 0 || draft.recipients.length > MAX_RECIPIENTS) {
    problems.push({ field: 'recipients', reason: 'EMPTY_OR_TOO_MANY' });
  } else {
    for (const r of draft.recipients) {
      let normalized: OutboxRecipient | null = null;
      if (r?.kind === 'user' && UUID.test(r.userId ?? '')) {
        normalized = { kind: 'user', userId: r.userId.toLowerCase() };
      } else if (r?.kind === 'agency' && UUID.test(r.agencyId ?? '')) {
        const roles = r.roles === undefined ? null : r.roles;
        // An empty list would mean "nobody": omit `roles` for every role of the agency.
        if (roles !== null && (!Array.isArray(roles) || roles.length === 0 || roles.some((role) => !ROLES.has(role)))) {
          problems.push({ field: 'recipients.roles', reason: 'UNKNOWN_OR_EMPTY' });
          continue;
        }
        normalized = { kind: 'agency', agencyId: r.agencyId.toLowerCase(), roles: roles ? [...new Set(roles)].sort() : null };
      } else {
        problems.push({ field: 'recipients', reason: 'INVALID_RECIPIENT' });
        continue;
      }
      const key = recipientKey(normalized);
      if (!seen.has(key)) {
        seen.add(key);
        recipients.push(normalized);
      }
    }
  }
  if (problems.length > 0) throw new NotificationsError(NotificationsErrorCode.INVALID_DRAFT, problems);
  return {
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    subjectType: draft.subjectType,
    subjectId: draft.subjectId,
    reference: draft.reference ?? null,
    recipients,
  };
}

/** A recipient as a stable string: part of the idempotency key. */
export function recipientKey(r: OutboxRecipient): string {
  return r.kind === 'user' ? `user:${r.userId}` : `agency:${r.agencyId}:${r.roles ? r.roles.join(',') : '*'}`;
}

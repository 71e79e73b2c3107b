import type { SubjectDefinition } from '@renkei/authz';

export const AUDIT_ENTRY = 'AuditEntry';

/** The audit log as a protected type: the auditor reads it; it holds no case content. */
export const AUDIT_ENTRY_SUBJECT: SubjectDefinition = {
  name: AUDIT_ENTRY,
  alwaysVisible: ['id'],
  groups: {
    entry: ['occurredAt', 'actorUserId', 'actorUsername', 'actorAgencyId', 'prefectureId', 'action', 'outcome', 'subjectType', 'subjectId', 'fields', 'requestId', 'channel', 'details', 'hash', 'prevHash'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    occurredAt: { expr: '{alias}.occurred_at' },
    actorUserId: { expr: '{alias}.actor_user_id' },
    actorAgencyId: { expr: '{alias}.actor_agency_id' },
    prefectureId: { expr: '{alias}.prefecture_id' },
    action: { expr: '{alias}.action' },
    outcome: { expr: '{alias}.outcome' },
    subjectType: { expr: '{alias}.subject_type' },
    subjectId: { expr: '{alias}.subject_id' },
  },
};

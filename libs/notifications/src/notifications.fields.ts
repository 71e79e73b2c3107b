import type { SubjectDefinition } from '@renkei/authz';

export const WEBHOOK_ENDPOINT = 'WebhookEndpoint';

/** An agency's webhook endpoint. Its secret is never a field: it is shown once, at registration. */
export const WEBHOOK_ENDPOINT_SUBJECT: SubjectDefinition = {
  name: WEBHOOK_ENDPOINT,
  alwaysVisible: ['id'],
  groups: { endpoint: ['agencyId', 'url', 'eventTypes', 'active', 'createdAt'] },
  columns: { id: { expr: '{alias}.id' }, agencyId: { expr: '{alias}.agency_id' }, active: { expr: '{alias}.active' } },
};

export { NotificationsModule, NotificationsJobsModule } from './notifications.module';
export { NotificationRuleRegistry } from './notification-rule.registry';
export type { NotificationDraft, NotificationRecipient, UserRecipient, AgencyRecipient, NotificationRule, RuleTx } from './notifications.types';
export { NotificationsOptions } from './notifications.options';
export { NotificationsError, NotificationsErrorCode } from './notifications.errors';
export { OutboxRelay } from './outbox-relay.service';
export { NotificationQueue, NotificationJob, deliveryJobId } from './jobs/notification-queues';
export { signWebhookBody, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER } from './webhook.signature';

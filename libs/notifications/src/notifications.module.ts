import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './entities/notification.entity';
import { OutboxEntryEntity } from './entities/outbox-entry.entity';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import { NotificationRuleRegistry } from './notification-rule.registry';
import { NotificationsOptions } from './notifications.options';
import { NotificationsRepository } from './notifications.repository';
import { OutboxParticipant } from './outbox.participant';
import { RelayNudge } from './relay-nudge.listener';
import { NotificationsService } from './notifications.service';
import { NotificationsResolver } from './notifications.resolver';
import { OutboxRelay } from './outbox-relay.service';
import { WebhookSender } from './webhook.sender';
import { OutboxRelayJob } from './jobs/outbox-relay.job';
import { InAppDeliveryJob } from './jobs/in-app-delivery.job';
import { WebhookDeliveryJob } from './jobs/webhook-delivery.job';
import { NotificationQueue } from './jobs/notification-queues';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookEndpointsResolver } from './webhook-endpoints.resolver';

/**
 * Transactional outbox → BullMQ → in-app notifications and signed webhooks. Both roles: the
 * rule registry (libs import this module to register their rules), the outbox participant,
 * the relay nudge and the user's notification queries. No queue is registered here: the
 * command-line tools load the libs without Redis.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntryEntity, NotificationEntity, WebhookEndpointEntity, WebhookDeliveryEntity])],
  providers: [
    NotificationsOptions,
    NotificationRuleRegistry,
    NotificationsRepository,
    OutboxParticipant,
    RelayNudge,
    NotificationsService,
    NotificationsResolver,
    WebhookEndpointsService,
    WebhookEndpointsResolver,
  ],
  exports: [NotificationRuleRegistry, NotificationsOptions, NotificationsRepository],
})
export class NotificationsModule {}

/** The notifications lib's job processors (relay, deliveries), for the worker role. */
@Module({
  imports: [
    NotificationsModule,
    BullModule.registerQueue({ name: NotificationQueue.RELAY }, { name: NotificationQueue.IN_APP }, { name: NotificationQueue.WEBHOOK }),
  ],
  providers: [OutboxRelay, WebhookSender, OutboxRelayJob, InAppDeliveryJob, WebhookDeliveryJob],
  exports: [OutboxRelay],
})
export class NotificationsJobsModule {}

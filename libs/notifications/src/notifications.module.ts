import { Module } from '@nestjs/common';

/** Transactional outbox → BullMQ → in-app notifications and signed webhooks. */
@Module({})
export class NotificationsModule {}

/** The notifications lib's job processors (relay, deliveries), for the worker role. */
@Module({})
export class NotificationsJobsModule {}

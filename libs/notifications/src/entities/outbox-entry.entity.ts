import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OutboxPayload, OutboxRecipient } from '../notifications.types';

@Entity({ name: 'outbox' })
export class OutboxEntryEntity {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'json' })
  recipient: OutboxRecipient;

  @Column({ type: 'jsonb' })
  payload: OutboxPayload;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'integer' })
  attempts: number;
}

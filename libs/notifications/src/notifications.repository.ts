import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './entities/notification.entity';
import { OutboxEntryEntity } from './entities/outbox-entry.entity';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import type { WebhookDeliveryStatus } from './entities/webhook-delivery.entity';
import type { OutboxPayload, OutboxRecipient } from './notifications.types';

export interface OutboxInsert {
  createdAt: Date;
  eventType: string;
  recipient: OutboxRecipient;
  payload: OutboxPayload;
  idempotencyKey: string;
}

export interface ClaimedOutboxRow {
  id: string;
  /** an active endpoint of the recipient agency subscribes to the row's event type */
  hasWebhook: boolean;
}

export interface DeliveryRow {
  id: string;
  status: WebhookDeliveryStatus;
}

export interface WebhookEndpointRow {
  id: string;
  agencyId: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdAt: Date;
}

export interface NotificationListQuery {
  userId: string;
  unreadOnly: boolean;
  after: { createdAt: Date; id: string } | null;
  limit: number;
}

/** UPDATE/DELETE answer [rows, count] through TypeORM's query(). */
function affected(result: unknown): number {
  return (result as [unknown, number])[1] ?? 0;
}

/** The only place in notifications that touches SQL. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ---- outbox (written in the caller's transaction)

  async insertOutbox(em: EntityManager, rows: OutboxInsert[]): Promise<void> {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    const tuples = rows.map((r) => {
      const base = values.length;
      values.push(r.createdAt, r.eventType, JSON.stringify(r.recipient), JSON.stringify(r.payload), r.idempotencyKey);
      return `($${base + 1}, $${base + 2}, $${base + 3}::json, $${base + 4}::jsonb, $${base + 5})`;
    });
    await em.query(
      `INSERT INTO outbox (created_at, event_type, recipient, payload, idempotency_key) VALUES ${tuples.join(',')}`,
      values,
    );
  }

  /**
   * Locks up to `limit` undispatched rows, oldest first, for the rest of the caller's
   * transaction. SKIP LOCKED: concurrent relays take disjoint batches instead of waiting.
   */
  async claimUndispatched(em: EntityManager, limit: number): Promise<ClaimedOutboxRow[]> {
    return em.query(
      `SELECT o.id,
              (o.recipient->>'kind' = 'agency' AND EXISTS (
                 SELECT 1 FROM webhook_endpoints e
                  WHERE e.active AND e.agency_id::text = o.recipient->>'agencyId' AND o.event_type = ANY(e.event_types)
              )) AS "hasWebhook"
         FROM outbox o
        WHERE o.dispatched_at IS NULL
        ORDER BY o.id
        LIMIT $1
        FOR UPDATE OF o SKIP LOCKED`,
      [limit],
    );
  }

  async markDispatched(em: EntityManager, ids: string[], at: Date): Promise<void> {
    await em.query(`UPDATE outbox SET dispatched_at = $2, attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids, at]);
  }

  /** Counts a relay attempt that failed (its transaction rolled back) on rows still undispatched. */
  async countFailedRelay(ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET attempts = attempts + 1 WHERE id = ANY($1::bigint[]) AND dispatched_at IS NULL`, [ids]);
  }

  async findOutbox(id: string): Promise<OutboxEntryEntity | null> {
    return this.dataSource.getRepository(OutboxEntryEntity).findOneBy({ id });
  }

  // ---- in-app delivery

  /**
   * One notification per active recipient user (an agency recipient is resolved now, from the
   * directory's tables). The unique (user_id, idempotency_key) makes a repeated delivery a no-op.
   * Returns how many rows were new.
   */
  async insertInApp(row: OutboxEntryEntity): Promise<number> {
    const r = row.recipient;
    const p = row.payload;
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body, subject_type, subject_id, created_at, idempotency_key)
       SELECT u.id, $3, $4, $5, $6, $7, date_trunc('milliseconds', $8::timestamptz), $9
         FROM users u JOIN agencies a ON a.id = u.agency_id
        WHERE u.active AND a.active
          AND (u.id = $1::uuid OR (u.agency_id = $2::uuid AND ($10::text[] IS NULL OR u.role = ANY($10::text[]))))
       ON CONFLICT (user_id, idempotency_key) DO NOTHING
       RETURNING id`,
      [
        r.kind === 'user' ? r.userId : null,
        r.kind === 'agency' ? r.agencyId : null,
        p.kind, p.title, p.body, p.subjectType, p.subjectId, row.createdAt, row.idempotencyKey,
        r.kind === 'agency' ? r.roles : null,
      ],
    );
    return inserted.length;
  }

  // ---- webhooks

  /** The agency's active endpoints subscribed to the event type, with their signing secrets. */
  async activeEndpointsFor(agencyId: string, eventType: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('e')
      .addSelect('e.secret')
      .where('e.agency_id = :agencyId AND e.active AND :eventType = ANY(e.event_types)', { agencyId, eventType })
      .orderBy('e.created_at')
      .addOrderBy('e.id')
      .getMany();
  }

  /** The delivery's log row, created on its first attempt; later attempts find it. */
  async openDelivery(endpointId: string, outboxId: string, idempotencyKey: string, at: Date): Promise<DeliveryRow> {
    await this.dataSource.query(
      `INSERT INTO webhook_deliveries (endpoint_id, outbox_id, idempotency_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4) ON CONFLICT (idempotency_key) DO NOTHING`,
      [endpointId, outboxId, idempotencyKey, at],
    );
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT id, status FROM webhook_deliveries WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    return rows[0];
  }

  async recordDeliveryAttempt(
    id: string,
    outcome: { status: WebhookDeliveryStatus; statusCode: number | null; error: string | null },
    at: Date,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET attempts = attempts + 1, status = $2, last_status_code = $3, last_error = $4, updated_at = $5,
              delivered_at = CASE WHEN $2 = 'delivered' THEN $5 ELSE delivered_at END
        WHERE id = $1`,
      [id, outcome.status, outcome.statusCode, outcome.error, at],
    );
  }

  /** A pending delivery whose endpoint was switched off or unsubscribed will never be sent. */
  async failAbandonedDeliveries(outboxId: string, liveEndpointIds: string[], at: Date): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint inactive', updated_at = $3
        WHERE outbox_id = $1 AND status = 'pending' AND NOT (endpoint_id = ANY($2::uuid[]))`,
      [outboxId, liveEndpointIds, at],
    );
    return affected(result);
  }

  // ---- the signed-in user's notifications (every query is bound to the user's own id)

  async listForUser(q: NotificationListQuery): Promise<NotificationEntity[]> {
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId: q.userId });
    if (q.unreadOnly) qb.andWhere('n.read_at IS NULL');
    // Keyset on (created_at, id), newest first; created_at is stored at millisecond precision, as a Date holds it.
    if (q.after) qb.andWhere('(n.created_at, n.id) < (:afterAt, :afterId)', { afterAt: q.after.createdAt, afterId: q.after.id });
    return qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(q.limit).getMany();
  }

  async countUnread(userId: string): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return Number(rows[0].count);
  }

  /** Marks the user's own unread ones among `ids`; anyone else's ids match nothing. */
  async markRead(em: EntityManager, userId: string, ids: string[], at: Date): Promise<number> {
    const result = await em.query(
      `UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [userId, ids, at],
    );
    return affected(result);
  }

  async findOwn(em: EntityManager, userId: string, ids: string[]): Promise<NotificationEntity[]> {
    return em
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.id = ANY(:ids)', { userId, ids })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }

  // ---- webhook endpoints (managed by the agencies themselves)

  async listEndpoints(rows: { sql: string; params: Record<string, unknown> }, id?: string): Promise<WebhookEndpointRow[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select(`e.id AS "id", e.agency_id AS "agencyId", e.url AS "url", e.event_types AS "eventTypes", e.active AS "active", e.created_at AS "createdAt"`)
      .from('webhook_endpoints', 'e')
      .where(rows.sql, rows.params);
    if (id) qb.andWhere('e.id = :endpointId', { endpointId: id });
    return (await qb.orderBy('e.created_at', 'ASC').getRawMany()) as WebhookEndpointRow[];
  }

  async insertEndpoint(em: EntityManager, e: Omit<WebhookEndpointRow, 'id'> & { secret: string }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO webhook_endpoints (agency_id, url, secret, event_types, active, created_at) VALUES ($1, $2, $3, $4, true, $5) RETURNING id`,
      [e.agencyId, e.url, e.secret, e.eventTypes, e.createdAt],
    );
    return rows[0].id;
  }

  async deactivateEndpoint(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE webhook_endpoints SET active = false WHERE id = $1`, [id]);
  }
}

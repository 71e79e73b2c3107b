import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chainHash, GENESIS_HASH, type AuditContent } from './audit.hash';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import type { SqlFragment } from '@renkei/authz';

/** Serializes appends: the chain needs each row to see the previous row's hash. */
const CHAIN_LOCK_KEY = 72430001;

export interface AuditListQuery {
  rows: SqlFragment;
  filters: SqlFragment[];
  afterId: string | null;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends inside the caller's transaction. The advisory lock is held until that transaction
   * ends, so concurrent transactions chain one after the other and a rollback leaves no trace.
   */
  async append(em: EntityManager, entries: AuditContent[]): Promise<void> {
    if (entries.length === 0) return;
    await em.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const last: { hash: string }[] = await em.query('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    let prev = last[0]?.hash ?? GENESIS_HASH;
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const e of entries) {
      const hash = chainHash(prev, e);
      const base = values.length;
      values.push(
        e.occurredAt, e.actorUserId, e.actorUsername, e.actorAgencyId, e.prefectureId, e.action, e.outcome,
        e.subjectType, e.subjectId, e.fields, e.requestId, e.channel, JSON.stringify(e.details), prev, hash,
      );
      tuples.push(`(${Array.from({ length: 15 }, (_, i) => `$${base + i + 1}`).join(',')})`);
      prev = hash;
    }
    await em.query(
      `INSERT INTO audit_log (occurred_at, actor_user_id, actor_username, actor_agency_id, prefecture_id, action, outcome,
        subject_type, subject_id, fields, request_id, channel, details, prev_hash, hash) VALUES ${tuples.join(',')}`,
      values,
    );
  }

  /** Rows in chain order, a page at a time, for verification without loading the whole log. */
  async *walk(pageSize = 5000): AsyncGenerator<AuditEntryEntity> {
    let after = '0';
    for (;;) {
      const page = await this.dataSource
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .where('a.id > :after', { after })
        .orderBy('a.id', 'ASC')
        .limit(pageSize)
        .getMany();
      if (page.length === 0) return;
      yield* page;
      after = page[page.length - 1].id;
    }
  }

  async list(q: AuditListQuery): Promise<AuditEntryEntity[]> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a').where(q.rows.sql, q.rows.params);
    for (const f of q.filters) qb.andWhere(f.sql, f.params);
    if (q.afterId) qb.andWhere('a.id < :afterId', { afterId: q.afterId });
    return qb.orderBy('a.id', 'DESC').limit(q.limit).getMany();
  }
}

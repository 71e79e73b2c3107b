import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Clock,
  decodeCursor,
  encodeCursor,
  TransactionRunner,
  toPage,
  type DomainEvent,
  type RequestContext,
  type TransactionParticipant,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, type SqlFragment } from '@renkei/authz';
import { AuditRepository } from './audit.repository';
import { chainHash, GENESIS_HASH, type AuditContent } from './audit.hash';
import { AUDIT_ENTRY, AUDIT_ENTRY_SUBJECT } from './audit.fields';
import type { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditFilter {
  action?: string | null;
  actorUserId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

export type VerifyResult =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenAtId: string; problem: 'content-changed' | 'link-broken' };

/**
 * Writes every domain event to the hash-chained audit log inside the transaction that raised it,
 * and reads the log back for the auditor. Registered as a transaction participant: services
 * raise events, nobody calls the audit log by hand.
 */
@Injectable()
export class AuditService implements TransactionParticipant, OnModuleInit {
  constructor(
    private readonly repository: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly registry: PolicyRegistry,
    private readonly fields: FieldAccessService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(AUDIT_ENTRY_SUBJECT);
    this.transactions.registerParticipant(this);
  }

  async beforeCommit(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    // Millisecond precision: the stored timestamp must hash the same when read back.
    const at = new Date(Math.floor(this.clock.now().getTime()));
    await this.repository.append(em, events.map((e) => this.toContent(e, at)));
  }

  async list(ctx: RequestContext, filter: AuditFilter, first: number, after?: string | null) {
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, AUDIT_ENTRY, 'a', counter);
    const rows = readable.rows;
    const filters: SqlFragment[] = [];
    for (const [field, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      const col = readable.column(field);
      const name = `flt_${field}`;
      filters.push({ sql: `${col.sql} = :${name}`, params: { ...col.params, [name]: value } });
    }
    const afterId = after ? decodeCursor(after, 1)[0] : null;
    const found = await this.repository.list({ rows, filters, afterId, limit: first + 1 });
    const page = toPage(found, first, (r) => encodeCursor([r.id]));
    return { ...page, nodes: page.nodes.map((r) => this.fields.project(ctx, AUDIT_ENTRY, r as AuditEntryEntity)) };
  }

  /** Walks the whole chain; names the first row whose content or link does not verify. */
  async verify(): Promise<VerifyResult> {
    let prev = GENESIS_HASH;
    let rows = 0;
    for await (const row of this.repository.walk()) {
      rows += 1;
      if (row.prevHash !== prev) return { ok: false, rows, brokenAtId: row.id, problem: 'link-broken' };
      const expected = chainHash(prev, {
        occurredAt: row.occurredAt,
        actorUserId: row.actorUserId,
        actorUsername: row.actorUsername,
        actorAgencyId: row.actorAgencyId,
        prefectureId: row.prefectureId,
        action: row.action,
        outcome: row.outcome,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        fields: row.fields,
        requestId: row.requestId,
        channel: row.channel,
        details: row.details,
      });
      if (expected !== row.hash) return { ok: false, rows, brokenAtId: row.id, problem: 'content-changed' };
      prev = row.hash;
    }
    return { ok: true, rows, lastHash: prev };
  }

  private toContent(e: DomainEvent, at: Date): AuditContent {
    const actor = e.ctx.actor;
    return {
      occurredAt: at,
      actorUserId: e.actorOverride ? e.actorOverride.userId : actor?.userId ?? null,
      actorUsername: e.actorOverride ? e.actorOverride.username ?? null : actor?.username ?? null,
      actorAgencyId: e.actorOverride ? e.actorOverride.agencyId : actor?.agencyId ?? null,
      prefectureId: e.prefectureId !== undefined ? e.prefectureId : e.actorOverride ? e.actorOverride.prefectureId ?? null : actor?.prefectureId ?? null,
      action: e.type,
      outcome: e.outcome,
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      fields: [...(e.fields ?? [])].sort(),
      requestId: e.ctx.requestId,
      channel: e.ctx.channel,
      details: e.details ?? {},
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import type { TipChannel } from '@renkei/core';
import type { NewTip, RewardLedgerRow, TipCredentials, TipRow } from './tips.types';
import { returnedRows } from '@renkei/core';

const SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.version AS "version", ${a}.receipt_number AS "receiptNumber", ${a}.category AS "category", ${a}.channel AS "channel",
  ${a}.received_at AS "receivedAt", ${a}.content AS "content", ${a}.urgent AS "urgent",
  ${a}.classification AS "classification", ${a}.classified_at AS "classifiedAt", ${a}.forwarded_agency_id AS "forwardedAgencyId",
  ${a}.forwarded_at AS "forwardedAt", ${a}.case_id AS "caseId", ${a}.report_due_at AS "reportDueAt", ${a}.reported_at AS "reportedAt",
  ${a}.self_identification AS "selfIdentification", ${a}.disqualifications::text[] AS "disqualifications", ${a}.wants_reward AS "wantsReward",
  ${a}.reward_amount AS "rewardAmount", ${a}.reward_decided_at AS "rewardDecidedAt", ${a}.reward_notice_posted_at AS "rewardNoticePostedAt",
  ${a}.reward_notice_removed_at AS "rewardNoticeRemovedAt", ${a}.reward_payment_method AS "rewardPaymentMethod", ${a}.reward_paid_at AS "rewardPaidAt",
  COALESCE((SELECT json_agg(json_build_object('id', r.id, 'question', r.question, 'state', r.state, 'requestedAt', r.requested_at, 'closedAt', r.closed_at)
              ORDER BY r.requested_at, r.id) FROM tip_info_requests r WHERE r.tip_id = ${a}.id), '[]'::json) AS "infoRequests",
  COALESCE((SELECT json_agg(json_build_object('id', i.id, 'requestId', i.request_id, 'channel', i.channel, 'content', i.content,
              'receivedAt', i.received_at, 'reportDueAt', i.report_due_at, 'reportedAt', i.reported_at) ORDER BY i.received_at, i.id)
              FROM tip_additional_information i WHERE i.tip_id = ${a}.id), '[]'::json) AS "additionalInformation"`;

/** json_agg gives ISO strings: back to Dates, as the GraphQL models expect. */
function revive(row: Record<string, unknown> | undefined): TipRow | null {
  if (!row) return null;
  type Json = Record<string, string | null>;
  const d = (v: string | null) => (v === null ? null : new Date(v));
  const requests = row.infoRequests as Json[];
  const info = row.additionalInformation as Json[];
  return {
    ...row,
    infoRequests: requests.map((q) => ({ ...q, requestedAt: d(q.requestedAt), closedAt: d(q.closedAt) })),
    additionalInformation: info.map((i) => ({ ...i, receivedAt: d(i.receivedAt), reportDueAt: d(i.reportDueAt), reportedAt: d(i.reportedAt) })),
  } as unknown as TipRow;
}

/** receipt / client: wrong PINs; intake: web tips per client */
export type ThrottleScope = 'receipt' | 'client' | 'intake';

export interface ThrottleRow {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** The only place in the tips lib that touches SQL. Every read of a tip for a user takes the caller's row condition. */
@Injectable()
export class TipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  /** The next number of the JST day (1, 2, …), atomically. */
  async nextSequence(em: EntityManager, day: string): Promise<number> {
    const rows: { n: number }[] = await em.query(
      `INSERT INTO tip_sequences (day, last_value) VALUES ($1::date, 1)
       ON CONFLICT (day) DO UPDATE SET last_value = tip_sequences.last_value + 1 RETURNING last_value AS n`,
      [day],
    );
    return rows[0].n;
  }

  /** Keeps a day's counter at least at `value` (a tip numbered by hand, e.g. the demo's). */
  async raiseSequence(em: EntityManager, day: string, value: number): Promise<void> {
    await em.query(
      `INSERT INTO tip_sequences (day, last_value) VALUES ($1::date, $2)
       ON CONFLICT (day) DO UPDATE SET last_value = GREATEST(tip_sequences.last_value, EXCLUDED.last_value)`,
      [day, value],
    );
  }

  async insert(em: EntityManager, t: NewTip, at: Date): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO tips (receipt_number, category, channel, received_at, content, urgent, recorded_by, pin_hash, self_identification,
         disqualifications, wants_reward, report_due_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11, $12, $13, $13) RETURNING id`,
      [t.receiptNumber, t.category, t.channel, t.receivedAt, t.content, t.urgent, t.recordedBy, t.pinHash, t.selfIdentification,
        t.disqualifications, t.wantsReward, t.reportDueAt, at],
    );
    return rows[0].id;
  }

  async find(id: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<TipRow | null> {
    const qb = this.qb(em).select(SELECT('t')).from('tips', 't').where('t.id = :id', { id }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['t']);
    return revive(await qb.getRawOne());
  }

  /** Newest first; `after` is the (receivedAt, id) of the previous page's last row. */
  async list(rows: SqlFragment, filters: SqlFragment[], after: { receivedAt: Date; id: string } | null, limit: number): Promise<TipRow[]> {
    const qb = this.qb().select(SELECT('t')).from('tips', 't').where(rows.sql, rows.params);
    for (const f of filters) qb.andWhere(f.sql, f.params);
    if (after) qb.andWhere('(t.received_at, t.id) < (:afterAt, :afterId)', { afterAt: after.receivedAt, afterId: after.id });
    const raw = await qb.orderBy('t.received_at', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getRawMany();
    return raw.map((r) => revive(r)!);
  }

  /** A tip by id for a system job (no user): the deadline handlers. */
  async findForJob(em: EntityManager, id: string): Promise<{ id: string; receiptNumber: string; rewardNoticeRemovedAt: Date | null } | null> {
    const rows = await em.query(
      `SELECT id, receipt_number AS "receiptNumber", reward_notice_removed_at AS "rewardNoticeRemovedAt" FROM tips WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The PIN check's lookup: no row condition (the tipster has no account), and never leaves the service. */
  async credentials(em: EntityManager, receiptNumber: string, lock = false): Promise<TipCredentials | null> {
    const rows: TipCredentials[] = await em.query(
      `SELECT id, receipt_number AS "receiptNumber", pin_hash AS "pinHash" FROM tips WHERE receipt_number = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [receiptNumber],
    );
    return rows[0] ?? null;
  }

  async credentialsById(em: EntityManager, id: string): Promise<TipCredentials | null> {
    const rows: TipCredentials[] = await em.query(
      `SELECT id, receipt_number AS "receiptNumber", pin_hash AS "pinHash" FROM tips WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The questions asked of a tipster (their own tip, after the PIN check). */
  async questions(em: EntityManager, tipId: string): Promise<{ id: string; question: string; state: string; requestedAt: Date }[]> {
    return em.query(
      `SELECT id, question, state, requested_at AS "requestedAt" FROM tip_info_requests WHERE tip_id = $1 AND state <> 'WITHDRAWN' ORDER BY requested_at, id`,
      [tipId],
    );
  }

  async infoRequest(em: EntityManager, id: string, tipId: string): Promise<{ id: string; state: string } | null> {
    const rows = await em.query(`SELECT id, state FROM tip_info_requests WHERE id = $1 AND tip_id = $2 FOR UPDATE`, [id, tipId]);
    return rows[0] ?? null;
  }

  async openInfoRequest(em: EntityManager, tipId: string, question: string, by: string, at: Date): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO tip_info_requests (tip_id, question, requested_at, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tipId, question, at, by],
    );
    return rows[0].id;
  }

  async closeInfoRequest(em: EntityManager, id: string, state: 'ANSWERED' | 'WITHDRAWN', at: Date): Promise<boolean> {
    const rows = returnedRows(await em.query(
      `UPDATE tip_info_requests SET state = $2, closed_at = $3 WHERE id = $1 AND state = 'OPEN' RETURNING id`,
      [id, state, at],
    ));
    return rows.length > 0;
  }

  async addInformation(
    em: EntityManager,
    i: { tipId: string; requestId: string | null; channel: TipChannel; content: string; receivedAt: Date; recordedBy: string | null; reportDueAt: Date },
  ): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO tip_additional_information (tip_id, request_id, channel, content, received_at, recorded_by, report_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [i.tipId, i.requestId, i.channel, i.content, i.receivedAt, i.recordedBy, i.reportDueAt],
    );
    return rows[0].id;
  }

  /** Any change to a tip, on the version the user saw (or the current one for follow-ups of the same step). */
  async update(em: EntityManager, id: string, version: number, set: Record<string, unknown>, at: Date): Promise<boolean> {
    const columns = Object.keys(set);
    for (const c of columns) if (!UPDATABLE.has(c)) throw new Error(`not an updatable tip column: ${c}`);
    const assignments = columns.map((c, i) => `${c} = $${i + 4}`);
    const rows = returnedRows(await em.query(
      `UPDATE tips SET ${[...assignments, 'updated_at = $3', 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, at, ...columns.map((c) => set[c])],
    ));
    return rows.length > 0;
  }

  async touch(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE tips SET updated_at = $2, version = version + 1 WHERE id = $1`, [id, at]);
  }

  async markReported(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE tips SET reported_at = COALESCE(reported_at, $2), updated_at = $2, version = version + 1 WHERE id = $1`, [id, at]);
  }

  async markInformationReported(em: EntityManager, infoId: string, at: Date): Promise<string | null> {
    // TypeORM's postgres driver answers an UPDATE with [rows, rowCount], not the rows.
    const [rows] = (await em.query(
      `UPDATE tip_additional_information SET reported_at = COALESCE(reported_at, $2) WHERE id = $1 RETURNING tip_id AS "tipId"`,
      [infoId, at],
    )) as [{ tipId: string }[], number];
    return rows[0]?.tipId ?? null;
  }

  async tipOfInformation(em: EntityManager, infoId: string): Promise<string | null> {
    const rows: { tipId: string }[] = await em.query(`SELECT tip_id AS "tipId" FROM tip_additional_information WHERE id = $1`, [infoId]);
    return rows[0]?.tipId ?? null;
  }

  async removeRewardNotice(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(
      `UPDATE tips SET reward_notice_removed_at = $2, updated_at = $2, version = version + 1 WHERE id = $1 AND reward_notice_removed_at IS NULL`,
      [id, at],
    );
  }

  /** Public notice board: receipt numbers with an open request, and those on the reward list (posted < 1 year ago). */
  async publicNotices(since: Date): Promise<{ infoRequested: { receiptNumber: string; postedAt: Date }[]; rewards: { receiptNumber: string; postedAt: Date }[] }> {
    const infoRequested = await this.dataSource.query(
      `SELECT t.receipt_number AS "receiptNumber", min(r.requested_at) AS "postedAt"
         FROM tip_info_requests r JOIN tips t ON t.id = r.tip_id WHERE r.state = 'OPEN'
        GROUP BY t.receipt_number ORDER BY min(r.requested_at) DESC, t.receipt_number`,
    );
    const rewards = await this.dataSource.query(
      `SELECT receipt_number AS "receiptNumber", reward_notice_posted_at AS "postedAt" FROM tips
        WHERE reward_notice_posted_at IS NOT NULL AND reward_notice_removed_at IS NULL AND reward_notice_posted_at > $1
        ORDER BY reward_notice_posted_at DESC, receipt_number`,
      [since],
    );
    return { infoRequested, rewards };
  }

  /** 情報料支払台帳: every payment among the rows the caller may read (and whose reward fields they may read). */
  async ledger(rows: SqlFragment, paidAt: SqlFragment): Promise<RewardLedgerRow[]> {
    return (await this.qb()
      .select(`t.id AS "tipId", t.receipt_number AS "receiptNumber", t.reward_amount AS "rewardAmount",
               t.reward_payment_method AS "rewardPaymentMethod", t.reward_paid_at AS "rewardPaidAt"`)
      .from('tips', 't').where(rows.sql, rows.params).andWhere(`${paidAt.sql} IS NOT NULL`, paidAt.params)
      .orderBy('t.reward_paid_at', 'ASC').addOrderBy('t.id', 'ASC').getRawMany()) as RewardLedgerRow[];
  }

  async agencyKind(em: EntityManager, agencyId: string): Promise<string | null> {
    const rows: { kind: string }[] = await em.query(`SELECT kind FROM agencies WHERE id = $1 AND active`, [agencyId]);
    return rows[0]?.kind ?? null;
  }

  /** Active agencies of a kind (notification recipients: 警察庁, the tipline operator). */
  async agenciesOfKind(em: EntityManager, kind: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM agencies WHERE kind = $1 AND active ORDER BY id`, [kind]);
    return rows.map((r) => r.id);
  }

  async agencyIdByCode(em: EntityManager, code: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM agencies WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }

  // ---- PIN and intake throttles ----

  async lockThrottle(em: EntityManager, scope: ThrottleScope, key: string): Promise<ThrottleRow | null> {
    const rows = await em.query(
      `SELECT failures, window_started_at AS "windowStartedAt", locked_until AS "lockedUntil" FROM tip_pin_throttles
        WHERE scope = $1 AND key = $2 FOR UPDATE`,
      [scope, key],
    );
    return rows[0] ?? null;
  }

  async saveThrottle(em: EntityManager, scope: ThrottleScope, key: string, t: ThrottleRow, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO tip_pin_throttles (scope, key, failures, window_started_at, locked_until, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (scope, key) DO UPDATE SET failures = EXCLUDED.failures, window_started_at = EXCLUDED.window_started_at,
         locked_until = EXCLUDED.locked_until, updated_at = EXCLUDED.updated_at`,
      [scope, key, t.failures, t.windowStartedAt, t.lockedUntil, at],
    );
  }

  async clearThrottle(em: EntityManager, scope: ThrottleScope, key: string): Promise<void> {
    await em.query(`DELETE FROM tip_pin_throttles WHERE scope = $1 AND key = $2`, [scope, key]);
  }

  /** Forgets counters whose window and lock are over (keeps the table small; no address lingers). */
  async purgeThrottles(em: EntityManager, windowStartedBefore: Date, now: Date): Promise<void> {
    await em.query(
      `DELETE FROM tip_pin_throttles WHERE window_started_at < $1 AND (locked_until IS NULL OR locked_until < $2)`,
      [windowStartedBefore, now],
    );
  }

  // ---- demo ----

  async receiptExists(em: EntityManager, receiptNumber: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM tips WHERE receipt_number = $1`, [receiptNumber])).length > 0;
  }

  /** Demo case 2: the recruitment case that names this receipt number as its source. */
  async caseOfReceipt(em: EntityManager, receiptNumber: string): Promise<string | null> {
    const rows: { caseId: string }[] = await em.query(
      `SELECT case_id AS "caseId" FROM recruitment_posts WHERE tip_receipt_number = $1 ORDER BY created_at LIMIT 1`,
      [receiptNumber],
    );
    return rows[0]?.caseId ?? null;
  }
}

const UPDATABLE = new Set([
  'classification', 'classified_at', 'classified_by', 'forwarded_agency_id', 'forwarded_at', 'forwarded_by', 'case_id',
  'reward_amount', 'reward_decided_at', 'reward_decided_by', 'reward_notice_posted_at',
  'reward_payment_method', 'reward_paid_at', 'reward_paid_by',
]);


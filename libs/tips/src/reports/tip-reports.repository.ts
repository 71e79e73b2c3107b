import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import type { PublicListRemoval, RewardDecision, RewardPayment, TipSummary } from './tip-report.types';
import type { TipChannel } from '@renkei/core';

/** A row of tip_report_files, with the tip's receipt number. */
export interface TipReportFileRow {
  id: string;
  form: number;
  tipId: string | null;
  receiptNumber: string | null;
  informationId: string | null;
  period: string | null;
  fileName: string;
  fileKey: string;
  sha256: string;
  sizeBytes: number;
  generatedBy: string;
  generatedAt: Date;
  firstDownloadedAt: Date | null;
  firstDownloadedBy: string | null;
  downloadCount: number;
}

export interface NewTipReportFile {
  form: number;
  tipId: string | null;
  informationId: string | null;
  period: string | null;
  fileName: string;
  fileKey: string;
  sha256: string;
  sizeBytes: number;
  generatedBy: string;
  generatedAgencyId: string;
  generatedAt: Date;
}

/** [from, to): a JST day or month as instants. */
export interface Period {
  from: Date;
  to: Date;
}

const FILE_SELECT = `f.id AS "id", f.form AS "form", f.tip_id AS "tipId", t.receipt_number AS "receiptNumber", f.information_id AS "informationId",
  f.period AS "period", f.file_name AS "fileName", f.file_key AS "fileKey", f.sha256 AS "sha256", f.size_bytes::int AS "sizeBytes",
  f.generated_by AS "generatedBy", f.generated_at AS "generatedAt", f.first_downloaded_at AS "firstDownloadedAt",
  f.first_downloaded_by AS "firstDownloadedBy", f.download_count AS "downloadCount"`;

const SUMMARY_SELECT = `t.receipt_number AS "receiptNumber", t.received_at AS "receivedAt", t.channel AS "channel", t.category AS "category",
  t.classification AS "classification", t.urgent AS "urgent"`;

/** The only place of the report-file part that touches SQL. Report data is read through the caller's row condition on tips. */
@Injectable()
export class TipReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  async insert(em: EntityManager, f: NewTipReportFile): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO tip_report_files (form, tip_id, information_id, period, file_name, file_key, sha256, size_bytes, generated_by, generated_agency_id, generated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [f.form, f.tipId, f.informationId, f.period, f.fileName, f.fileKey, f.sha256, f.sizeBytes, f.generatedBy, f.generatedAgencyId, f.generatedAt],
    );
    return rows[0].id;
  }

  async find(id: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<TipReportFileRow | null> {
    const qb = this.qb(em).select(FILE_SELECT).from('tip_report_files', 'f').leftJoin('tips', 't', 't.id = f.tip_id')
      .where('f.id = :fileId', { fileId: id }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['f']);
    return ((await qb.getRawOne()) as TipReportFileRow | undefined) ?? null;
  }

  /** Newest first; `after` is the (generatedAt, id) of the previous page's last row. */
  async list(rows: SqlFragment, filters: SqlFragment[], after: { generatedAt: Date; id: string } | null, limit: number): Promise<TipReportFileRow[]> {
    const qb = this.qb().select(FILE_SELECT).from('tip_report_files', 'f').leftJoin('tips', 't', 't.id = f.tip_id').where(rows.sql, rows.params);
    for (const f of filters) qb.andWhere(f.sql, f.params);
    if (after) qb.andWhere('(f.generated_at, f.id) < (:afterAt, :afterId)', { afterAt: after.generatedAt, afterId: after.id });
    return (await qb.orderBy('f.generated_at', 'DESC').addOrderBy('f.id', 'DESC').limit(limit).getRawMany()) as TipReportFileRow[];
  }

  /** Counts a download; the first one is the recipient's receipt of the file. True when this was the first. */
  async markDownloaded(em: EntityManager, id: string, by: string, at: Date): Promise<boolean> {
    // TypeORM's postgres driver answers an UPDATE with [rows, rowCount].
    const [rows] = (await em.query(
      `UPDATE tip_report_files SET download_count = download_count + 1,
         first_downloaded_at = COALESCE(first_downloaded_at, $3), first_downloaded_by = COALESCE(first_downloaded_by, $2)
       WHERE id = $1 RETURNING download_count = 1 AS first`,
      [id, by, at],
    )) as [{ first: boolean }[], number];
    return rows[0]?.first === true;
  }

  async agencyName(em: EntityManager, agencyId: string): Promise<string | null> {
    const rows: { name: string }[] = await em.query(`SELECT name FROM agencies WHERE id = $1`, [agencyId]);
    return rows[0]?.name ?? null;
  }

  // ---- the data of forms 4 and 5, among the tips the caller may read ----

  async tipsReceived(em: EntityManager, tips: SqlFragment, period: Period): Promise<TipSummary[]> {
    return (await this.qb(em).select(SUMMARY_SELECT).from('tips', 't').where(tips.sql, tips.params)
      .andWhere('t.received_at >= :periodFrom AND t.received_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .orderBy('t.received_at', 'ASC').addOrderBy('t.receipt_number', 'ASC').getRawMany()) as TipSummary[];
  }

  async informationReceived(em: EntityManager, tips: SqlFragment, period: Period): Promise<{ receiptNumber: string; receivedAt: Date; channel: TipChannel }[]> {
    return (await this.qb(em).select(`t.receipt_number AS "receiptNumber", i.received_at AS "receivedAt", i.channel AS "channel"`)
      .from('tip_additional_information', 'i').innerJoin('tips', 't', 't.id = i.tip_id').where(tips.sql, tips.params)
      .andWhere('i.received_at >= :periodFrom AND i.received_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .orderBy('i.received_at', 'ASC').addOrderBy('i.id', 'ASC').getRawMany()) as { receiptNumber: string; receivedAt: Date; channel: TipChannel }[];
  }

  async rewardsDecided(em: EntityManager, tips: SqlFragment, period: Period): Promise<RewardDecision[]> {
    return (await this.qb(em).select(`t.receipt_number AS "receiptNumber", t.reward_decided_at AS "decidedAt", t.reward_amount AS "amount"`)
      .from('tips', 't').where(tips.sql, tips.params)
      .andWhere('t.reward_decided_at >= :periodFrom AND t.reward_decided_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .orderBy('t.reward_decided_at', 'ASC').getRawMany()) as RewardDecision[];
  }

  /** Costs (transfer fee, postage) are not recorded by the payment step yet: 0. */
  async rewardsPaid(em: EntityManager, tips: SqlFragment, period: Period): Promise<RewardPayment[]> {
    return (await this.qb(em).select(`t.receipt_number AS "receiptNumber", t.reward_paid_at AS "paidAt", t.reward_amount AS "amount",
        t.reward_payment_method AS "method", 0 AS "costs"`)
      .from('tips', 't').where(tips.sql, tips.params)
      .andWhere('t.reward_paid_at >= :periodFrom AND t.reward_paid_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .orderBy('t.reward_paid_at', 'ASC').getRawMany()) as RewardPayment[];
  }

  /** Receipt numbers taken off the public site: reward notices after their year, closed additional-information requests. */
  async removals(em: EntityManager, tips: SqlFragment, period: Period): Promise<PublicListRemoval[]> {
    const notices = (await this.qb(em).select(`t.receipt_number AS "receiptNumber", 'REWARD_NOTICE' AS "list",
        t.reward_notice_posted_at AS "postedAt", t.reward_notice_removed_at AS "removedAt"`)
      .from('tips', 't').where(tips.sql, tips.params)
      .andWhere('t.reward_notice_removed_at >= :periodFrom AND t.reward_notice_removed_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .getRawMany()) as PublicListRemoval[];
    const requests = (await this.qb(em).select(`t.receipt_number AS "receiptNumber", 'ADDITIONAL_INFORMATION_REQUEST' AS "list",
        r.requested_at AS "postedAt", r.closed_at AS "removedAt"`)
      .from('tip_info_requests', 'r').innerJoin('tips', 't', 't.id = r.tip_id').where(tips.sql, tips.params)
      .andWhere('r.closed_at >= :periodFrom AND r.closed_at < :periodTo', { periodFrom: period.from, periodTo: period.to })
      .getRawMany()) as PublicListRemoval[];
    return [...notices, ...requests].sort((a, b) => new Date(a.removedAt).getTime() - new Date(b.removedAt).getTime());
  }
}

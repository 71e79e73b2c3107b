import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import { caseContextSelect } from './recruitment.fields';
import type { VocabularyTerm } from './risk-score';
import type { ContactRow, LabourReferralStatus, NewContact, NewPost, PostRow, TakedownRow, TakedownChannel, TakedownKind, TakedownResult } from './recruitment.types';

const POST_SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.case_id AS "caseId", ${a}.platform AS "platform", ${a}.url AS "url", ${a}.text AS "text",
  ${a}.posted_at AS "postedAt", ${a}.captured_at AS "capturedAt", ${a}.screenshot_sha256 AS "screenshotHash",
  ${a}.matched_keywords AS "matchedKeywords", ${a}.risk_score AS "riskScore", ${a}.poster_handle AS "posterHandle",
  ${a}.source_channel AS "sourceChannel", ${a}.tip_receipt_number AS "tipReceiptNumber", ${a}.filed_by_agency_id AS "filedByAgencyId",
  ${a}.labour_referral_status AS "labourReferralStatus", ${a}.suspect_identity AS "suspectIdentity",
  ${a}.linked_criminal_cases AS "linkedCriminalCases", ${a}.investigation_notes AS "investigationNotes", ${a}.version AS "version",
  ${caseContextSelect(a)}`;

const CONTACT_SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.case_id AS "caseId", ${a}.kind AS "kind", ${a}.value AS "value",
  ${a}.messenger_service AS "messengerService", ${a}.carrier_agency_id AS "carrierAgencyId", ${caseContextSelect(a)}`;

const TAKEDOWN_SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.case_id AS "caseId", ${a}.kind AS "kind", ${a}.channel AS "channel", ${a}.template_id AS "templateId",
  ${a}.result AS "result", ${a}.reference AS "reference", ${a}.occurred_at AS "occurredAt", ${a}.recheck_due_at AS "recheckDueAt",
  ${a}.created_by AS "createdBy", ${caseContextSelect(a)}`;

/** The only place in the recruitment lib that touches SQL. Every read takes the caller's row condition. */
@Injectable()
export class RecruitmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  async vocabulary(em?: EntityManager): Promise<VocabularyTerm[]> {
    const rows: { term: string; weight: number }[] = await (em ?? this.dataSource.manager).query(
      `SELECT term, weight FROM recruitment_vocabulary WHERE active ORDER BY weight DESC, term`,
    );
    return rows;
  }

  /** The case of a post with this normalized URL, whoever may read it (dedupe only; never output as such). */
  async caseIdByUrl(em: EntityManager, urlNormalized: string): Promise<string | null> {
    const rows: { case_id: string }[] = await em.query(`SELECT case_id FROM recruitment_posts WHERE url_normalized = $1`, [urlNormalized]);
    return rows[0]?.case_id ?? null;
  }

  async insertPost(em: EntityManager, p: NewPost): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO recruitment_posts (case_id, platform, url, url_normalized, text, posted_at, captured_at, screenshot_sha256, matched_keywords,
         risk_score, poster_handle, source_channel, tip_receipt_number, filed_by_agency_id, suspect_identity, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
       ON CONFLICT (url_normalized) DO NOTHING RETURNING id`,
      [p.caseId, p.platform, p.url, p.urlNormalized, p.text, p.postedAt, p.capturedAt, p.screenshotHash, p.matchedKeywords, p.riskScore,
        p.posterHandle, p.sourceChannel, p.tipReceiptNumber, p.filedByAgencyId, p.suspectIdentity, p.at],
    );
    return rows[0]?.id ?? '';
  }

  async insertContacts(em: EntityManager, caseId: string, contacts: NewContact[], at: Date): Promise<void> {
    for (const c of contacts) {
      await em.query(
        `INSERT INTO recruitment_contacts (case_id, kind, value, messenger_service, carrier_agency_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (case_id, kind, value) DO NOTHING`,
        [caseId, c.kind, c.value, c.messengerService, c.carrierAgencyId, at],
      );
    }
  }

  async findPostByCase(caseId: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<PostRow | null> {
    const qb = this.qb(em).select(POST_SELECT('rp')).from('recruitment_posts', 'rp').where('rp.case_id = :caseId', { caseId }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['rp']);
    return ((await qb.getRawOne()) as PostRow | undefined) ?? null;
  }

  async postsByCases(caseIds: readonly string[], rows: SqlFragment): Promise<PostRow[]> {
    return (await this.qb().select(POST_SELECT('rp')).from('recruitment_posts', 'rp')
      .where('rp.case_id = ANY(:caseIds)', { caseIds }).andWhere(rows.sql, rows.params).getRawMany()) as PostRow[];
  }

  async contactsByCases(caseIds: readonly string[], rows: SqlFragment): Promise<ContactRow[]> {
    return (await this.qb().select(CONTACT_SELECT('rc')).from('recruitment_contacts', 'rc')
      .where('rc.case_id = ANY(:caseIds)', { caseIds }).andWhere(rows.sql, rows.params)
      .orderBy('rc.created_at').addOrderBy('rc.id').getRawMany()) as ContactRow[];
  }

  /** A contact of a case, by id or by value. */
  async findContact(em: EntityManager, caseId: string, id: string | null, value: string | null, rows: SqlFragment): Promise<ContactRow | null> {
    const qb = this.qb(em).select(CONTACT_SELECT('rc')).from('recruitment_contacts', 'rc').where('rc.case_id = :caseId', { caseId }).andWhere(rows.sql, rows.params);
    if (id) qb.andWhere('rc.id = :contactId', { contactId: id });
    if (value) qb.andWhere('rc.value = :contactValue', { contactValue: value });
    if (!id && !value) return null;
    return ((await qb.orderBy('rc.created_at').limit(1).getRawOne()) as ContactRow | undefined) ?? null;
  }

  async takedownsByCases(caseIds: readonly string[], rows: SqlFragment): Promise<TakedownRow[]> {
    return (await this.qb().select(TAKEDOWN_SELECT('rt')).from('recruitment_takedowns', 'rt')
      .where('rt.case_id = ANY(:caseIds)', { caseIds }).andWhere(rows.sql, rows.params)
      .orderBy('rt.occurred_at').addOrderBy('rt.id').getRawMany()) as TakedownRow[];
  }

  async findTakedown(id: string, rows: SqlFragment, em?: EntityManager): Promise<TakedownRow | null> {
    const row = await this.qb(em).select(TAKEDOWN_SELECT('rt')).from('recruitment_takedowns', 'rt')
      .where('rt.id = :id', { id }).andWhere(rows.sql, rows.params).getRawOne();
    return (row as TakedownRow | undefined) ?? null;
  }

  async insertTakedown(
    em: EntityManager,
    t: { caseId: string; kind: TakedownKind; channel: TakedownChannel | null; templateId: string | null; result: TakedownResult | null; reference: string | null; occurredAt: Date; recheckDueAt: Date | null; createdBy: string; at: Date },
  ): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO recruitment_takedowns (case_id, kind, channel, template_id, result, reference, occurred_at, recheck_due_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [t.caseId, t.kind, t.channel, t.templateId, t.result, t.reference, t.occurredAt, t.recheckDueAt, t.createdBy, t.at],
    );
    return rows[0].id;
  }

  /** Writes the named columns of a post on the version seen; false when the version moved. */
  async updatePost(em: EntityManager, id: string, version: number, changes: Partial<Pick<PostRow, 'labourReferralStatus' | 'suspectIdentity' | 'linkedCriminalCases' | 'investigationNotes'>>, at: Date): Promise<boolean> {
    const columns: Record<string, string> = {
      labourReferralStatus: 'labour_referral_status',
      suspectIdentity: 'suspect_identity',
      linkedCriminalCases: 'linked_criminal_cases',
      investigationNotes: 'investigation_notes',
    };
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    const sets = entries.map(([k], i) => `${columns[k]} = $${i + 4}`);
    // TypeORM answers an UPDATE with [rows, affected count]
    const result = await em.query(
      `UPDATE recruitment_posts SET ${[...sets, 'updated_at = $3', 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2`,
      [id, version, at, ...entries.map(([, v]) => v)],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  /** Referral status without a version (set together with the task that carries the referral). */
  async setReferralStatus(em: EntityManager, caseId: string, status: LabourReferralStatus, at: Date): Promise<void> {
    await em.query(`UPDATE recruitment_posts SET labour_referral_status = $2, updated_at = $3, version = version + 1 WHERE case_id = $1`, [caseId, status, at]);
  }

  /** The labour bureau of a prefecture (one per prefecture). */
  async labourBureauOf(em: EntityManager, prefectureId: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM agencies WHERE kind = 'LABOUR_BUREAU' AND prefecture_id = $1 AND active ORDER BY created_at, id LIMIT 1`,
      [prefectureId],
    );
    return rows[0]?.id ?? null;
  }

  /** The police HQ of a prefecture. */
  async policeHqOf(em: EntityManager, prefectureId: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM agencies WHERE kind = 'POLICE_HQ' AND prefecture_id = $1 AND active ORDER BY created_at, id LIMIT 1`,
      [prefectureId],
    );
    return rows[0]?.id ?? null;
  }

  async isCarrier(em: EntityManager, agencyId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM agencies WHERE id = $1 AND kind = 'CARRIER' AND active`, [agencyId]);
    return rows.length === 1;
  }

  async agencyIdByCode(em: EntityManager, code: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM agencies WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }

  /** Case id, prefecture, type and state of a case, for jobs that act on it (no user-visible output). */
  async caseFacts(em: EntityManager, caseId: string): Promise<{ id: string; state: string; version: number; prefectureId: string } | null> {
    const rows: { id: string; state: string; version: number; prefecture_id: string }[] = await em.query(
      `SELECT id, state, version, prefecture_id FROM cases WHERE id = $1`,
      [caseId],
    );
    return rows[0] ? { id: rows[0].id, state: rows[0].state, version: rows[0].version, prefectureId: rows[0].prefecture_id } : null;
  }

  async caseOfTakedown(em: EntityManager, takedownId: string): Promise<string | null> {
    const rows: { case_id: string }[] = await em.query(`SELECT case_id FROM recruitment_takedowns WHERE id = $1`, [takedownId]);
    return rows[0]?.case_id ?? null;
  }
}

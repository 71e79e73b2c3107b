import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import { caseContextSelect } from './evidence-request.fields';
import type { EvidenceRequestRow, NewEvidenceRequest } from './evidence-request.types';
import { returnedRows } from '@renkei/core';

const SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.case_id AS "caseId", ${a}.channel AS "channel", ${a}.country AS "country",
  ${a}.foreign_authority AS "foreignAuthority", ${a}.offence AS "offence", ${a}.legal_basis AS "legalBasis",
  ${a}.dual_criminality AS "dualCriminality", ${a}.dual_criminality_note AS "dualCriminalityNote", ${a}.requested_items AS "requestedItems",
  ${a}.indispensability AS "indispensability", ${a}.translation_status AS "translationStatus", ${a}.conditions_on_use AS "conditionsOnUse",
  ${a}.linked_case_ids::text[] AS "linkedCaseIds", ${a}.urgency AS "urgency", ${a}.drafted_at AS "draftedAt", ${a}.hq_approved_at AS "hqApprovedAt",
  ${a}.sent_to_npa_at AS "sentToNpaAt", ${a}.sent_abroad_at AS "sentAbroadAt", ${a}.acknowledged_at AS "acknowledgedAt",
  ${a}.partially_answered_at AS "partiallyAnsweredAt", ${a}.answered_at AS "answeredAt", ${a}.closed_at AS "closedAt",
  ${a}.received_evidence AS "receivedEvidence", ${a}.received_at AS "receivedAt", ${a}.version AS "version",
  ${caseContextSelect(a)}`;

/** Hop columns may only be these (never user input). */
const HOP_COLUMNS = new Set(['hq_approved_at', 'sent_to_npa_at', 'sent_abroad_at', 'acknowledged_at', 'partially_answered_at', 'answered_at', 'closed_at']);

/** The only place in the evidence request lib that touches SQL. Every read takes the caller's row condition. */
@Injectable()
export class EvidenceRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  async insert(em: EntityManager, r: NewEvidenceRequest): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO evidence_requests (case_id, channel, country, foreign_authority, offence, legal_basis, dual_criminality, dual_criminality_note,
         requested_items, indispensability, translation_status, conditions_on_use, linked_case_ids, urgency, drafted_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::uuid[], $14, $15, $15, $15) RETURNING id`,
      [r.caseId, r.channel, r.country, r.foreignAuthority, r.offence, r.legalBasis, r.dualCriminality, r.dualCriminalityNote, r.requestedItems,
        r.indispensability, r.translationStatus, r.conditionsOnUse, r.linkedCaseIds, r.urgency, r.at],
    );
    return rows[0].id;
  }

  async findByCase(caseId: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<EvidenceRequestRow | null> {
    const qb = this.qb(em).select(SELECT('er')).from('evidence_requests', 'er').where('er.case_id = :caseId', { caseId }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['er']);
    return ((await qb.getRawOne()) as EvidenceRequestRow | undefined) ?? null;
  }

  async byCases(caseIds: readonly string[], rows: SqlFragment): Promise<EvidenceRequestRow[]> {
    return (await this.qb().select(SELECT('er')).from('evidence_requests', 'er')
      .where('er.case_id = ANY(:caseIds)', { caseIds }).andWhere(rows.sql, rows.params).getRawMany()) as EvidenceRequestRow[];
  }

  /** Sets the date of a hop (first time only: a hop happens once). */
  async setHop(em: EntityManager, caseId: string, column: string, at: Date): Promise<void> {
    if (!HOP_COLUMNS.has(column)) throw new Error(`not a hop column: ${column}`);
    await em.query(
      `UPDATE evidence_requests SET ${column} = COALESCE(${column}, $2), updated_at = $2, version = version + 1 WHERE case_id = $1`,
      [caseId, at],
    );
  }

  async recordReceived(em: EntityManager, id: string, version: number, evidence: string, receivedAt: Date, at: Date): Promise<boolean> {
    const rows = returnedRows(await em.query(
      `UPDATE evidence_requests SET received_evidence = $3, received_at = $4, updated_at = $5, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, evidence, receivedAt, at],
    ));
    return rows.length > 0;
  }

  /** The case and state of a request (the follow-up handler, a system job). */
  async caseOf(em: EntityManager, id: string): Promise<{ caseId: string; state: string } | null> {
    const rows: { caseId: string; state: string }[] = await em.query(
      `SELECT er.case_id AS "caseId", c.state FROM evidence_requests er JOIN cases c ON c.id = er.case_id WHERE er.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The entities a case names (to link the request with the domestic cases it serves). */
  async entitiesOf(em: EntityManager, caseIds: string[]): Promise<{ kind: string; normalized: string }[]> {
    if (caseIds.length === 0) return [];
    return em.query(`SELECT DISTINCT kind, normalized FROM case_entities WHERE case_id = ANY($1::uuid[])`, [caseIds]);
  }

  /** Demo idempotence: a request of this station to this authority for these items exists. */
  async demoExists(em: EntityManager, owningAgencyId: string, foreignAuthority: string, requestedItems: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM evidence_requests er JOIN cases c ON c.id = er.case_id
        WHERE c.owning_agency_id = $1 AND er.foreign_authority = $2 AND er.requested_items = $3`,
      [owningAgencyId, foreignAuthority, requestedItems],
    );
    return rows.length > 0;
  }

  /** Demo: the call-forwarding provider case (demo case 3) of a station, by the provider's name. */
  async forwardingCaseOf(em: EntityManager, owningAgencyId: string, providerName: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `SELECT c.id FROM cases c JOIN forwarding_providers p ON p.case_id = c.id
        WHERE c.type = 'CALL_FORWARDING_PROVIDER' AND c.owning_agency_id = $1 AND p.name = $2 ORDER BY c.filed_at LIMIT 1`,
      [owningAgencyId, providerName],
    );
    return rows[0]?.id ?? null;
  }
}

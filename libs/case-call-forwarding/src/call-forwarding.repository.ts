import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import { caseContextSelect } from '@renkei/cases';
import type { Actor } from '@renkei/core';
import type { DamageRow, ImportRow, ImportState, NumberRow, NumberType, NumberUsage, ProviderRow, ReferralRow, SuspensionResult } from './call-forwarding.types';
import type { ImportedNumber, ImportRowError } from './forwarding-import.rows';


/** The case context (condition fields) of a row: loaded with every row, as the field rules test them. */
const CONTEXT = (a: string) => `${a}.case_id AS "caseId",
  ${caseContextSelect(a)}`;

const PROVIDER_SELECT = (a: string) => `${a}.id AS "id", ${a}.name AS "name", ${a}.corporate_number AS "corporateNumber",
  ${a}.corporate_number_valid AS "corporateNumberValid", ${a}.address AS "address", ${a}.representative AS "representative",
  ${a}.notification_number AS "notificationNumber", ${a}.service_name AS "serviceName", ${a}.updated_at AS "updatedAt",
  ${a}.version AS "version", ${CONTEXT(a)}`;

const NUMBER_SELECT = (a: string) => `${a}.id AS "id", ${a}.provider_id AS "providerId", ${a}.number AS "number",
  ${a}.number_type AS "numberType", ${a}.carrier_agency_id::text AS "carrierAgencyId", ${a}.reseller AS "reseller", ${a}.usage AS "usage",
  ${a}.warned_at AS "warnedAt", ${a}.restricted_at AS "restrictedAt", ${a}.created_at AS "createdAt", ${a}.requested_at AS "requestedAt",
  ${a}.suspension_task_id AS "suspensionTaskId", ${a}.result AS "result", ${a}.result_reason AS "resultReason",
  to_char(${a}.suspended_on, 'YYYY-MM-DD') AS "suspendedOn", ${a}.contract_holder AS "contractHolder", ${a}.answered_by AS "answeredBy",
  ${a}.answered_at AS "answeredAt", ${a}.updated_at AS "updatedAt", ${a}.version AS "version", ${CONTEXT(a)}`;

const DAMAGE_SELECT = (a: string) => `${a}.id AS "id", ${a}.fraud_case_reference AS "fraudCaseReference", ${a}.amount_yen::float8 AS "amountYen",
  ${a}.victim_name AS "victimName", ${a}.created_at AS "createdAt", ${CONTEXT(a)}`;

const IMPORT_SELECT = `i.id AS "id", i.case_id AS "caseId", i.state AS "state", i.file_key AS "fileKey", i.file_name AS "fileName",
  i.total_rows AS "totalRows", i.processed_rows AS "processedRows", i.imported_rows AS "importedRows", i.error_count AS "errorCount",
  i.errors AS "errors", i.failure AS "failure", i.created_by AS "createdBy", i.created_at AS "createdAt", i.started_at AS "startedAt",
  i.finished_at AS "finishedAt", i.updated_at AS "updatedAt"`;

const REFERRAL_SELECT = (a: string) => `${a}.id AS "id", ${a}.regulator_agency_id::text AS "regulatorAgencyId", ${a}.task_id AS "taskId",
  ${a}.request AS "request", ${a}.referred_by AS "referredBy", ${a}.referred_at AS "referredAt", ${a}.supervisory_action AS "supervisoryAction",
  to_char(${a}.action_taken_on, 'YYYY-MM-DD') AS "actionTakenOn", ${a}.reported_by AS "reportedBy", ${a}.reported_at AS "reportedAt",
  ${a}.updated_at AS "updatedAt", ${a}.version AS "version", ${CONTEXT(a)}`;

export interface NewProvider {
  caseId: string;
  name: string;
  corporateNumber: string | null;
  corporateNumberValid: boolean | null;
  address: string | null;
  representative: string | null;
  notificationNumber: string | null;
  serviceName: string | null;
  at: Date;
}

export interface NewNumber {
  number: string;
  numberType: NumberType;
  carrierAgencyId: string;
  reseller: string | null;
  usage: NumberUsage;
}

export interface NewDamage {
  fraudCaseReference: string | null;
  amountYen: number;
  victimName: string | null;
}

export interface SuspensionAnswer {
  result: SuspensionResult;
  resultReason: string | null;
  suspendedOn: string | null;
  contractHolder: string | null;
  answeredBy: string;
}

/** The only place in the call-forwarding lib that touches SQL. */
@Injectable()
export class CallForwardingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async insertProvider(em: EntityManager, p: NewProvider): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO forwarding_providers (case_id, name, corporate_number, corporate_number_valid, address, representative, notification_number, service_name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [p.caseId, p.name, p.corporateNumber, p.corporateNumberValid, p.address, p.representative, p.notificationNumber, p.serviceName, p.at],
    );
    return rows[0].id;
  }

  async insertNumbers(em: EntityManager, caseId: string, providerId: string, numbers: NewNumber[], at: Date): Promise<string[]> {
    if (numbers.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO forwarding_numbers (case_id, provider_id, number, number_type, carrier_agency_id, reseller, usage, created_at, updated_at)
       SELECT $1, $2, n.number, n.number_type, n.carrier::uuid, n.reseller, n.usage, $8, $8
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS n(number, number_type, carrier, reseller, usage, ord)
        ORDER BY n.ord
       RETURNING id`,
      [caseId, providerId, numbers.map((n) => n.number), numbers.map((n) => n.numberType), numbers.map((n) => n.carrierAgencyId), numbers.map((n) => n.reseller), numbers.map((n) => n.usage), at],
    );
    return rows.map((r) => r.id);
  }

  async insertDamages(em: EntityManager, caseId: string, damages: NewDamage[], at: Date): Promise<void> {
    for (const d of damages) {
      await em.query(`INSERT INTO forwarding_damages (case_id, fraud_case_reference, amount_yen, victim_name, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        caseId, d.fraudCaseReference, d.amountYen, d.victimName, at,
      ]);
    }
  }

  /** The agencies among `ids` that are active and of `kind`. */
  async agenciesOfKind(em: EntityManager, ids: string[], kind: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE id = ANY($1::uuid[]) AND kind = $2 AND active`, [ids, kind]);
    return rows.map((r) => r.id);
  }

  /** The active agencies of a kind (the regulator, when the referral does not name one). */
  async agenciesByKind(em: EntityManager, kind: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE kind = $1 AND active ORDER BY name, id`, [kind]);
    return rows.map((r) => r.id);
  }

  async providersOfCases(caseIds: readonly string[], rows: SqlFragment, em?: EntityManager): Promise<ProviderRow[]> {
    return (await this.em(em)
      .createQueryBuilder()
      .select(PROVIDER_SELECT('p'))
      .from('forwarding_providers', 'p')
      .where('p.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .getRawMany()) as ProviderRow[];
  }

  async numbersOfCases(caseIds: readonly string[], rows: SqlFragment, em?: EntityManager, lock = false): Promise<NumberRow[]> {
    const qb = this.em(em)
      .createQueryBuilder()
      .select(NUMBER_SELECT('n'))
      .from('forwarding_numbers', 'n')
      .where('n.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.number', 'ASC');
    if (lock) qb.setLock('pessimistic_write', undefined, ['n']);
    return (await qb.getRawMany()) as NumberRow[];
  }

  async findNumber(id: string, rows: SqlFragment, em?: EntityManager): Promise<NumberRow | null> {
    const qb = this.em(em).createQueryBuilder().select(NUMBER_SELECT('n')).from('forwarding_numbers', 'n').where('n.id = :numberId', { numberId: id }).andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as NumberRow | undefined) ?? null;
  }

  async damagesOfCases(caseIds: readonly string[], rows: SqlFragment): Promise<DamageRow[]> {
    return (await this.em()
      .createQueryBuilder()
      .select(DAMAGE_SELECT('d'))
      .from('forwarding_damages', 'd')
      .where('d.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getRawMany()) as DamageRow[];
  }

  async referralsOfCases(caseIds: readonly string[], rows: SqlFragment): Promise<ReferralRow[]> {
    return (await this.em()
      .createQueryBuilder()
      .select(REFERRAL_SELECT('r'))
      .from('regulator_referrals', 'r')
      .where('r.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('r.referred_at', 'ASC')
      .getRawMany()) as ReferralRow[];
  }

  async findReferral(id: string, rows: SqlFragment, em?: EntityManager): Promise<ReferralRow | null> {
    const qb = this.em(em).createQueryBuilder().select(REFERRAL_SELECT('r')).from('regulator_referrals', 'r').where('r.id = :referralId', { referralId: id }).andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as ReferralRow | undefined) ?? null;
  }

  async markRequested(em: EntityManager, numberIds: string[], taskId: string, at: Date): Promise<void> {
    await em.query(
      `UPDATE forwarding_numbers SET requested_at = $3, suspension_task_id = $2, updated_at = $3, version = version + 1 WHERE id = ANY($1::uuid[])`,
      [numberIds, taskId, at],
    );
  }

  /** The carrier's answer on the version it saw (false when the number changed meanwhile). */
  async answerNumber(em: EntityManager, id: string, version: number, a: SuspensionAnswer, at: Date): Promise<boolean> {
    const result = await em.query(
      `UPDATE forwarding_numbers SET result = $3, result_reason = $4, suspended_on = $5::date, contract_holder = $6, answered_by = $7,
              answered_at = $8, updated_at = $8, version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, version, a.result, a.resultReason, a.suspendedOn, a.contractHolder, a.answeredBy, at],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  /** The state and version of a task (to answer it once every number of it is answered). */
  async taskState(taskId: string): Promise<{ state: string; version: number } | null> {
    const rows: { state: string; version: number }[] = await this.em().query(`SELECT state, version FROM tasks WHERE id = $1`, [taskId]);
    return rows[0] ?? null;
  }

  /** Per result, how many numbers of a suspension task have it (null = not answered yet). */
  async resultsOfTask(taskId: string): Promise<{ result: string | null; n: number }[]> {
    return this.em().query(`SELECT result, count(*)::int AS n FROM forwarding_numbers WHERE suspension_task_id = $1 GROUP BY result`, [taskId]);
  }

  async agencyIdByCode(em: EntityManager, code: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }

  async insertReferral(em: EntityManager, r: { caseId: string; regulatorAgencyId: string; taskId: string; request: string; referredBy: string; at: Date }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO regulator_referrals (case_id, regulator_agency_id, task_id, request, referred_by, referred_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [r.caseId, r.regulatorAgencyId, r.taskId, r.request, r.referredBy, r.at],
    );
    return rows[0].id;
  }

  async reportAction(em: EntityManager, id: string, version: number, a: { supervisoryAction: string; actionTakenOn: string | null; reportedBy: string }, at: Date): Promise<boolean> {
    const result = await em.query(
      `UPDATE regulator_referrals SET supervisory_action = $3, action_taken_on = $4::date, reported_by = $5, reported_at = $6, updated_at = $6, version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, version, a.supervisoryAction, a.actionTakenOn, a.reportedBy, at],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  /** The demo seeder's idempotence check: a provider with this corporate number in a case of this agency. */
  async providerExists(em: EntityManager, owningAgencyId: string, corporateNumber: string): Promise<boolean> {
    const rows = await em.query(
      `SELECT 1 FROM forwarding_providers p JOIN cases c ON c.id = p.case_id WHERE c.owning_agency_id = $1 AND p.corporate_number = $2 LIMIT 1`,
      [owningAgencyId, corporateNumber],
    );
    return rows.length > 0;
  }

  // Bulk import (CSV) of a provider's numbers.

  async insertImport(em: EntityManager, i: { caseId: string; fileKey: string; fileName: string | null; createdBy: string; at: Date }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO forwarding_imports (case_id, file_key, file_name, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [i.caseId, i.fileKey, i.fileName, i.createdBy, i.at],
    );
    return rows[0].id;
  }

  async findImport(id: string, em?: EntityManager): Promise<ImportRow | null> {
    const rows: ImportRow[] = await this.em(em).query(`SELECT ${IMPORT_SELECT} FROM forwarding_imports i WHERE i.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Moves an import on (own short transaction: the user follows it while the import's transaction is open). */
  async updateImport(
    id: string,
    u: { state?: ImportState; totalRows?: number; processedRows?: number; importedRows?: number; errorCount?: number; errors?: ImportRowError[]; failure?: string | null; startedAt?: Date; finishedAt?: Date },
    at: Date,
  ): Promise<void> {
    await this.em().query(
      `UPDATE forwarding_imports SET state = COALESCE($2, state), total_rows = COALESCE($3, total_rows), processed_rows = COALESCE($4, processed_rows),
              imported_rows = COALESCE($5, imported_rows), error_count = COALESCE($6, error_count), errors = COALESCE($7::jsonb, errors),
              failure = CASE WHEN $8::boolean THEN $9 ELSE failure END, started_at = COALESCE($10, started_at), finished_at = COALESCE($11, finished_at), updated_at = $12
        WHERE id = $1`,
      [
        id, u.state ?? null, u.totalRows ?? null, u.processedRows ?? null, u.importedRows ?? null, u.errorCount ?? null,
        u.errors ? JSON.stringify(u.errors) : null, u.failure !== undefined, u.failure ?? null, u.startedAt ?? null, u.finishedAt ?? null, at,
      ],
    );
  }

  /** One import (or suspension change) at a time per provider; foreign keys to it still go through. */
  async lockProvider(em: EntityManager, providerId: string): Promise<void> {
    await em.query(`SELECT 1 FROM forwarding_providers WHERE id = $1 FOR NO KEY UPDATE`, [providerId]);
  }

  /** Every agency by lower-cased code, and whether it is an active carrier. */
  async agenciesByCode(em: EntityManager, carrierKind: string): Promise<Map<string, { id: string; isCarrier: boolean }>> {
    const rows: { code: string; id: string; is_carrier: boolean }[] = await em.query(
      `SELECT lower(code) AS code, id::text AS id, (kind = $1 AND active) AS is_carrier FROM agencies WHERE code IS NOT NULL`,
      [carrierKind],
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, isCarrier: r.is_carrier }]));
  }

  async numbersInCase(em: EntityManager, caseId: string): Promise<Set<string>> {
    const rows: { number: string }[] = await em.query(`SELECT number FROM forwarding_numbers WHERE case_id = $1`, [caseId]);
    return new Set(rows.map((r) => r.number));
  }

  /** One multi-row INSERT per batch (arrays unnested server-side: one statement, one round trip). */
  async insertImportedNumbers(em: EntityManager, caseId: string, providerId: string, numbers: ImportedNumber[], at: Date): Promise<number> {
    if (numbers.length === 0) return 0;
    const result = await em.query(
      `INSERT INTO forwarding_numbers (case_id, provider_id, number, number_type, carrier_agency_id, usage, contract_holder, created_at, updated_at)
       SELECT $1, $2, n.number, n.number_type, n.carrier::uuid, n.usage, n.holder, $8, $8
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS n(number, number_type, carrier, usage, holder)`,
      [caseId, providerId, numbers.map((n) => n.number), numbers.map((n) => n.numberType), numbers.map((n) => n.carrierAgencyId), numbers.map((n) => n.usage), numbers.map((n) => n.contractHolder), at],
    );
    return (result as [unknown, number])[1] ?? numbers.length;
  }

  /** The acting user of a job, as the guard would build it (null when gone or deactivated). */
  async actorById(userId: string): Promise<Actor | null> {
    const rows: Record<string, unknown>[] = await this.em().query(
      `SELECT u.id::text AS "userId", u.username, u.role, u.unit_id::text AS "unitId", u.authz_version AS "authzVersion",
              a.id::text AS "agencyId", a.kind AS "agencyKind", a.parent_agency_id::text AS "parentAgencyId", a.prefecture_id::text AS "prefectureId"
         FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1 AND u.active AND a.active`,
      [userId],
    );
    return rows[0] ? ({ ...rows[0], sessionId: null } as unknown as Actor) : null;
  }

  // Per contract-holder counts and the stock-number batch restriction.

  /** Numbers and cases per contract holder, over the number rows in `rows` (and only where the holder is readable: `holder`). */
  async holderCounts(rows: SqlFragment, holder: SqlFragment): Promise<{ contractHolder: string; numberCount: number; caseCount: number; caseIds: string[] }[]> {
    return (await this.em()
      .createQueryBuilder()
      .select(`${holder.sql}`, 'contractHolder')
      .addSelect('count(*)::int', 'numberCount')
      .addSelect('count(DISTINCT n.case_id)::int', 'caseCount')
      .addSelect('array_agg(DISTINCT n.case_id)', 'caseIds')
      .from('forwarding_numbers', 'n')
      .where(rows.sql, rows.params)
      .andWhere(`(${holder.sql}) IS NOT NULL`, holder.params)
      .groupBy(`${holder.sql}`)
      .orderBy('"numberCount"', 'DESC')
      .addOrderBy('"contractHolder"', 'ASC')
      .getRawMany()) as { contractHolder: string; numberCount: number; caseCount: number; caseIds: string[] }[];
  }

  /** 在庫番号一括利用制限: every stock number of the case not yet restricted, in one statement. */
  async restrictStock(em: EntityManager, caseId: string, at: Date): Promise<number> {
    const result = await em.query(
      `UPDATE forwarding_numbers SET restricted_at = $2, updated_at = $2, version = version + 1
        WHERE case_id = $1 AND usage = 'STOCK' AND restricted_at IS NULL`,
      [caseId, at],
    );
    return (result as [unknown, number])[1] ?? 0;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import { caseContextSelect } from '@renkei/cases';
import type { AccountRow, AccountType, ContractRow, ContractType, DepartureNoteKind, DepartureRowStatus, NoteRow, ResidentRow } from './departure.types';


/** The case context (condition fields) of a row: loaded with every row, as the field rules test them. */
const CONTEXT = (a: string) => `${a}.case_id AS "caseId",
  ${caseContextSelect(a)}`;

const day = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;

// 特例期間 (入管法 §20(6)): up to two months after the expiry while an application is pending; computed, never stored.
const RESIDENT_SELECT = (a: string) => `${a}.id AS "id", ${a}.romaji_name AS "romajiName", ${a}.kana_name AS "kanaName",
  ${day(`${a}.date_of_birth`)} AS "dateOfBirth", ${a}.residence_card_number AS "residenceCardNumber", ${a}.nationality AS "nationality",
  ${a}.status_of_residence AS "statusOfResidence", ${a}.address AS "address", ${a}.application_pending AS "applicationPending",
  ${a}.application_number AS "applicationNumber", ${day(`${a}.application_date`)} AS "applicationDate",
  ${day(`${a}.residence_expiry`)} AS "residenceExpiry",
  CASE WHEN ${a}.application_pending THEN ${day(`(${a}.residence_expiry + interval '2 months')::date`)} END AS "gracePeriodEnd",
  ${day(`${a}.planned_departure`)} AS "plannedDeparture", ${day(`${a}.confirmed_departure`)} AS "confirmedDeparture",
  ${a}.updated_at AS "updatedAt", ${a}.version AS "version", ${CONTEXT(a)}`;

const ANSWER = (a: string) => `${a}.task_id::text AS "taskId", ${a}.status AS "status", ${a}.legal_basis AS "legalBasis",
  ${day(`${a}.status_on`)} AS "statusOn", ${a}.answered_by::text AS "answeredBy", ${a}.answered_at AS "answeredAt",
  ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt", ${a}.version AS "version"`;

const ACCOUNT_SELECT = (a: string) => `${a}.id AS "id", ${a}.bank_agency_id::text AS "bankAgencyId", ${a}.branch_name AS "branchName",
  ${a}.account_type AS "accountType", ${a}.account_number AS "accountNumber", ${a}.holder_kana AS "holderKana", ${ANSWER(a)}, ${CONTEXT(a)}`;

const CONTRACT_SELECT = (a: string) => `${a}.id AS "id", ${a}.carrier_agency_id::text AS "carrierAgencyId", ${a}.number AS "number",
  ${a}.contract_type AS "contractType", ${ANSWER(a)}, ${CONTEXT(a)}`;

const NOTE_SELECT = (a: string) => `${a}.id AS "id", ${a}.body AS "body", ${a}.author_id::text AS "authorId", ${a}.created_at AS "createdAt", ${CONTEXT(a)}`;

export interface NewResident {
  caseId: string;
  romajiName: string;
  kanaName: string | null;
  dateOfBirth: string;
  residenceCardNumber: string;
  nationality: string | null;
  statusOfResidence: string | null;
  address: string | null;
  applicationPending: boolean;
  applicationNumber: string | null;
  applicationDate: string | null;
  residenceExpiry: string;
  plannedDeparture: string | null;
  confirmedDeparture: string | null;
  at: Date;
}

export interface NewAccount {
  bankAgencyId: string;
  branchName: string;
  accountType: AccountType;
  accountNumber: string;
  holderKana: string | null;
}

export interface NewContract {
  carrierAgencyId: string;
  number: string;
  contractType: ContractType | null;
}

export interface RowAnswer {
  status: DepartureRowStatus;
  legalBasis: string;
  statusOn: string;
  answeredBy: string;
}

type Table = 'departure_accounts' | 'departure_contracts';

/** The only place in the departure lib that touches SQL. */
@Injectable()
export class DepartureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async insertResident(em: EntityManager, r: NewResident): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO departing_residents (case_id, romaji_name, kana_name, date_of_birth, residence_card_number, nationality, status_of_residence, address,
              application_pending, application_number, application_date, residence_expiry, planned_departure, confirmed_departure, created_at, updated_at)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, $11::date, $12::date, $13::date, $14::date, $15, $15) RETURNING id`,
      [
        r.caseId, r.romajiName, r.kanaName, r.dateOfBirth, r.residenceCardNumber, r.nationality, r.statusOfResidence, r.address,
        r.applicationPending, r.applicationNumber, r.applicationDate, r.residenceExpiry, r.plannedDeparture, r.confirmedDeparture, r.at,
      ],
    );
    return rows[0].id;
  }

  async insertAccount(em: EntityManager, caseId: string, residentId: string, a: NewAccount, at: Date): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO departure_accounts (case_id, resident_id, bank_agency_id, branch_name, account_type, account_number, holder_kana, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [caseId, residentId, a.bankAgencyId, a.branchName, a.accountType, a.accountNumber, a.holderKana, at],
    );
    return rows[0].id;
  }

  async insertContract(em: EntityManager, caseId: string, residentId: string, c: NewContract, at: Date): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO departure_contracts (case_id, resident_id, carrier_agency_id, number, contract_type, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [caseId, residentId, c.carrierAgencyId, c.number, c.contractType, at],
    );
    return rows[0].id;
  }

  async insertNote(em: EntityManager, n: { caseId: string; kind: DepartureNoteKind; body: string; authorId: string; at: Date }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO departure_notes (case_id, kind, body, author_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.caseId, n.kind, n.body, n.authorId, n.at],
    );
    return rows[0].id;
  }

  async setTask(em: EntityManager, table: Table, ids: string[], taskId: string): Promise<void> {
    await em.query(`UPDATE ${table} SET task_id = $2 WHERE id = ANY($1::uuid[])`, [ids, taskId]);
  }

  /** The agencies among `ids` that are active and of `kind`. */
  async agenciesOfKind(em: EntityManager, ids: string[], kind: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE id = ANY($1::uuid[]) AND kind = $2 AND active`, [ids, kind]);
    return rows.map((r) => r.id);
  }

  /** The active agencies of a kind (immigration, when the filing does not name one). */
  async agenciesByKind(em: EntityManager, kind: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE kind = $1 AND active ORDER BY name, id`, [kind]);
    return rows.map((r) => r.id);
  }

  async policeHqOf(em: EntityManager, prefectureId: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `SELECT id::text AS id FROM agencies WHERE kind = 'POLICE_HQ' AND prefecture_id = $1 AND active ORDER BY created_at, id LIMIT 1`,
      [prefectureId],
    );
    return rows[0]?.id ?? null;
  }

  async agencyIdByCode(em: EntityManager, code: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(`SELECT id::text AS id FROM agencies WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }

  async residentsOfCases(caseIds: readonly string[], rows: SqlFragment, em?: EntityManager): Promise<ResidentRow[]> {
    return (await this.em(em)
      .createQueryBuilder()
      .select(RESIDENT_SELECT('r'))
      .from('departing_residents', 'r')
      .where('r.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .getRawMany()) as ResidentRow[];
  }

  async accountsOfCases(caseIds: readonly string[], rows: SqlFragment, em?: EntityManager): Promise<AccountRow[]> {
    return (await this.em(em)
      .createQueryBuilder()
      .select(ACCOUNT_SELECT('a'))
      .from('departure_accounts', 'a')
      .where('a.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('a.seq', 'ASC')
      .getRawMany()) as AccountRow[];
  }

  async contractsOfCases(caseIds: readonly string[], rows: SqlFragment, em?: EntityManager): Promise<ContractRow[]> {
    return (await this.em(em)
      .createQueryBuilder()
      .select(CONTRACT_SELECT('c'))
      .from('departure_contracts', 'c')
      .where('c.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('c.seq', 'ASC')
      .getRawMany()) as ContractRow[];
  }

  async notesOfCases(caseIds: readonly string[], kind: DepartureNoteKind, rows: SqlFragment): Promise<NoteRow[]> {
    return (await this.em()
      .createQueryBuilder()
      .select(NOTE_SELECT('n'))
      .from('departure_notes', 'n')
      .where('n.case_id = ANY(:caseIds)', { caseIds })
      .andWhere('n.kind = :kind', { kind })
      .andWhere(rows.sql, rows.params)
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getRawMany()) as NoteRow[];
  }

  async findAccount(id: string, rows: SqlFragment, em?: EntityManager): Promise<AccountRow | null> {
    const qb = this.em(em).createQueryBuilder().select(ACCOUNT_SELECT('a')).from('departure_accounts', 'a').where('a.id = :rowId', { rowId: id }).andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as AccountRow | undefined) ?? null;
  }

  async findContract(id: string, rows: SqlFragment, em?: EntityManager): Promise<ContractRow | null> {
    const qb = this.em(em).createQueryBuilder().select(CONTRACT_SELECT('c')).from('departure_contracts', 'c').where('c.id = :rowId', { rowId: id }).andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as ContractRow | undefined) ?? null;
  }

  /** The institution's answer on the version it saw (false when the row changed meanwhile). */
  async answerRow(em: EntityManager, table: Table, id: string, version: number, a: RowAnswer, at: Date): Promise<boolean> {
    const result = await em.query(
      `UPDATE ${table} SET status = $3, legal_basis = $4, status_on = $5::date, answered_by = $6, answered_at = $7, updated_at = $7, version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, version, a.status, a.legalBasis, a.statusOn, a.answeredBy, at],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  /** Per status, how many rows of a task have it (null = not answered yet). */
  async statusesOfTask(taskId: string): Promise<{ status: string | null; n: number }[]> {
    return this.em().query(
      `SELECT status, count(*)::int AS n FROM (SELECT status FROM departure_accounts WHERE task_id = $1 UNION ALL SELECT status FROM departure_contracts WHERE task_id = $1) x GROUP BY status`,
      [taskId],
    );
  }

  async taskState(taskId: string): Promise<{ state: string; version: number } | null> {
    const rows: { state: string; version: number }[] = await this.em().query(`SELECT state, version FROM tasks WHERE id = $1`, [taskId]);
    return rows[0] ?? null;
  }

  /** The demo seeder's idempotence check: a resident with this card in a case of this agency. */
  async residentExists(em: EntityManager, owningAgencyId: string, residenceCardNumber: string): Promise<boolean> {
    const rows = await em.query(
      `SELECT 1 FROM departing_residents r JOIN cases c ON c.id = r.case_id WHERE c.owning_agency_id = $1 AND r.residence_card_number = $2 LIMIT 1`,
      [owningAgencyId, residenceCardNumber],
    );
    return rows.length > 0;
  }
}

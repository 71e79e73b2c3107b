import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 帰国する在留外国人の口座・携帯電話 (case type DEPARTING_RESIDENT): the person of a case, their
 * bank accounts and phone contracts with each institution's answer per row, and the notes
 * (immigration's, police risk). The grace end (特例期間) is computed when read, never stored.
 */
export class CreateDepartingResidents1764000000000 implements MigrationInterface {
  name = 'CreateDepartingResidents1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE departing_residents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        romaji_name text NOT NULL,
        kana_name text,
        date_of_birth date NOT NULL,
        residence_card_number char(12) NOT NULL CHECK (residence_card_number ~ '^[A-Z]{2}[0-9]{8}[A-Z]{2}$'),
        nationality char(2) CHECK (nationality ~ '^[A-Z]{2}$'),
        status_of_residence text,
        address text,
        application_pending boolean NOT NULL DEFAULT false,
        application_number text,
        application_date date,
        residence_expiry date NOT NULL,
        planned_departure date,
        confirmed_departure date,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (application_pending OR (application_number IS NULL AND application_date IS NULL))
      )`);
    await q.query(`CREATE INDEX departing_residents_card_idx ON departing_residents (residence_card_number)`);
    await q.query(`CREATE INDEX departing_residents_expiry_idx ON departing_residents (residence_expiry)`);
    await q.query(`
      CREATE TABLE departure_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id),
        resident_id uuid NOT NULL REFERENCES departing_residents(id),
        bank_agency_id uuid NOT NULL REFERENCES agencies(id),
        branch_name text NOT NULL,
        account_type text NOT NULL CHECK (account_type IN ('ORDINARY','CURRENT','SAVINGS')),
        account_number text NOT NULL CHECK (account_number ~ '^[0-9]{1,8}$'),
        holder_kana text,
        task_id uuid REFERENCES tasks(id),
        status text CHECK (status IN ('NOT_HELD','NORMAL','WITHDRAWALS_RESTRICTED','FROZEN','CLOSED')),
        legal_basis text,
        status_on date,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (case_id, bank_agency_id, branch_name, account_type, account_number),
        CHECK (status IS NULL OR (legal_basis IS NOT NULL AND status_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX departure_accounts_bank_idx ON departure_accounts (bank_agency_id, case_id)`);
    await q.query(`CREATE INDEX departure_accounts_task_idx ON departure_accounts (task_id)`);
    await q.query(`
      CREATE TABLE departure_contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id),
        resident_id uuid NOT NULL REFERENCES departing_residents(id),
        carrier_agency_id uuid NOT NULL REFERENCES agencies(id),
        number text NOT NULL CHECK (number ~ '^\\+[1-9][0-9]{6,14}$'),
        contract_type text CHECK (contract_type IN ('VOICE','DATA_ONLY','PREPAID')),
        task_id uuid REFERENCES tasks(id),
        status text CHECK (status IN ('NOT_HELD','NORMAL','WITHDRAWALS_RESTRICTED','FROZEN','CLOSED')),
        legal_basis text,
        status_on date,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (case_id, number),
        CHECK (status IS NULL OR (legal_basis IS NOT NULL AND status_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX departure_contracts_carrier_idx ON departure_contracts (carrier_agency_id, case_id)`);
    await q.query(`CREATE INDEX departure_contracts_task_idx ON departure_contracts (task_id)`);
    await q.query(`
      CREATE TABLE departure_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('IMMIGRATION','POLICE_RISK')),
        body text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX departure_notes_case_idx ON departure_notes (case_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS departure_notes`);
    await q.query(`DROP TABLE IF EXISTS departure_contracts`);
    await q.query(`DROP TABLE IF EXISTS departure_accounts`);
    await q.query(`DROP TABLE IF EXISTS departing_residents`);
  }
}

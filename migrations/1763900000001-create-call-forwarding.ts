import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 悪質な電話転送サービス事業者 (case type CALL_FORWARDING_PROVIDER): the provider of a case, its
 * phone numbers with the suspension request and the carrier's answer per number, the linked
 * fraud damage (police only) and the referral to the regulator with its supervisory action.
 */
export class CreateCallForwarding1763900000001 implements MigrationInterface {
  name = 'CreateCallForwarding1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forwarding_providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        name text NOT NULL,
        corporate_number char(13) CHECK (corporate_number ~ '^[0-9]{13}$'),
        corporate_number_valid boolean,
        address text,
        representative text,
        notification_number text,
        service_name text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX forwarding_providers_corporate_idx ON forwarding_providers (corporate_number)`);
    await q.query(`
      CREATE TABLE forwarding_numbers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        provider_id uuid NOT NULL REFERENCES forwarding_providers(id),
        number text NOT NULL CHECK (number ~ '^\\+[1-9][0-9]{6,14}$'),
        number_type text NOT NULL CHECK (number_type IN ('FIXED','IP_050','MOBILE')),
        carrier_agency_id uuid NOT NULL REFERENCES agencies(id),
        reseller text,
        usage text NOT NULL CHECK (usage IN ('FRAUD_USED','STOCK')),
        warned_at timestamptz,
        restricted_at timestamptz,
        requested_at timestamptz,
        suspension_task_id uuid REFERENCES tasks(id),
        result text CHECK (result IN ('SUSPENDED','REFUSED','NOT_OURS')),
        result_reason text,
        suspended_on date,
        contract_holder text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (case_id, number),
        CHECK (result IS DISTINCT FROM 'SUSPENDED' OR suspended_on IS NOT NULL),
        CHECK (result IS DISTINCT FROM 'REFUSED' OR result_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX forwarding_numbers_carrier_idx ON forwarding_numbers (carrier_agency_id, case_id)`);
    await q.query(`CREATE INDEX forwarding_numbers_number_idx ON forwarding_numbers (number)`);
    await q.query(`CREATE INDEX forwarding_numbers_holder_idx ON forwarding_numbers (contract_holder) WHERE contract_holder IS NOT NULL`);
    await q.query(`
      CREATE TABLE forwarding_damages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        fraud_case_reference text,
        amount_yen bigint NOT NULL CHECK (amount_yen >= 0),
        victim_name text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX forwarding_damages_case_idx ON forwarding_damages (case_id)`);
    await q.query(`
      CREATE TABLE regulator_referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        regulator_agency_id uuid NOT NULL REFERENCES agencies(id),
        task_id uuid NOT NULL UNIQUE REFERENCES tasks(id),
        request text NOT NULL,
        referred_by uuid NOT NULL REFERENCES users(id),
        referred_at timestamptz NOT NULL,
        supervisory_action text,
        action_taken_on date,
        reported_by uuid REFERENCES users(id),
        reported_at timestamptz,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX regulator_referrals_case_idx ON regulator_referrals (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS regulator_referrals`);
    await q.query(`DROP TABLE IF EXISTS forwarding_damages`);
    await q.query(`DROP TABLE IF EXISTS forwarding_numbers`);
    await q.query(`DROP TABLE IF EXISTS forwarding_providers`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 匿名通報 (anonymous tips): the tip with its receipt number (受付番号) and the argon2id hash of
 * the tipster's PIN (暗証番号), triage (classification, forwarding to a prefecture, the case
 * opened from it), the additional-information requests and what the tipster added, the reward
 * (情報料: eligibility answers, decision, public notice, payment) and the PIN throttle.
 * No IP address or user agent is stored with a tip.
 */
export class CreateTips1764100000000 implements MigrationInterface {
  name = 'CreateTips1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // One counter per JST day: T-YYYYMMDD-NNNN.
    await q.query(`
      CREATE TABLE tip_sequences (
        day date PRIMARY KEY,
        last_value integer NOT NULL CHECK (last_value >= 0)
      )`);
    await q.query(`
      CREATE TABLE tips (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        receipt_number text NOT NULL UNIQUE CHECK (receipt_number ~ '^T-[0-9]{8}-[0-9]{4,6}$'),
        category text NOT NULL CHECK (category IN ('ORGANIZED_CRIME','DRUGS','FIREARMS','SPECIAL_FRAUD','JUVENILE_WELFARE','CHILD_ABUSE','HUMAN_TRAFFICKING','ONLINE_CASINO','CRIME_INFRASTRUCTURE')),
        channel text NOT NULL CHECK (channel IN ('PHONE','WEB')),
        received_at timestamptz NOT NULL,
        content text NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES users(id),
        pin_hash text NOT NULL,
        self_identification text,
        disqualifications text[] NOT NULL DEFAULT '{}',
        wants_reward boolean NOT NULL DEFAULT false,
        classification text CHECK (classification IN ('TARGET','REFERENCE')),
        classified_at timestamptz,
        classified_by uuid REFERENCES users(id),
        forwarded_agency_id uuid REFERENCES agencies(id),
        forwarded_at timestamptz,
        forwarded_by uuid REFERENCES users(id),
        case_id uuid REFERENCES cases(id),
        report_due_at timestamptz NOT NULL,
        reported_at timestamptz,
        reward_amount integer CHECK (reward_amount > 0),
        reward_decided_at timestamptz,
        reward_decided_by uuid REFERENCES users(id),
        reward_notice_posted_at timestamptz,
        reward_notice_removed_at timestamptz,
        reward_payment_method text CHECK (reward_payment_method IN ('CASH','TRANSFER','POST')),
        reward_paid_at timestamptz,
        reward_paid_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((reward_paid_at IS NULL) = (reward_payment_method IS NULL)),
        CHECK (reward_paid_at IS NULL OR reward_amount IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX tips_received_idx ON tips (received_at DESC)`);
    await q.query(`CREATE INDEX tips_forwarded_idx ON tips (forwarded_agency_id) WHERE forwarded_agency_id IS NOT NULL`);
    await q.query(`CREATE INDEX tips_reward_notice_idx ON tips (reward_notice_posted_at) WHERE reward_notice_posted_at IS NOT NULL AND reward_notice_removed_at IS NULL`);
    await q.query(`
      CREATE TABLE tip_info_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tip_id uuid NOT NULL REFERENCES tips(id) ON DELETE CASCADE,
        question text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','ANSWERED','WITHDRAWN')),
        requested_at timestamptz NOT NULL,
        requested_by uuid REFERENCES users(id),
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX tip_info_requests_tip_idx ON tip_info_requests (tip_id)`);
    await q.query(`CREATE INDEX tip_info_requests_open_idx ON tip_info_requests (requested_at) WHERE state = 'OPEN'`);
    await q.query(`
      CREATE TABLE tip_additional_information (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tip_id uuid NOT NULL REFERENCES tips(id) ON DELETE CASCADE,
        request_id uuid REFERENCES tip_info_requests(id),
        channel text NOT NULL CHECK (channel IN ('PHONE','WEB')),
        content text NOT NULL,
        received_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES users(id),
        report_due_at timestamptz NOT NULL,
        reported_at timestamptz
      )`);
    await q.query(`CREATE INDEX tip_additional_information_tip_idx ON tip_additional_information (tip_id)`);
    // Wrong-PIN counters, keyed per receipt number and per client (a salted hash of the address,
    // never the address itself); rows are purged once their window and lock have passed.
    await q.query(`
      CREATE TABLE tip_pin_throttles (
        scope text NOT NULL CHECK (scope IN ('receipt','client')),
        key text NOT NULL CHECK (length(key) <= 128),
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS tip_pin_throttles`);
    await q.query(`DROP TABLE IF EXISTS tip_additional_information`);
    await q.query(`DROP TABLE IF EXISTS tip_info_requests`);
    await q.query(`DROP TABLE IF EXISTS tips`);
    await q.query(`DROP TABLE IF EXISTS tip_sequences`);
  }
}

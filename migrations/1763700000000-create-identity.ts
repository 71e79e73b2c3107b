import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory: prefectures, agencies, units, roles, users, sessions, login throttling. */
export class CreateIdentity1763700000000 implements MigrationInterface {
  name = 'CreateIdentity1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE prefectures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,30}$'),
        name text NOT NULL,
        short_name text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,60}$'),
        kind text NOT NULL CHECK (kind IN ('NPA','POLICE_HQ','POLICE_STATION','IMMIGRATION','LABOUR_BUREAU',
          'FINANCIAL_INSTITUTION','CARRIER','REGULATOR','TIPLINE_OPERATOR','SYSTEM')),
        name text NOT NULL,
        prefecture_id uuid REFERENCES prefectures(id),
        parent_agency_id uuid REFERENCES agencies(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        -- police are bound to a prefecture; a station hangs under its HQ
        CHECK (kind NOT IN ('POLICE_HQ','POLICE_STATION') OR prefecture_id IS NOT NULL),
        CHECK (kind <> 'POLICE_STATION' OR parent_agency_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX agencies_prefecture_idx ON agencies (prefecture_id)`);
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TASK_FORCE_HQ','COORDINATION_OFFICE','INSPECTION','SECTION')),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, code)
      )`);
    await q.query(`
      CREATE TABLE roles (
        name text PRIMARY KEY,
        name_ja text NOT NULL,
        agency_kinds text[] NOT NULL
      )`);
    await q.query(`
      INSERT INTO roles (name, name_ja, agency_kinds) VALUES
        ('hq.director', '推進本部（本部長・副本部長・委員）', '{POLICE_HQ}'),
        ('hq.coordinator', '推進室', '{POLICE_HQ}'),
        ('station.manager', '運用責任者', '{POLICE_STATION}'),
        ('station.supervisor', '統括責任者', '{POLICE_STATION}'),
        ('station.investigator', '捜査員', '{POLICE_STATION}'),
        ('npa.tipdesk', '警察庁 主管課', '{NPA}'),
        ('tipline.receiver', '匿名通報 受付者', '{TIPLINE_OPERATOR}'),
        ('liaison', '連絡担当者', '{IMMIGRATION,LABOUR_BUREAU,FINANCIAL_INSTITUTION,CARRIER,REGULATOR}'),
        ('auditor', '監察', '{POLICE_HQ,NPA}'),
        ('admin', 'システム管理者', '{SYSTEM}')`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        unit_id uuid REFERENCES units(id),
        role text NOT NULL REFERENCES roles(name),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        authz_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE INDEX users_agency_idx ON users (agency_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX sessions_expiry_idx ON sessions (expires_at)`);
    // Keyed by the typed username, known or not, so a lockout never tells whether a user exists.
    await q.query(`
      CREATE TABLE login_throttle (
        username_key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        first_failure_at timestamptz,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE roles`);
    await q.query(`DROP TABLE units`);
    await q.query(`DROP TABLE agencies`);
    await q.query(`DROP TABLE prefectures`);
  }
}

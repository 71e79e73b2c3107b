import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 犯罪実行者募集情報 (RECRUITMENT_POST): one post per case (its URL normalized and unique, for
 * dedupe), the contact means found in it, the takedown actions, and the vocabulary the risk
 * score is computed from (editable data, seeded here from spec/DOMAIN.md).
 */
export class CreateRecruitmentPosts1763900000000 implements MigrationInterface {
  name = 'CreateRecruitmentPosts1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recruitment_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        platform text NOT NULL,
        url text NOT NULL,
        url_normalized text NOT NULL,
        text text NOT NULL,
        posted_at timestamptz,
        captured_at timestamptz NOT NULL,
        screenshot_sha256 text CHECK (screenshot_sha256 IS NULL OR screenshot_sha256 ~ '^[0-9a-f]{64}$'),
        matched_keywords text[] NOT NULL DEFAULT '{}',
        risk_score integer NOT NULL DEFAULT 0 CHECK (risk_score BETWEEN 0 AND 100),
        poster_handle text,
        source_channel text NOT NULL CHECK (source_channel IN ('CYBER_PATROL','PUBLIC_REPORT','ANONYMOUS_TIP','LABOUR_BUREAU')),
        tip_receipt_number text,
        filed_by_agency_id uuid NOT NULL REFERENCES agencies(id),
        labour_referral_status text NOT NULL DEFAULT 'NOT_REFERRED'
          CHECK (labour_referral_status IN ('NOT_REFERRED','REFERRED','UNDER_REVIEW','ACTION_TAKEN','NO_ACTION')),
        suspect_identity text,
        linked_criminal_cases text[] NOT NULL DEFAULT '{}',
        investigation_notes text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX recruitment_posts_url_key ON recruitment_posts (url_normalized)`);
    await q.query(`
      CREATE TABLE recruitment_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('PHONE','MESSENGER')),
        value text NOT NULL,
        messenger_service text,
        carrier_agency_id uuid REFERENCES agencies(id),
        created_at timestamptz NOT NULL,
        CHECK (kind = 'PHONE' OR carrier_agency_id IS NULL),
        UNIQUE (case_id, kind, value)
      )`);
    await q.query(`CREATE INDEX recruitment_contacts_carrier_idx ON recruitment_contacts (carrier_agency_id)`);
    await q.query(`
      CREATE TABLE recruitment_takedowns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('REMOVAL_REQUEST','REPLY_WARNING','RESULT')),
        channel text CHECK (channel IN ('PLATFORM','IHC')),
        template_id text,
        result text CHECK (result IN ('REMOVED','STILL_UP','REPOSTED')),
        reference text,
        occurred_at timestamptz NOT NULL,
        recheck_due_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        CHECK (kind <> 'REMOVAL_REQUEST' OR channel IS NOT NULL),
        CHECK (kind <> 'REPLY_WARNING' OR template_id IS NOT NULL),
        CHECK (kind <> 'RESULT' OR result IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX recruitment_takedowns_case_idx ON recruitment_takedowns (case_id, occurred_at)`);
    await q.query(`
      CREATE TABLE recruitment_vocabulary (
        term text PRIMARY KEY,
        weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
        category text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    const terms: [string, number, string][] = [
      ['高額', 10, 'PAY'], ['即日即金', 20, 'PAY'], ['ホワイト案件', 25, 'DISGUISE'], ['ホワイトバイト', 25, 'DISGUISE'],
      ['楽で簡単', 10, 'DISGUISE'], ['高収入', 10, 'PAY'], ['日給5万円', 20, 'PAY'], ['運びの仕事', 20, 'ROLE'],
      ['荷物を運ぶ', 15, 'ROLE'], ['書類運搬', 15, 'ROLE'], ['受け取り', 10, 'ROLE'], ['ドライバー', 5, 'ROLE'],
      ['送迎', 5, 'ROLE'], ['打ち子', 30, 'ROLE'], ['叩き', 30, 'ROLE'], ['受け子', 30, 'ROLE'], ['出し子', 30, 'ROLE'],
      ['運び屋', 25, 'ROLE'], ['口座買い取り', 30, 'ROLE'], ['低リスク', 15, 'DISGUISE'], ['全国で募集', 10, 'REACH'],
      ['詳しくはDMで', 15, 'CONTACT'], ['Signal', 10, 'CONTACT'], ['Telegram', 10, 'CONTACT'], ['シグナル', 10, 'CONTACT'],
      ['テレグラム', 10, 'CONTACT'],
    ];
    for (const [term, weight, category] of terms) {
      await q.query(`INSERT INTO recruitment_vocabulary (term, weight, category) VALUES ($1, $2, $3)`, [term, weight, category]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recruitment_vocabulary`);
    await q.query(`DROP TABLE recruitment_takedowns`);
    await q.query(`DROP TABLE recruitment_contacts`);
    await q.query(`DROP TABLE recruitment_posts`);
  }
}

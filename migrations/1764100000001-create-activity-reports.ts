import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 施策実施報告 (station activity reports): what a station did for foreign residents' safety
 * (outreach, patrols, fact-finding, crackdowns, cooperation), on which JST date, where, with
 * which counts, and its approval path DRAFT → SUBMITTED → APPROVED (or RETURNED with a reason).
 */
export class CreateActivityReports1764100000001 implements MigrationInterface {
  name = 'CreateActivityReports1764100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        station_agency_id uuid NOT NULL REFERENCES agencies(id),
        prefecture_id uuid NOT NULL REFERENCES prefectures(id),
        kind text NOT NULL CHECK (kind IN ('OUTREACH','INTERPRETER_PATROL','JOINT_PATROL','FACT_FINDING','BROKER_CRACKDOWN','AGENCY_COOPERATION')),
        activity_date date NOT NULL,
        place text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        participants integer NOT NULL DEFAULT 0 CHECK (participants >= 0),
        foreign_residents_reached integer NOT NULL DEFAULT 0 CHECK (foreign_residents_reached >= 0),
        interpreters integer NOT NULL DEFAULT 0 CHECK (interpreters >= 0),
        languages text[] NOT NULL DEFAULT '{}',
        inspections integer NOT NULL DEFAULT 0 CHECK (inspections >= 0),
        arrests integer NOT NULL DEFAULT 0 CHECK (arrests >= 0),
        partner_agencies text[] NOT NULL DEFAULT '{}',
        notes text,
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
        return_reason text,
        filed_by uuid REFERENCES users(id),
        submitted_by uuid REFERENCES users(id),
        submitted_at timestamptz,
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (state <> 'RETURNED' OR return_reason IS NOT NULL)
      )`);
    // HQ totals and lists: by prefecture and date; a station's own list: by station and date.
    await q.query(`CREATE INDEX activity_reports_prefecture_date_idx ON activity_reports (prefecture_id, activity_date, id)`);
    await q.query(`CREATE INDEX activity_reports_station_date_idx ON activity_reports (station_agency_id, activity_date, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS activity_reports`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 外国捜査機関への証拠提供要請 (FOREIGN_EVIDENCE_REQUEST): one request per case, with its
 * channel, country, foreign authority, offence and dual-criminality check, items requested,
 * statement of indispensability, translation status, conditions on use, the linked domestic
 * cases, urgency, the date of each hop and the received evidence (S).
 */
export class CreateEvidenceRequests1764000000001 implements MigrationInterface {
  name = 'CreateEvidenceRequests1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        channel text NOT NULL CHECK (channel IN ('ICPO','TREATY','DIPLOMATIC','PRESERVATION_24_7')),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        foreign_authority text NOT NULL,
        offence text NOT NULL,
        legal_basis text,
        dual_criminality text NOT NULL DEFAULT 'NOT_CHECKED' CHECK (dual_criminality IN ('NOT_CHECKED','SATISFIED','NOT_REQUIRED','DOUBTFUL')),
        dual_criminality_note text,
        requested_items text NOT NULL,
        indispensability text,
        translation_status text NOT NULL DEFAULT 'PENDING' CHECK (translation_status IN ('NOT_NEEDED','PENDING','IN_PROGRESS','DONE')),
        conditions_on_use text,
        linked_case_ids uuid[] NOT NULL DEFAULT '{}',
        urgency text NOT NULL DEFAULT 'NORMAL' CHECK (urgency IN ('NORMAL','URGENT','IMMEDIATE')),
        drafted_at timestamptz NOT NULL,
        hq_approved_at timestamptz,
        sent_to_npa_at timestamptz,
        sent_abroad_at timestamptz,
        acknowledged_at timestamptz,
        partially_answered_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        received_evidence text,
        received_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX evidence_requests_linked_idx ON evidence_requests USING gin (linked_case_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS evidence_requests`);
  }
}

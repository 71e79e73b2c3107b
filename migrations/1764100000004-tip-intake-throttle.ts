import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tip throttle table also counts web tips per client (scope 'intake'): the public form is unauthenticated. */
export class TipIntakeThrottle1764100000004 implements MigrationInterface {
  name = 'TipIntakeThrottle1764100000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tip_pin_throttles DROP CONSTRAINT tip_pin_throttles_scope_check`);
    await q.query(`ALTER TABLE tip_pin_throttles ADD CONSTRAINT tip_pin_throttles_scope_check CHECK (scope IN ('receipt','client','intake'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM tip_pin_throttles WHERE scope = 'intake'`);
    await q.query(`ALTER TABLE tip_pin_throttles DROP CONSTRAINT tip_pin_throttles_scope_check`);
    await q.query(`ALTER TABLE tip_pin_throttles ADD CONSTRAINT tip_pin_throttles_scope_check CHECK (scope IN ('receipt','client'))`);
  }
}

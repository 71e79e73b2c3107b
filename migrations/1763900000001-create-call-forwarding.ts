import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCallForwarding1763900000001 implements MigrationInterface {
  name = 'CreateCallForwarding1763900000001';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by issue 4
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by issue 4
  }
}

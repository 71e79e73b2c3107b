import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCases1763800000002 implements MigrationInterface {
  name = 'CreateCases1763800000002';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1763800000001 implements MigrationInterface {
  name = 'CreateNotifications1763800000001';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }
}

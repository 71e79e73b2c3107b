import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWorkflowDeadlines1763800000000 implements MigrationInterface {
  name = 'CreateWorkflowDeadlines1763800000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the issue that creates these tables
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** exports (CSV / Excel jobs). */
export class CreateExportJobs1764100000002 implements MigrationInterface {
  name = 'CreateExportJobs1764100000002';

  async up(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }
}

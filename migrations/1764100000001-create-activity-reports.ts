import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 施策実施報告 (station activity reports). */
export class CreateActivityReports1764100000001 implements MigrationInterface {
  name = 'CreateActivityReports1764100000001';

  async up(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }
}

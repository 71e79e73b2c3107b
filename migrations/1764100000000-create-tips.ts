import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 匿名通報 (anonymous tips). */
export class CreateTips1764100000000 implements MigrationInterface {
  name = 'CreateTips1764100000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled by the lib's author
  }
}

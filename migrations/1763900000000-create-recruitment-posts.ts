import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRecruitmentPosts1763900000000 implements MigrationInterface {
  name = 'CreateRecruitmentPosts1763900000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by issue 4
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by issue 4
  }
}

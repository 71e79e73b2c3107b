import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDepartingResidents1764000000000 implements MigrationInterface {
  name = 'CreateDepartingResidents1764000000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by issue 5
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by issue 5
  }
}

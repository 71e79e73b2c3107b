import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvidenceRequests1764000000001 implements MigrationInterface {
  name = 'CreateEvidenceRequests1764000000001';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by issue 5
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by issue 5
  }
}

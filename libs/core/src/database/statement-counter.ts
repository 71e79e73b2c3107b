import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements TypeORM sends, so tests can assert that a request's statement count
 * does not grow with page size (no N+1). Counting is all it does: it never logs SQL or parameters.
 */
export class StatementCounter implements TypeOrmLogger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

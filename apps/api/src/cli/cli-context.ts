import { NestFactory } from '@nestjs/core';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, type AppConfig } from '@renkei/core';
import { IdentityModule } from '@renkei/identity';
import { AuditModule } from '@renkei/audit';
import { AgenciesModule } from '@renkei/agencies';
import { CasesModule } from '@renkei/cases';
import { RecruitmentCaseModule } from '@renkei/case-recruitment';
import { CallForwardingCaseModule } from '@renkei/case-call-forwarding';
import { DepartureCaseModule } from '@renkei/case-departure';
import { EvidenceRequestCaseModule } from '@renkei/case-evidence-request';
import { TipsModule } from '@renkei/tips';
import { ReportsModule } from '@renkei/reports';
import { ExportsModule } from '@renkei/exports';
import { MIGRATIONS } from '@renkei/migrations';
import { InfrastructureModule } from '../infrastructure.module';
import { localPostgresUrl, startEmbeddedPostgres, type LocalService } from '../dev/local-services';
import { join } from 'node:path';

export const DEV_PG_PORT = Number(process.env.RENKEI_PG_PORT ?? 54329);
export const DEV_REDIS_PORT = Number(process.env.RENKEI_REDIS_PORT ?? 63790);
export const DATA_DIR = join(process.cwd(), '.data');

/**
 * The database the command-line tools work on: DATABASE_URL, else the embedded development
 * PostgreSQL under .data/ (reused if `npm start` is running, started and stopped otherwise).
 */
export async function resolveDatabase(log: (m: string) => void = () => undefined): Promise<LocalService> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, owned: false, stop: async () => undefined };
  }
  return startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'pg'), port: DEV_PG_PORT, database: 'renkei', log });
}

export function devDatabaseUrl(): string {
  return localPostgresUrl(DEV_PG_PORT, 'renkei');
}

/** Applies every pending migration. The only way a schema is built, tests included. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, MIGRATIONS));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [InfrastructureModule.forRoot(config, { redis: false }), IdentityModule, AuditModule, CasesModule, RecruitmentCaseModule, CallForwardingCaseModule, DepartureCaseModule, EvidenceRequestCaseModule, ExportsModule, ReportsModule, TipsModule, AgenciesModule],
    };
  }
}

/** A Nest context with the libs but without HTTP, Redis or queues. */
export async function cliContext(databaseUrl: string): Promise<INestApplicationContext> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    // The tools never touch Redis; the schema only wants a well-formed URL.
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  await app.init();
  return app;
}

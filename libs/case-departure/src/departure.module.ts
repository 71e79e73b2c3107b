import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@renkei/core';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { DepartureRepository } from './departure.repository';
import { DepartureService } from './departure.service';
import { CaseDepartingResidentResolver, DepartingResidentFieldsResolver, DepartureResolver } from './departure.resolver';
import { DepartureDemoSeeder } from './departure.demo';
import { DepartureImportService } from './departure-import.service';
import { DepartureImportController } from './departure-import.controller';
import { DepartureExportDetail } from './departure.export-detail';

/**
 * The 帰国する在留外国人の口座・携帯電話 case type (`DEPARTING_RESIDENT`): subjects, state machine,
 * GraphQL (filing, the institutions' answers per row, notes, `Case.departingResident`), demo case 1,
 * and the CSV intake of upcoming departures (`POST /departure-imports`, synchronous, per row).
 */
@Module({
  imports: [
    CasesModule,
    WorkflowModule,
    // The CSV is size-limited before it reaches memory: one file, at most ATTACHMENT_MAX_BYTES.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({ limits: { fileSize: c.attachments.maxBytes, files: 1, fields: 5, parts: 6 } }),
    }),
  ],
  controllers: [DepartureImportController],
  providers: [DepartureRepository, DepartureService, DepartureImportService, DepartureResolver, CaseDepartingResidentResolver, DepartingResidentFieldsResolver, DepartureDemoSeeder, DepartureExportDetail],
  exports: [DepartureService],
})
export class DepartureCaseModule {}

/** The Departure case type's job processors, for the worker role (none: the CSV intake is synchronous). */
@Module({})
export class DepartureJobsModule {}

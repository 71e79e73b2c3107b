import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@renkei/core';
import { CasesModule } from '@renkei/cases';
import { CallForwardingRepository } from './call-forwarding.repository';
import { CallForwardingService } from './call-forwarding.service';
import { CallForwardingResolver } from './call-forwarding.resolver';
import { CaseForwardingProviderResolver, ContractHolderCasesResolver, ForwardingProviderFieldsResolver } from './call-forwarding-fields.resolver';
import { CallForwardingDemoSeeder } from './call-forwarding.demo';
import { ForwardingImportService, importsDir } from './forwarding-import.service';
import { ForwardingImportController } from './forwarding-import.controller';
import { ForwardingImportJob } from './jobs/forwarding-import.job';
import { CallForwardingQueue } from './jobs/call-forwarding-queues';

/**
 * The CallForwarding case type (悪質な電話転送サービス事業者): subjects, case type, GraphQL, the
 * CSV upload (written to disk by multer, never buffered), demo case 3.
 */
@Module({
  imports: [
    CasesModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({ dest: importsDir(c), limits: { fileSize: c.attachments.maxBytes, files: 1, fields: 5 } }),
    }),
  ],
  controllers: [ForwardingImportController],
  providers: [
    CallForwardingRepository,
    CallForwardingService,
    ForwardingImportService,
    CallForwardingResolver,
    CaseForwardingProviderResolver,
    ContractHolderCasesResolver,
    ForwardingProviderFieldsResolver,
    CallForwardingDemoSeeder,
  ],
  exports: [CallForwardingService, ForwardingImportService],
})
export class CallForwardingCaseModule {}

/** The CallForwarding case type's job processors, for the worker role: the CSV import. */
@Module({
  imports: [CallForwardingCaseModule, BullModule.registerQueue({ name: CallForwardingQueue.IMPORTS })],
  providers: [ForwardingImportJob],
})
export class CallForwardingJobsModule {}

import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@renkei/core';
import { AttachmentStorage, LocalDiskStorage } from './attachments/attachment-storage';
import { AttachmentsService } from './attachments/attachments.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { CasesNotificationRules } from './cases.notifications';
import { DemoSeedRegistry } from './demo-seed.registry';
import { CaseRowsLoader } from './case-rows.loader';
import { CasesRepository } from './cases.repository';
import { CaseTypeRegistry } from './case-type.registry';
import { CasesService } from './cases.service';
import { TasksService } from './tasks.service';
import { CommentsService } from './comments.service';
import { CasesResolver } from './cases.resolver';
import { CaseFieldsResolver, TaskFieldsResolver } from './case-fields.resolver';
import { DashboardService } from './dashboard.service';
import { CaseExportDetailRegistry } from './case-export-details';
import { DashboardResolver } from './dashboard.resolver';

/** The Case aggregate: tasks, comments, timeline; the CaseTypeRegistry the case types plug into. */
@Module({
  imports: [
    WorkflowModule,
    NotificationsModule,
    // Uploads are size-limited before they reach memory: one file, at most ATTACHMENT_MAX_BYTES.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // No `dest`: multer keeps the file in memory (bounded by the limit) until it is checked and stored.
      useFactory: (c: AppConfig) => ({ limits: { fileSize: c.attachments.maxBytes, files: 1, fields: 5, parts: 6 } }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [CaseExportDetailRegistry, CaseRowsLoader, DemoSeedRegistry, CasesNotificationRules, CasesRepository, { provide: AttachmentStorage, useClass: LocalDiskStorage }, AttachmentsService, CaseTypeRegistry, CasesService, TasksService, CommentsService, DashboardService, CasesResolver, CaseFieldsResolver, TaskFieldsResolver, DashboardResolver],
  exports: [CaseExportDetailRegistry, CaseRowsLoader, DemoSeedRegistry, CaseTypeRegistry, CasesService, TasksService, CommentsService, DashboardService],
})
export class CasesModule {}

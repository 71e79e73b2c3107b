import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { CasesModule } from '@renkei/cases';
import { NotificationsModule } from '@renkei/notifications';
import { ExportSourceRegistry } from './export-source.registry';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';
import { ExportsResolver } from './exports.resolver';
import { ExportsController } from './exports.controller';
import { ExportsNotificationRules } from './exports.notifications';
import { BuiltInExportSources } from './sources/built-in-sources';
import { ExportJob } from './jobs/export.job';
import { ExportsQueue } from './jobs/exports-queues';

/**
 * CSV and Excel exports built through the same field masking as GraphQL, as BullMQ jobs,
 * audited: the source registry (cases, tasks, dashboard here; other libs add theirs), the
 * request mutations, `exportJob` / `myExports`, and `GET /exports/:id/download`.
 */
@Module({
  imports: [CasesModule, NotificationsModule],
  controllers: [ExportsController],
  providers: [ExportSourceRegistry, ExportsRepository, ExportsService, ExportsResolver, ExportsNotificationRules, BuiltInExportSources],
  exports: [ExportSourceRegistry, ExportsService],
})
export class ExportsModule {}

/** The worker role's part: the export job processor. */
@Module({
  imports: [ExportsModule, BullModule.registerQueue({ name: ExportsQueue.EXPORTS })],
  providers: [ExportJob],
})
export class ExportsJobsModule {}

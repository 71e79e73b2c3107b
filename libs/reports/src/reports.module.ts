import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { ExportsModule } from '@renkei/exports';
import { ActivityReportsExportSource } from './reports.export-source';
import { ActivityReportsRepository } from './reports.repository';
import { ActivityReportsService } from './reports.service';
import { ActivityReportsResolver } from './reports.resolver';
import { ActivityReportNotificationRules } from './reports.notifications';
import { ActivityReportsDemoSeeder } from './reports.demo';

/**
 * 施策実施報告 (station activity reports): the subject and state machine (registered on init),
 * filing and approval, the list, HQ totals, its export source, notifications and demo reports.
 * CasesModule only for its DemoSeedRegistry.
 */
@Module({
  imports: [CasesModule, WorkflowModule, NotificationsModule, ExportsModule],
  providers: [ActivityReportsRepository, ActivityReportsService, ActivityReportsResolver, ActivityReportNotificationRules, ActivityReportsDemoSeeder, ActivityReportsExportSource],
  exports: [ActivityReportsService],
})
export class ReportsModule {}

import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { RecruitmentCaseModule } from '@renkei/case-recruitment';
import { TipsRepository } from './tips.repository';
import { TipPinService } from './tip-pin.service';
import { TipsService } from './tips.service';
import { TipsResolver } from './tips.resolver';
import { TipsNotificationRules } from './tips.notifications';
import { TipsDemoSeeder } from './tips.demo';
import { TipReportsRepository } from './reports/tip-reports.repository';
import { TipReportsService } from './reports/tip-reports.service';
import { TipReportsResolver } from './reports/tip-reports.resolver';
import { TipReportsController } from './reports/tip-reports.controller';

/**
 * 匿名通報 (anonymous tips): intake, tipster access by receipt number and PIN, triage, rewards,
 * report deadlines. The subject, the deadline handlers (report overdue, reward notice's year),
 * the notification rules and the demo tip are registered on init. The report files to 警察庁
 * (ADR 0013) are generated and downloaded here too (subject TipReportFile).
 */
@Module({
  imports: [CasesModule, WorkflowModule, NotificationsModule, RecruitmentCaseModule],
  controllers: [TipReportsController],
  providers: [
    TipsRepository, TipPinService, TipsService, TipsResolver, TipsNotificationRules, TipsDemoSeeder,
    TipReportsRepository, TipReportsService, TipReportsResolver,
  ],
  exports: [TipsService, TipReportsService],
})
export class TipsModule {}

/**
 * The worker role's part: the report deadlines and the reward notice's removal run through
 * workflow's deadline jobs on the injected clock, whose handlers TipsModule registers (the worker
 * imports it too), so no processor of its own.
 */
@Module({})
export class TipsJobsModule {}

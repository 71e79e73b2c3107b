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

/**
 * 匿名通報 (anonymous tips): intake, tipster access by receipt number and PIN, triage, rewards,
 * report deadlines. The subject, the deadline handlers (report overdue, reward notice's year),
 * the notification rules and the demo tip are registered on init.
 */
@Module({
  imports: [CasesModule, WorkflowModule, NotificationsModule, RecruitmentCaseModule],
  providers: [TipsRepository, TipPinService, TipsService, TipsResolver, TipsNotificationRules, TipsDemoSeeder],
  exports: [TipsService],
})
export class TipsModule {}

/**
 * The worker role's part: the report deadlines and the reward notice's removal run through
 * workflow's deadline jobs on the injected clock, whose handlers TipsModule registers (the worker
 * imports it too), so no processor of its own.
 */
@Module({})
export class TipsJobsModule {}

import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { RecruitmentNotificationRules } from './recruitment.notifications';
import { RecruitmentRepository } from './recruitment.repository';
import { RecruitmentService } from './recruitment.service';
import { RecruitmentCaseFieldsResolver, RecruitmentResolver } from './recruitment.resolver';
import { RecruitmentDemoSeeder } from './recruitment.demo';

/**
 * The 犯罪実行者募集情報 case type: its subjects, state machine, re-check deadline handler and
 * demo case (registered on init), its GraphQL root mutations and the `Case.recruitment*` fields.
 */
@Module({
  imports: [CasesModule, WorkflowModule, NotificationsModule],
  providers: [RecruitmentNotificationRules, RecruitmentRepository, RecruitmentService, RecruitmentResolver, RecruitmentCaseFieldsResolver, RecruitmentDemoSeeder],
  exports: [RecruitmentService],
})
export class RecruitmentCaseModule {}

/**
 * The worker role's part: the re-check deadline runs through workflow's deadline jobs, whose
 * handler RecruitmentCaseModule registers (the worker imports it too), so no processor of its own.
 */
@Module({})
export class RecruitmentJobsModule {}

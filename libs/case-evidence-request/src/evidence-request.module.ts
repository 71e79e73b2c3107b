import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { EvidenceRequestNotificationRules } from './evidence-request.notifications';
import { EvidenceRequestRepository } from './evidence-request.repository';
import { EvidenceRequestService } from './evidence-request.service';
import { EvidenceRequestCaseFieldsResolver, EvidenceRequestResolver } from './evidence-request.resolver';
import { EvidenceRequestDemoSeeder } from './evidence-request.demo';

/**
 * The 外国捜査機関への証拠提供要請 case type: its subject, state machine, follow-up deadline
 * handlers and demo case (registered on init), its GraphQL mutations and `Case.evidenceRequest`.
 */
@Module({
  imports: [CasesModule, WorkflowModule, NotificationsModule],
  providers: [
    EvidenceRequestNotificationRules, EvidenceRequestRepository, EvidenceRequestService, EvidenceRequestResolver, EvidenceRequestCaseFieldsResolver,
    EvidenceRequestDemoSeeder,
  ],
  exports: [EvidenceRequestService],
})
export class EvidenceRequestCaseModule {}

/**
 * The worker role's part: the follow-ups run through workflow's deadline jobs, whose handlers
 * EvidenceRequestCaseModule registers (the worker imports it too), so no processor of its own.
 */
@Module({})
export class EvidenceRequestJobsModule {}

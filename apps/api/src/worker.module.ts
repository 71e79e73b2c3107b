import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@renkei/core';
import { IdentityJobsModule, IdentityModule } from '@renkei/identity';
import { AuditModule } from '@renkei/audit';
import { AgenciesModule } from '@renkei/agencies';
import { WorkflowJobsModule, WorkflowModule } from '@renkei/workflow';
import { NotificationsJobsModule, NotificationsModule } from '@renkei/notifications';
import { CasesModule } from '@renkei/cases';
import { CallForwardingCaseModule, CallForwardingJobsModule } from '@renkei/case-call-forwarding';
import { RecruitmentCaseModule, RecruitmentJobsModule } from '@renkei/case-recruitment';
import { DepartureCaseModule, DepartureJobsModule } from '@renkei/case-departure';
import { EvidenceRequestCaseModule, EvidenceRequestJobsModule } from '@renkei/case-evidence-request';
import { TipsJobsModule, TipsModule } from '@renkei/tips';
import { ReportsModule } from '@renkei/reports';
import { ExportsJobsModule, ExportsModule } from '@renkei/exports';
import { InfrastructureModule } from './infrastructure.module';

/** The worker role: BullMQ processors only, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfrastructureModule.forRoot(config),
        IdentityModule,
        AuditModule,
        WorkflowModule,
        NotificationsModule,
        CasesModule,
        RecruitmentCaseModule,
        CallForwardingCaseModule,
        DepartureCaseModule,
        EvidenceRequestCaseModule,
        ExportsModule,
        ReportsModule,
        TipsModule,
        AgenciesModule,
        IdentityJobsModule,
        WorkflowJobsModule,
        NotificationsJobsModule,
        RecruitmentJobsModule,
        CallForwardingJobsModule,
        DepartureJobsModule,
        EvidenceRequestJobsModule,
        ExportsJobsModule,
        TipsJobsModule,
      ],
    };
  }
}

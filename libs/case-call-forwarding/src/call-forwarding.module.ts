import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { CallForwardingRepository } from './call-forwarding.repository';
import { CallForwardingService } from './call-forwarding.service';
import { CallForwardingResolver } from './call-forwarding.resolver';
import { CaseForwardingProviderResolver, ForwardingProviderFieldsResolver } from './call-forwarding-fields.resolver';
import { CallForwardingDemoSeeder } from './call-forwarding.demo';

/** The CallForwarding case type (悪質な電話転送サービス事業者): subjects, case type, GraphQL, demo case 3. */
@Module({
  imports: [CasesModule],
  providers: [CallForwardingRepository, CallForwardingService, CallForwardingResolver, CaseForwardingProviderResolver, ForwardingProviderFieldsResolver, CallForwardingDemoSeeder],
  exports: [CallForwardingService],
})
export class CallForwardingCaseModule {}

/** The CallForwarding case type's job processors, for the worker role (none yet: the CSV import is not built). */
@Module({})
export class CallForwardingJobsModule {}

export { EvidenceRequestCaseModule, EvidenceRequestJobsModule } from './evidence-request.module';

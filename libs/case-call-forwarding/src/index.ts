export { CallForwardingCaseModule, CallForwardingJobsModule } from './call-forwarding.module';
export {
  CALL_FORWARDING_CASE,
  FORWARDING_PROVIDER,
  FORWARDING_NUMBER,
  FORWARDING_DAMAGE,
  REGULATOR_REFERRAL,
  CallForwardingAction,
} from './call-forwarding.fields';
export { CallForwardingTaskKind } from './call-forwarding.workflow';
export { CallForwardingQueue, CallForwardingJob } from './jobs/call-forwarding-queues';
export { ForwardingImportJob } from './jobs/forwarding-import.job';
export { ForwardingImportService } from './forwarding-import.service';

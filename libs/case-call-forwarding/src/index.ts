export { CallForwardingCaseModule, CallForwardingJobsModule } from './call-forwarding.module';

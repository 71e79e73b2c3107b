export { EvidenceRequestCaseModule, EvidenceRequestJobsModule } from './evidence-request.module';
export { EVIDENCE_REQUEST_TYPE, EVIDENCE_REQUEST, EvidenceRequestGroup } from './evidence-request.fields';
export { EvidenceRequestChannel, DualCriminality, TranslationStatus, EvidenceRequestUrgency } from './evidence-request.types';
export { EvidenceRequestState, FOLLOW_UP_DAYS, followUpKind } from './evidence-request.workflow';

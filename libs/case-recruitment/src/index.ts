export { RecruitmentCaseModule, RecruitmentJobsModule } from './recruitment.module';
export {
  RECRUITMENT_POST_TYPE,
  RECRUITMENT_POST,
  RECRUITMENT_CONTACT,
  RECRUITMENT_TAKEDOWN,
  RecruitmentGroup,
  RecruitmentAction,
} from './recruitment.fields';
export { RecruitmentTaskKind, SourceChannel, LabourReferralStatus, TakedownKind, TakedownResult } from './recruitment.types';
export { RecruitmentState } from './recruitment.workflow';
export { RecruitmentService, type FileRecruitmentPost } from './recruitment.service';

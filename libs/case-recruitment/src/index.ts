export { RecruitmentCaseModule, RecruitmentJobsModule } from './recruitment.module';

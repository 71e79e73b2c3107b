export { TipsModule, TipsJobsModule } from './tips.module';
export { TipsService, TIP_REPORT_DEADLINE, TIP_INFORMATION_REPORT_DEADLINE, TIP_REWARD_NOTICE_DEADLINE, TIP_ADDITIONAL_INFORMATION } from './tips.service';
export { TIP, TipGroup, TipAction } from './tips.fields';
export { TipsError, TipsErrorCode } from './tips.errors';
export { RewardDisqualification, TipInfoRequestState, type TipRow } from './tips.types';
export { DEMO_TIP } from './tips.demo';
export { TIP_REPORT_FILE, TipReportFileAction } from './reports/tip-reports.fields';
export { TipReportsService, TipReportKind, tipReportsDir } from './reports/tip-reports.service';
export * from './reports';

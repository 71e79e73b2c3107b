export { ReportsModule } from './reports.module';
export { ACTIVITY_REPORT, ActivityReportAction, ActivityReportGroup } from './reports.fields';
export { ActivityReportState, ActivityReportGroupBy, type ActivityReportFilter, type ActivityReportRow } from './reports.types';
export { ActivityReportsService } from './reports.service';

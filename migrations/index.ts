import { CreateIdentity1763700000000 } from './1763700000000-create-identity';
import { CreateAuditLog1763700000001 } from './1763700000001-create-audit-log';
import { CreateWorkflowDeadlines1763800000000 } from './1763800000000-create-workflow-deadlines';
import { CreateNotifications1763800000001 } from './1763800000001-create-notifications';
import { CreateCases1763800000002 } from './1763800000002-create-cases';
import { CreateRecruitmentPosts1763900000000 } from './1763900000000-create-recruitment-posts';
import { CreateCallForwarding1763900000001 } from './1763900000001-create-call-forwarding';
import { CreateDepartingResidents1764000000000 } from './1764000000000-create-departing-residents';
import { CreateEvidenceRequests1764000000001 } from './1764000000001-create-evidence-requests';
import { CallForwardingImports1763900000002 } from './1763900000002-call-forwarding-imports';
import { CreateTips1764100000000 } from './1764100000000-create-tips';
import { CreateActivityReports1764100000001 } from './1764100000001-create-activity-reports';
import { CreateExportJobs1764100000002 } from './1764100000002-create-export-jobs';
import { CreateTipReportFiles1764100000003 } from './1764100000003-create-tip-report-files';
import { TipIntakeThrottle1764100000004 } from './1764100000004-tip-intake-throttle';
import { TaskCaseContext1764200000000 } from './1764200000000-task-case-context';

/** Every migration, in order. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [
  CreateIdentity1763700000000,
  CreateAuditLog1763700000001,
  CreateWorkflowDeadlines1763800000000,
  CreateNotifications1763800000001,
  CreateCases1763800000002,
  CreateRecruitmentPosts1763900000000,
  CreateCallForwarding1763900000001,
  CallForwardingImports1763900000002,
  CreateDepartingResidents1764000000000,
  CreateEvidenceRequests1764000000001,
  CreateTips1764100000000,
  CreateActivityReports1764100000001,
  CreateExportJobs1764100000002,
  CreateTipReportFiles1764100000003,
  TipIntakeThrottle1764100000004,
  TaskCaseContext1764200000000,
];

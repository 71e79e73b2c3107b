import { Role } from '@renkei/core';
import { defineStateMachine } from '@renkei/workflow';
import { ActivityReportState } from './reports.types';

export type ActivityReportTransition = 'submit' | 'approve' | 'return';

/** What a guard sees: the acting role. Row scope (own station) is the policy's, checked separately. */
export interface ActivityReportGuardInput {
  role: string | null;
}

const only = (role: Role, code: string) => (i: ActivityReportGuardInput) => (i.role === role ? null : code);

/**
 * 施策実施報告: the 運用責任者 drafts and submits; the 統括責任者 approves or returns with a
 * reason; a returned report is edited and submitted again. APPROVED is final.
 */
export const ACTIVITY_REPORT_MACHINE = defineStateMachine<ActivityReportState, ActivityReportTransition, ActivityReportGuardInput>({
  name: 'activity-report',
  initial: ActivityReportState.DRAFT,
  states: Object.values(ActivityReportState),
  transitions: [
    {
      name: 'submit', from: [ActivityReportState.DRAFT, ActivityReportState.RETURNED], to: ActivityReportState.SUBMITTED,
      guard: only(Role.STATION_MANAGER, 'ACTIVITY_REPORT.SUBMISSION_BY_MANAGER'),
    },
    { name: 'approve', from: [ActivityReportState.SUBMITTED], to: ActivityReportState.APPROVED, guard: only(Role.STATION_SUPERVISOR, 'ACTIVITY_REPORT.APPROVAL_BY_SUPERVISOR') },
    { name: 'return', from: [ActivityReportState.SUBMITTED], to: ActivityReportState.RETURNED, guard: only(Role.STATION_SUPERVISOR, 'ACTIVITY_REPORT.APPROVAL_BY_SUPERVISOR') },
  ],
});

/** States in which the filer edits the content. */
export const EDITABLE_STATES: readonly ActivityReportState[] = [ActivityReportState.DRAFT, ActivityReportState.RETURNED];

import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { ACTIVITY_REPORT, ActivityReportState } from '@renkei/reports';

/** 施策実施報告 (VISIBILITY.md section 6): hq.* read all of the prefecture. */
export const ACTIVITY_REPORT_GRANTS: Grant[] = [
  {
    roles: [Role.HQ_DIRECTOR, Role.HQ_COORDINATOR],
    subject: ACTIVITY_REPORT,
    access: 'R',
    groups: 'all',
    // A draft is the station's working paper: HQ sees a report once it has been submitted (ADR 0011).
    where: { prefectureId: '$actor.prefectureId', state: { $ne: ActivityReportState.DRAFT } },
    note: 'hq.* read all of the prefecture’s activity reports (not the stations’ drafts)',
  },
];

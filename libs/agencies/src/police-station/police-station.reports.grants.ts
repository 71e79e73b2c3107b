import type { Grant } from '@renkei/authz';

/** 施策実施報告 (VISIBILITY.md section 6): station.manager writes its own station's, station.supervisor approves. */
export const ACTIVITY_REPORT_GRANTS: Grant[] = [];

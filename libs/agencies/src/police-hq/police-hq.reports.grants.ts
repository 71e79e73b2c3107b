import type { Grant } from '@renkei/authz';

/** 施策実施報告 (VISIBILITY.md section 6): hq.* read all of the prefecture. */
export const ACTIVITY_REPORT_GRANTS: Grant[] = [];

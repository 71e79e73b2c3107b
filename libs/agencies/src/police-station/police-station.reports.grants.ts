import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { ACTIVITY_REPORT, ActivityReportAction, ActivityReportGroup, ActivityReportState } from '@renkei/reports';

const OWN_STATION = '$actor.agencyId';

/** 施策実施報告 (VISIBILITY.md section 6): station.manager writes its own station's, station.supervisor approves. */
export const ACTIVITY_REPORT_GRANTS: Grant[] = [
  {
    roles: [Role.STATION_MANAGER, Role.STATION_SUPERVISOR],
    subject: ACTIVITY_REPORT,
    access: 'R',
    groups: 'all',
    where: { stationAgencyId: OWN_STATION },
    note: 'activity reports: its own station’s, drafts included (a draft stays inside the station)',
  },
  {
    roles: [Role.STATION_MANAGER],
    subject: ACTIVITY_REPORT,
    actions: [ActivityReportAction.CREATE],
    where: { stationAgencyId: OWN_STATION },
    note: 'station.manager files its own station’s activity reports',
  },
  {
    roles: [Role.STATION_MANAGER],
    subject: ACTIVITY_REPORT,
    access: 'W',
    groups: [ActivityReportGroup.CONTENT],
    actions: [ActivityReportAction.SUBMIT],
    where: { stationAgencyId: OWN_STATION, state: { $in: [ActivityReportState.DRAFT, ActivityReportState.RETURNED] } },
    note: 'station.manager edits and submits drafts and returned reports',
  },
  {
    roles: [Role.STATION_SUPERVISOR],
    subject: ACTIVITY_REPORT,
    actions: [ActivityReportAction.APPROVE, ActivityReportAction.RETURN],
    where: { stationAgencyId: OWN_STATION, state: ActivityReportState.SUBMITTED },
    note: 'station.supervisor approves or returns its station’s submitted reports',
  },
];

import type { SubjectDefinition } from '@renkei/authz';

/** The protected type (glossary: 施策実施報告 → `ActivityReport`). */
export const ACTIVITY_REPORT = 'ActivityReport';

/** Actions that are not field writes: each is granted on the rows its role may act on. */
export enum ActivityReportAction {
  CREATE = 'create',
  SUBMIT = 'submit',
  APPROVE = 'approve',
  RETURN = 'return',
}

/** The field groups the grant files name. */
export enum ActivityReportGroup {
  /** what was done, where, when, with which counts: written by the station's 運用責任者 */
  CONTENT = 'content',
  /** state, return reason, who filed / submitted / reviewed and when */
  WORKFLOW = 'workflow',
}

/** The fields the filer may write (the content group). */
export const CONTENT_FIELDS = [
  'kind', 'activityDate', 'place', 'participants', 'foreignResidentsReached', 'interpreters', 'languages', 'inspections', 'arrests', 'partnerAgencies', 'notes',
] as const;

/** VISIBILITY.md section 6: the owning station's manager and supervisor, and hq.* of its prefecture. */
export const ACTIVITY_REPORT_SUBJECT: SubjectDefinition = {
  name: ACTIVITY_REPORT,
  alwaysVisible: ['id'],
  groups: {
    [ActivityReportGroup.CONTENT]: ['stationAgencyId', 'stationName', 'prefectureId', ...CONTENT_FIELDS],
    [ActivityReportGroup.WORKFLOW]: ['state', 'returnReason', 'filedBy', 'submittedBy', 'submittedAt', 'reviewedBy', 'reviewedAt', 'createdAt', 'updatedAt', 'version'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    stationAgencyId: { expr: '{alias}.station_agency_id' },
    prefectureId: { expr: '{alias}.prefecture_id' },
    kind: { expr: '{alias}.kind' },
    activityDate: { expr: '{alias}.activity_date' },
    state: { expr: '{alias}.state' },
    // the counts: summed by the totals
    participants: { expr: '{alias}.participants' },
    foreignResidentsReached: { expr: '{alias}.foreign_residents_reached' },
    interpreters: { expr: '{alias}.interpreters' },
    inspections: { expr: '{alias}.inspections' },
    arrests: { expr: '{alias}.arrests' },
  },
};

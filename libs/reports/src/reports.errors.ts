import { AppError, ErrorCode, type ErrorDetail } from '@renkei/core';

export enum ActivityReportErrorCode {
  /** only a station's 運用責任者 files a report for its own station */
  NOT_A_STATION_MANAGER = 'ACTIVITY_REPORT.NOT_A_STATION_MANAGER',
  /** a submitted or approved report is no longer edited (return it first) */
  NOT_EDITABLE = 'ACTIVITY_REPORT.NOT_EDITABLE',
  /** the activity date lies after today (JST) */
  FUTURE_DATE = 'ACTIVITY_REPORT.FUTURE_DATE',
  /** a date that is not a real calendar date, or a range whose end precedes its start */
  INVALID_DATE = 'ACTIVITY_REPORT.INVALID_DATE',
  /** the row is visible, but this action on it is not the actor's (e.g. another role's transition) */
  NOT_ALLOWED = 'ACTIVITY_REPORT.NOT_ALLOWED',
  /** a return without a reason */
  REASON_REQUIRED = 'ACTIVITY_REPORT.REASON_REQUIRED',
}

const MAP: Record<ActivityReportErrorCode, [ErrorCode, string]> = {
  [ActivityReportErrorCode.NOT_A_STATION_MANAGER]: [ErrorCode.FORBIDDEN, 'Only a station operations manager files activity reports'],
  [ActivityReportErrorCode.NOT_EDITABLE]: [ErrorCode.CONFLICT, 'The report can no longer be edited in its current state'],
  [ActivityReportErrorCode.FUTURE_DATE]: [ErrorCode.BAD_USER_INPUT, 'The activity date may not lie in the future'],
  [ActivityReportErrorCode.INVALID_DATE]: [ErrorCode.BAD_USER_INPUT, 'Invalid date'],
  [ActivityReportErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
  [ActivityReportErrorCode.REASON_REQUIRED]: [ErrorCode.BAD_USER_INPUT, 'A reason is required to return a report'],
};

/** The reports lib's one exception class; its codes map onto the stable client codes. No value is ever echoed. */
export class ActivityReportError extends AppError {
  constructor(readonly activityReportCode: ActivityReportErrorCode, details: ErrorDetail[] = []) {
    super(MAP[activityReportCode][0], MAP[activityReportCode][1], details, activityReportCode);
  }
}

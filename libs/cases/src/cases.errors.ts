import { AppError, ErrorCode } from '@renkei/core';

export enum CasesErrorCode {
  UNKNOWN_CASE_TYPE = 'CASES.UNKNOWN_CASE_TYPE',
  UNKNOWN_AGENCY = 'CASES.UNKNOWN_AGENCY',
  TASK_STATE = 'CASES.TASK_STATE_DOES_NOT_ALLOW',
  AUDIENCE_AGENCY = 'CASES.AUDIENCE_AGENCY',
  NOT_ALLOWED = 'CASES.NOT_ALLOWED',
  NOT_A_MEMBER = 'CASES.ASSIGNEE_NOT_A_MEMBER',
  UNKNOWN_TASK_KIND = 'CASES.UNKNOWN_TASK_KIND',
  DUE_NOT_AHEAD = 'CASES.DUE_NOT_AHEAD',
}

const MAP: Record<CasesErrorCode, [ErrorCode, string]> = {
  [CasesErrorCode.UNKNOWN_CASE_TYPE]: [ErrorCode.BAD_USER_INPUT, 'Unknown case type'],
  [CasesErrorCode.UNKNOWN_AGENCY]: [ErrorCode.BAD_USER_INPUT, 'Unknown or inactive agency'],
  [CasesErrorCode.TASK_STATE]: [ErrorCode.CONFLICT, 'The task is not in a state that allows this'],
  [CasesErrorCode.AUDIENCE_AGENCY]: [ErrorCode.BAD_USER_INPUT, 'An AGENCY audience names one agency; other audiences name none'],
  [CasesErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
  [CasesErrorCode.NOT_A_MEMBER]: [ErrorCode.BAD_USER_INPUT, 'Assignees must be active members of the owning agency'],
  [CasesErrorCode.UNKNOWN_TASK_KIND]: [ErrorCode.BAD_USER_INPUT, 'This kind of request cannot be created on this case type'],
  [CasesErrorCode.DUE_NOT_AHEAD]: [ErrorCode.BAD_USER_INPUT, 'The due date must be in the future and within a year'],
};

/** The cases lib's one exception class; its codes map onto the stable client codes. */
export class CasesError extends AppError {
  constructor(readonly casesCode: CasesErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[casesCode][0], MAP[casesCode][1], details, casesCode);
  }
}

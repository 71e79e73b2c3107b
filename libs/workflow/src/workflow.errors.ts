import { AppError, ErrorCode, type ErrorDetail } from '@renkei/core';

export enum WorkflowErrorCode {
  /** the transition exists, but not from the record's current state */
  TRANSITION_NOT_ALLOWED = 'WORKFLOW.TRANSITION_NOT_ALLOWED',
  /** the state allows the transition, but its guard refused it (the guard's reason is in details) */
  TRANSITION_REFUSED = 'WORKFLOW.TRANSITION_REFUSED',
  UNKNOWN_TRANSITION = 'WORKFLOW.UNKNOWN_TRANSITION',
  /** a stored state the machine does not know: a data or wiring bug */
  UNKNOWN_STATE = 'WORKFLOW.UNKNOWN_STATE',
  UNKNOWN_MACHINE = 'WORKFLOW.UNKNOWN_MACHINE',
  /** a state machine definition or a registration that cannot work (found at boot) */
  INVALID_DEFINITION = 'WORKFLOW.INVALID_DEFINITION',
  INVALID_DEADLINE = 'WORKFLOW.INVALID_DEADLINE',
  NO_DEADLINE_HANDLER = 'WORKFLOW.NO_DEADLINE_HANDLER',
  /** a date outside the years the holiday calendar covers, or a bad day count */
  CALENDAR_OUT_OF_RANGE = 'WORKFLOW.CALENDAR_OUT_OF_RANGE',
}

const TO_CODE: Record<WorkflowErrorCode, ErrorCode> = {
  [WorkflowErrorCode.TRANSITION_NOT_ALLOWED]: ErrorCode.CONFLICT,
  [WorkflowErrorCode.TRANSITION_REFUSED]: ErrorCode.FORBIDDEN,
  [WorkflowErrorCode.UNKNOWN_TRANSITION]: ErrorCode.BAD_USER_INPUT,
  [WorkflowErrorCode.UNKNOWN_STATE]: ErrorCode.INTERNAL,
  [WorkflowErrorCode.UNKNOWN_MACHINE]: ErrorCode.INTERNAL,
  [WorkflowErrorCode.INVALID_DEFINITION]: ErrorCode.INTERNAL,
  [WorkflowErrorCode.INVALID_DEADLINE]: ErrorCode.BAD_USER_INPUT,
  [WorkflowErrorCode.NO_DEADLINE_HANDLER]: ErrorCode.INTERNAL,
  [WorkflowErrorCode.CALENDAR_OUT_OF_RANGE]: ErrorCode.BAD_USER_INPUT,
};

const MESSAGES: Record<WorkflowErrorCode, string> = {
  [WorkflowErrorCode.TRANSITION_NOT_ALLOWED]: 'This action is not possible in the current state',
  [WorkflowErrorCode.TRANSITION_REFUSED]: 'This action is not allowed',
  [WorkflowErrorCode.UNKNOWN_TRANSITION]: 'Unknown action',
  [WorkflowErrorCode.UNKNOWN_STATE]: 'The record is in an unknown state',
  [WorkflowErrorCode.UNKNOWN_MACHINE]: 'Unknown workflow',
  [WorkflowErrorCode.INVALID_DEFINITION]: 'Invalid workflow definition',
  [WorkflowErrorCode.INVALID_DEADLINE]: 'Invalid deadline',
  [WorkflowErrorCode.NO_DEADLINE_HANDLER]: 'No handler for this kind of deadline',
  [WorkflowErrorCode.CALENDAR_OUT_OF_RANGE]: 'Date outside the business-day calendar',
};

/**
 * The workflow lib's one exception class. `message` may carry names (states, transitions,
 * kinds: code, never user data); `reason` is the stable code, `details` the guard's reason.
 */
export class WorkflowError extends AppError {
  constructor(
    readonly workflowCode: WorkflowErrorCode,
    message?: string,
    details: ErrorDetail[] = [],
  ) {
    super(TO_CODE[workflowCode], message ?? MESSAGES[workflowCode], details, workflowCode);
    this.name = 'WorkflowError';
  }
}

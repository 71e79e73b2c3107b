import { AppError, ErrorCode } from '@renkei/core';

export enum CallForwardingErrorCode {
  INVALID_CORPORATE_NUMBER = 'CALL_FORWARDING.INVALID_CORPORATE_NUMBER',
  NUMBER_TYPE_MISMATCH = 'CALL_FORWARDING.NUMBER_TYPE_MISMATCH',
  NOT_A_CARRIER = 'CALL_FORWARDING.NOT_A_CARRIER',
  NOT_A_REGULATOR = 'CALL_FORWARDING.NOT_A_REGULATOR',
  DUPLICATE_NUMBER = 'CALL_FORWARDING.DUPLICATE_NUMBER',
  NOTHING_TO_REQUEST = 'CALL_FORWARDING.NOTHING_TO_REQUEST',
  NOT_REQUESTED = 'CALL_FORWARDING.SUSPENSION_NOT_REQUESTED',
  ANSWER_INCOMPLETE = 'CALL_FORWARDING.ANSWER_INCOMPLETE',
  NOT_ALLOWED = 'CALL_FORWARDING.NOT_ALLOWED',
  NO_STOCK_NUMBERS = 'CALL_FORWARDING.NO_STOCK_NUMBERS',
}

const MAP: Record<CallForwardingErrorCode, [ErrorCode, string]> = {
  [CallForwardingErrorCode.INVALID_CORPORATE_NUMBER]: [ErrorCode.BAD_USER_INPUT, 'Invalid corporate number (13 digits with a valid check digit)'],
  [CallForwardingErrorCode.NUMBER_TYPE_MISMATCH]: [ErrorCode.BAD_USER_INPUT, 'The phone number is not of the stated type'],
  [CallForwardingErrorCode.NOT_A_CARRIER]: [ErrorCode.BAD_USER_INPUT, 'The carrier must be an active carrier agency'],
  [CallForwardingErrorCode.NOT_A_REGULATOR]: [ErrorCode.BAD_USER_INPUT, 'The regulator must be an active regulator agency'],
  [CallForwardingErrorCode.DUPLICATE_NUMBER]: [ErrorCode.BAD_USER_INPUT, 'A phone number is listed twice'],
  [CallForwardingErrorCode.NOTHING_TO_REQUEST]: [ErrorCode.CONFLICT, 'Every number has been requested already'],
  [CallForwardingErrorCode.NOT_REQUESTED]: [ErrorCode.CONFLICT, 'No suspension was requested for this number'],
  [CallForwardingErrorCode.ANSWER_INCOMPLETE]: [ErrorCode.BAD_USER_INPUT, 'SUSPENDED needs the date, REFUSED needs the reason'],
  [CallForwardingErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
  [CallForwardingErrorCode.NO_STOCK_NUMBERS]: [ErrorCode.CONFLICT, 'The provider has no stock numbers'],
};

/** The call-forwarding lib's one exception class; its codes map onto the stable client codes. Never echoes a value. */
export class CallForwardingError extends AppError {
  constructor(readonly callForwardingCode: CallForwardingErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[callForwardingCode][0], MAP[callForwardingCode][1], details, callForwardingCode);
  }
}

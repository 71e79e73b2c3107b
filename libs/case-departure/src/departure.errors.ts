import { AppError, ErrorCode } from '@renkei/core';

export enum DepartureErrorCode {
  NOT_A_BANK = 'DEPARTURE.NOT_A_BANK',
  NOT_A_CARRIER = 'DEPARTURE.NOT_A_CARRIER',
  NO_PREFECTURE = 'DEPARTURE.NO_PREFECTURE',
  NO_HQ = 'DEPARTURE.NO_HQ',
  NO_IMMIGRATION = 'DEPARTURE.NO_IMMIGRATION',
  DUPLICATE_ROW = 'DEPARTURE.DUPLICATE_ROW',
  BAD_DATE = 'DEPARTURE.BAD_DATE',
  ANSWER_INCOMPLETE = 'DEPARTURE.ANSWER_INCOMPLETE',
  NOT_ALLOWED = 'DEPARTURE.NOT_ALLOWED',
}

const MAP: Record<DepartureErrorCode, [ErrorCode, string]> = {
  [DepartureErrorCode.NOT_A_BANK]: [ErrorCode.BAD_USER_INPUT, 'The bank must be an active financial institution'],
  [DepartureErrorCode.NOT_A_CARRIER]: [ErrorCode.BAD_USER_INPUT, 'The carrier must be an active carrier agency'],
  [DepartureErrorCode.NO_PREFECTURE]: [ErrorCode.BAD_USER_INPUT, 'Name the prefecture whose police will own the case'],
  [DepartureErrorCode.NO_HQ]: [ErrorCode.BAD_USER_INPUT, 'The prefecture has no active police HQ'],
  [DepartureErrorCode.NO_IMMIGRATION]: [ErrorCode.CONFLICT, 'No active immigration agency'],
  [DepartureErrorCode.DUPLICATE_ROW]: [ErrorCode.BAD_USER_INPUT, 'An account or phone number is listed twice'],
  [DepartureErrorCode.BAD_DATE]: [ErrorCode.BAD_USER_INPUT, 'Inconsistent dates'],
  [DepartureErrorCode.ANSWER_INCOMPLETE]: [ErrorCode.BAD_USER_INPUT, 'The answer needs its legal basis and date'],
  [DepartureErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
};

/** The departure lib's one exception class; never echoes a value. */
export class DepartureError extends AppError {
  constructor(readonly departureCode: DepartureErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[departureCode][0], MAP[departureCode][1], details, departureCode);
  }
}

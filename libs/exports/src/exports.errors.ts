import { AppError, ErrorCode } from '@renkei/core';

export enum ExportsErrorCode {
  UNKNOWN_SOURCE = 'EXPORTS.UNKNOWN_SOURCE',
  NOT_READY = 'EXPORTS.NOT_READY',
  EXPIRED = 'EXPORTS.EXPIRED',
  TOO_MANY_RUNNING = 'EXPORTS.TOO_MANY_RUNNING',
  BAD_PERIOD = 'EXPORTS.BAD_PERIOD',
}

const MAP: Record<ExportsErrorCode, [ErrorCode, string]> = {
  [ExportsErrorCode.UNKNOWN_SOURCE]: [ErrorCode.BAD_USER_INPUT, 'Unknown export source'],
  [ExportsErrorCode.NOT_READY]: [ErrorCode.CONFLICT, 'The export file is not ready'],
  [ExportsErrorCode.EXPIRED]: [ErrorCode.NOT_FOUND, 'ExportJob not found'],
  [ExportsErrorCode.TOO_MANY_RUNNING]: [ErrorCode.CONFLICT, 'Too many exports are queued or running for this user'],
  [ExportsErrorCode.BAD_PERIOD]: [ErrorCode.BAD_USER_INPUT, 'The period is invalid'],
};

/** The exports lib's one exception class; its codes map onto the stable client codes. No value is ever echoed. */
export class ExportsError extends AppError {
  constructor(readonly exportsCode: ExportsErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[exportsCode][0], MAP[exportsCode][1], details, exportsCode);
  }
}

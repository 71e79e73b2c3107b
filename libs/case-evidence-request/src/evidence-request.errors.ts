import { AppError, ErrorCode } from '@renkei/core';

export enum EvidenceRequestErrorCode {
  NOT_ALLOWED = 'EVIDENCE_REQUEST.NOT_ALLOWED',
  NOT_OF_THIS_TYPE = 'EVIDENCE_REQUEST.NOT_OF_THIS_TYPE',
}

const MAP: Record<EvidenceRequestErrorCode, [ErrorCode, string]> = {
  [EvidenceRequestErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
  [EvidenceRequestErrorCode.NOT_OF_THIS_TYPE]: [ErrorCode.BAD_USER_INPUT, 'This transition belongs to another case type'],
};

/** The evidence request lib's one exception class; its codes map onto the stable client codes. No value is ever echoed. */
export class EvidenceRequestError extends AppError {
  constructor(readonly evidenceRequestCode: EvidenceRequestErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[evidenceRequestCode][0], MAP[evidenceRequestCode][1], details, evidenceRequestCode);
  }
}

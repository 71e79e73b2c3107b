import { AppError, ErrorCode } from '@renkei/core';

export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'IDENTITY.INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'IDENTITY.ACCOUNT_LOCKED',
  TOKEN_INVALID = 'IDENTITY.TOKEN_INVALID',
  SESSION_ENDED = 'IDENTITY.SESSION_ENDED',
  ROLE_NOT_ALLOWED = 'IDENTITY.ROLE_NOT_ALLOWED_FOR_AGENCY',
}

const TO_CODE: Record<IdentityErrorCode, ErrorCode> = {
  [IdentityErrorCode.INVALID_CREDENTIALS]: ErrorCode.INVALID_CREDENTIALS,
  [IdentityErrorCode.ACCOUNT_LOCKED]: ErrorCode.ACCOUNT_LOCKED,
  [IdentityErrorCode.TOKEN_INVALID]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.SESSION_ENDED]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.ROLE_NOT_ALLOWED]: ErrorCode.BAD_USER_INPUT,
};

const MESSAGES: Record<IdentityErrorCode, string> = {
  [IdentityErrorCode.INVALID_CREDENTIALS]: 'Invalid username or password',
  [IdentityErrorCode.ACCOUNT_LOCKED]: 'Too many failed logins: try again later',
  [IdentityErrorCode.TOKEN_INVALID]: 'Authentication required',
  [IdentityErrorCode.SESSION_ENDED]: 'Authentication required',
  [IdentityErrorCode.ROLE_NOT_ALLOWED]: 'This role cannot be held in this agency',
};

/** The identity lib's one exception class; its codes map onto the stable client codes. */
export class IdentityError extends AppError {
  constructor(readonly identityCode: IdentityErrorCode, details: { field?: string; reason: string }[] = []) {
    super(TO_CODE[identityCode], MESSAGES[identityCode], details, identityCode);
  }
}

/**
 * The stable codes a client may rely on. Every module's error class maps onto one of these;
 * nothing else (stack, SQL, class names) ever reaches a client.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** too many requests of one kind from one client: try again later */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}

export interface ErrorDetail {
  field?: string;
  reason: string;
}

/** Base of every module's exception class. `message` is safe to show; it never echoes values. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** a module-specific reason code, e.g. IDENTITY.SESSION_REVOKED */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  /** The same message for a row that is hidden and a row that never existed. */
  constructor(subject: string) {
    super(ErrorCode.NOT_FOUND, `${subject} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Forbidden', details: ErrorDetail[] = [], reason?: string) {
    super(ErrorCode.FORBIDDEN, message, details, reason);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(reason?: string) {
    super(ErrorCode.UNAUTHENTICATED, 'Authentication required', [], reason);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message = 'The record was changed by someone else; reload and try again') {
    super(ErrorCode.CONFLICT, message);
  }
}

import { AppError, ErrorCode, type ErrorDetail } from '@renkei/core';

export enum NotificationsErrorCode {
  /** a rule returned a draft that breaks the draft's contract: a bug in the rule, not the user's */
  INVALID_DRAFT = 'NOTIFICATIONS.INVALID_DRAFT',
  /** a rule registered with a malformed event type (fails at boot) */
  INVALID_RULE = 'NOTIFICATIONS.INVALID_RULE',
}

const TO_CODE: Record<NotificationsErrorCode, ErrorCode> = {
  [NotificationsErrorCode.INVALID_DRAFT]: ErrorCode.INTERNAL,
  [NotificationsErrorCode.INVALID_RULE]: ErrorCode.INTERNAL,
};

const MESSAGES: Record<NotificationsErrorCode, string> = {
  [NotificationsErrorCode.INVALID_DRAFT]: 'A notification rule produced an invalid notification',
  [NotificationsErrorCode.INVALID_RULE]: 'A notification rule was registered for an invalid event type',
};

/** The notifications lib's one exception class; details name fields, never values. */
export class NotificationsError extends AppError {
  constructor(readonly notificationsCode: NotificationsErrorCode, details: ErrorDetail[] = []) {
    super(TO_CODE[notificationsCode], MESSAGES[notificationsCode], details, notificationsCode);
  }
}

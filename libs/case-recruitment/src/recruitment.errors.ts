import { AppError, ErrorCode } from '@renkei/core';

export enum RecruitmentErrorCode {
  /** the URL is already filed in a case the user may not read: nothing about that case is said */
  ALREADY_FILED_ELSEWHERE = 'RECRUITMENT.ALREADY_FILED_ELSEWHERE',
  NOT_ALLOWED = 'RECRUITMENT.NOT_ALLOWED',
  NO_LABOUR_BUREAU = 'RECRUITMENT.NO_LABOUR_BUREAU',
  NOT_A_PHONE = 'RECRUITMENT.CONTACT_NOT_A_PHONE',
  NOT_A_CARRIER = 'RECRUITMENT.NOT_A_CARRIER',
  NO_HQ = 'RECRUITMENT.NO_POLICE_HQ',
}

const MAP: Record<RecruitmentErrorCode, [ErrorCode, string]> = {
  [RecruitmentErrorCode.ALREADY_FILED_ELSEWHERE]: [ErrorCode.CONFLICT, 'This post is already being handled; ask the prefecture’s coordination office'],
  [RecruitmentErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'Forbidden'],
  [RecruitmentErrorCode.NO_LABOUR_BUREAU]: [ErrorCode.BAD_USER_INPUT, 'No labour bureau is registered for the case’s prefecture'],
  [RecruitmentErrorCode.NOT_A_PHONE]: [ErrorCode.BAD_USER_INPUT, 'Subscriber identification needs a phone contact with its carrier'],
  [RecruitmentErrorCode.NOT_A_CARRIER]: [ErrorCode.BAD_USER_INPUT, 'The carrier must be an active carrier agency'],
  [RecruitmentErrorCode.NO_HQ]: [ErrorCode.BAD_USER_INPUT, 'No police HQ is registered for this prefecture'],
};

/** The recruitment lib's one exception class; its codes map onto the stable client codes. */
export class RecruitmentError extends AppError {
  constructor(readonly recruitmentCode: RecruitmentErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[recruitmentCode][0], MAP[recruitmentCode][1], details, recruitmentCode);
  }
}

import { AppError, ErrorCode } from '@renkei/core';

export enum TipsErrorCode {
  /** wrong PIN or unknown receipt number: the same code, message and timing for both */
  ACCESS_DENIED = 'TIPS.ACCESS_DENIED',
  /** too many wrong PINs for this receipt number or from this client (unknown numbers too) */
  ACCESS_LOCKED = 'TIPS.ACCESS_LOCKED',
  NOT_ALLOWED = 'TIPS.NOT_ALLOWED',
  NOT_CLASSIFIED_TARGET = 'TIPS.NOT_CLASSIFIED_TARGET',
  REWARD_NOT_ELIGIBLE = 'TIPS.REWARD_NOT_ELIGIBLE',
  REWARD_ALREADY_DECIDED = 'TIPS.REWARD_ALREADY_DECIDED',
  REWARD_NOT_PAYABLE = 'TIPS.REWARD_NOT_PAYABLE',
  REWARD_ALREADY_PAID = 'TIPS.REWARD_ALREADY_PAID',
  NOT_A_POLICE_HQ = 'TIPS.NOT_A_POLICE_HQ',
  NOT_FORWARDED = 'TIPS.NOT_FORWARDED',
  CASE_ALREADY_OPENED = 'TIPS.CASE_ALREADY_OPENED',
  POST_ALREADY_FILED = 'TIPS.POST_ALREADY_FILED',
  REQUEST_NOT_OPEN = 'TIPS.REQUEST_NOT_OPEN',
  /** too many web tips from one client within the hour (the public form is unauthenticated) */
  INTAKE_THROTTLED = 'TIPS.INTAKE_THROTTLED',
}

/** Public answers (the tipster's) are in Japanese: they are shown as they are on the web form. */
const MAP: Record<TipsErrorCode, [ErrorCode, string]> = {
  [TipsErrorCode.ACCESS_DENIED]: [ErrorCode.INVALID_CREDENTIALS, '受付番号または暗証番号が正しくありません。'],
  [TipsErrorCode.ACCESS_LOCKED]: [ErrorCode.ACCOUNT_LOCKED, '入力の誤りが続いたため、しばらくの間ご利用いただけません。時間をおいて再度お試しください。'],
  [TipsErrorCode.NOT_ALLOWED]: [ErrorCode.FORBIDDEN, 'この操作は許可されていません。'],
  [TipsErrorCode.NOT_CLASSIFIED_TARGET]: [ErrorCode.BAD_USER_INPUT, '情報料は対象事案情報に限られます。'],
  [TipsErrorCode.REWARD_NOT_ELIGIBLE]: [ErrorCode.BAD_USER_INPUT, '通報者が情報料の受領を希望していないか、不適格者に該当します。'],
  [TipsErrorCode.REWARD_ALREADY_DECIDED]: [ErrorCode.CONFLICT, '情報料は既に決定されています。'],
  [TipsErrorCode.REWARD_NOT_PAYABLE]: [ErrorCode.BAD_USER_INPUT, '情報料の支払対象ではないか、支払期間（掲載から1年）を過ぎています。'],
  [TipsErrorCode.REWARD_ALREADY_PAID]: [ErrorCode.CONFLICT, '情報料は既に支払われています。'],
  [TipsErrorCode.NOT_A_POLICE_HQ]: [ErrorCode.BAD_USER_INPUT, '転送先は警察本部に限られます。'],
  [TipsErrorCode.NOT_FORWARDED]: [ErrorCode.BAD_USER_INPUT, 'この通報は転送されていません。'],
  [TipsErrorCode.CASE_ALREADY_OPENED]: [ErrorCode.CONFLICT, 'この通報からは既に事件が作成されています。'],
  [TipsErrorCode.POST_ALREADY_FILED]: [ErrorCode.CONFLICT, 'この投稿は既に事件として登録されています。'],
  [TipsErrorCode.REQUEST_NOT_OPEN]: [ErrorCode.BAD_USER_INPUT, 'この追加情報の求めは受付を終了しています。'],
  [TipsErrorCode.INTAKE_THROTTLED]: [ErrorCode.RATE_LIMITED, '短時間に多数の通報が送信されたため、しばらくの間受け付けできません。時間をおいて再度お試しください。緊急の場合は110番通報してください。'],
};

/** The tips lib's one exception class; its codes map onto the stable client codes. No value is ever echoed. */
export class TipsError extends AppError {
  constructor(readonly tipsCode: TipsErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[tipsCode][0], MAP[tipsCode][1], details, tipsCode);
  }
}

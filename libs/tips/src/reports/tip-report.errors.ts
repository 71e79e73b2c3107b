import { AppError, ErrorCode } from '@renkei/core';

export enum TipReportErrorCode {
  /** wrong passphrase/key, a changed or truncated file, or not a report file: deliberately one code */
  DECRYPTION_FAILED = 'TIP_REPORT.DECRYPTION_FAILED',
  /** the passphrase chosen for a report file is below the policy (ADR 0013) */
  PASSPHRASE_TOO_WEAK = 'TIP_REPORT.PASSPHRASE_TOO_WEAK',
  /** a raw key that is not exactly 256 bits (or not valid base64) */
  KEY_INVALID = 'TIP_REPORT.KEY_INVALID',
  /** the input of a report form is not usable (e.g. a date that is not a JST calendar date) */
  INVALID_INPUT = 'TIP_REPORT.INVALID_INPUT',
  /** the stored encrypted file is missing or does not match its recorded SHA-256 */
  FILE_UNAVAILABLE = 'TIP_REPORT.FILE_UNAVAILABLE',
}

const MAP: Record<TipReportErrorCode, [ErrorCode, string]> = {
  [TipReportErrorCode.DECRYPTION_FAILED]: [ErrorCode.BAD_USER_INPUT, '報告書ファイルを復号できません（暗証番号・鍵が違うか、ファイルが破損しています）'],
  [TipReportErrorCode.PASSPHRASE_TOO_WEAK]: [ErrorCode.BAD_USER_INPUT, '暗証番号が弱すぎます（12文字以上、5種類以上の文字）'],
  [TipReportErrorCode.KEY_INVALID]: [ErrorCode.BAD_USER_INPUT, '鍵は256ビット（32バイト、Base64）である必要があります'],
  [TipReportErrorCode.INVALID_INPUT]: [ErrorCode.BAD_USER_INPUT, '報告書の入力が不正です'],
  [TipReportErrorCode.FILE_UNAVAILABLE]: [ErrorCode.INTERNAL, '報告書ファイルを取得できません（再作成してください）'],
};

/**
 * The report part's one exception class; its codes map onto the stable client codes.
 * Never carries a passphrase, key or report content, and a decryption failure never says
 * which part (key, header, ciphertext, tag) was wrong.
 */
export class TipReportError extends AppError {
  constructor(readonly tipReportCode: TipReportErrorCode, details: { field?: string; reason: string }[] = []) {
    super(MAP[tipReportCode][0], MAP[tipReportCode][1], details, tipReportCode);
  }
}

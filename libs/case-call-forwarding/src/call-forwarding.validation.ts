import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizePhone } from '@renkei/cases';
import { CallForwardingError, CallForwardingErrorCode } from './call-forwarding.errors';
import { NumberType } from './call-forwarding.types';

/**
 * The check digit of a 13-digit 法人番号 (国税庁: 法人番号の指定等に関する省令 第2条): the leading
 * digit is 9 − (Σ Pn × Qn mod 9), Pn the n-th of the 12 base digits counted from the right,
 * Qn = 1 for odd n and 2 for even n.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^[0-9]{12}$/.test(base12)) throw new CallForwardingError(CallForwardingErrorCode.INVALID_CORPORATE_NUMBER, [{ field: 'corporateNumber', reason: 'FORMAT' }]);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

/** Width-folded, separators removed; the 13 digits. FORMAT when it is not 13 digits. */
export function normalizeCorporateNumber(raw: string): string {
  const v = raw.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^[0-9]{13}$/.test(v)) throw new CallForwardingError(CallForwardingErrorCode.INVALID_CORPORATE_NUMBER, [{ field: 'corporateNumber', reason: 'FORMAT' }]);
  return v;
}

export function isValidCorporateNumber(corporateNumber: string): boolean {
  return /^[0-9]{13}$/.test(corporateNumber) && Number(corporateNumber[0]) === corporateNumberCheckDigit(corporateNumber.slice(1));
}

/**
 * E.164 (normalizePhone, libphonenumber-js) and the type libphonenumber-js's full metadata gives
 * it: FIXED_LINE → FIXED, VOIP (050) → IP_050, MOBILE → MOBILE. A stated type must agree.
 */
export function normalizeForwardingNumber(raw: string, stated?: NumberType | null): { number: string; numberType: NumberType } {
  const number = normalizePhone(raw);
  const kind = parsePhoneNumberFromString(number)?.getType();
  const derived = kind === 'FIXED_LINE' || kind === 'FIXED_LINE_OR_MOBILE' ? NumberType.FIXED : kind === 'VOIP' ? NumberType.IP_050 : kind === 'MOBILE' ? NumberType.MOBILE : null;
  if (!derived || (stated && stated !== derived)) {
    throw new CallForwardingError(CallForwardingErrorCode.NUMBER_TYPE_MISMATCH, [{ field: 'numberType', reason: derived ? 'TYPE_MISMATCH' : 'UNSUPPORTED_TYPE' }]);
  }
  return { number, numberType: derived };
}

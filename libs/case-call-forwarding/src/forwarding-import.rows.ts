import { CallForwardingError } from './call-forwarding.errors';
import { normalizeForwardingNumber } from './call-forwarding.validation';
import { NumberType, NumberUsage } from './call-forwarding.types';

/**
 * One row of a numbers CSV: `number,type,carrier,usage[,contract_holder]` (header required,
 * any column order). `type`: fixed | 050 | mobile (or FIXED / IP_050 / MOBILE, 固定 / 携帯);
 * `carrier`: the carrier agency's code; `usage`: fraud | stock (or FRAUD_USED / STOCK, 詐欺 / 在庫).
 */
export const IMPORT_COLUMNS = ['number', 'type', 'carrier', 'usage'] as const;
export const IMPORT_OPTIONAL_COLUMNS = ['contract_holder'] as const;

/** Why a row is refused; a code, never the value (the error list is shown to the user and logged). */
export enum ImportRowReason {
  MISSING_NUMBER = 'MISSING_NUMBER',
  INVALID_NUMBER = 'INVALID_NUMBER',
  NUMBER_TYPE_MISMATCH = 'NUMBER_TYPE_MISMATCH',
  UNKNOWN_TYPE = 'UNKNOWN_TYPE',
  UNKNOWN_CARRIER = 'UNKNOWN_CARRIER',
  NOT_A_CARRIER = 'NOT_A_CARRIER',
  UNKNOWN_USAGE = 'UNKNOWN_USAGE',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  ALREADY_IN_CASE = 'ALREADY_IN_CASE',
  HOLDER_TOO_LONG = 'HOLDER_TOO_LONG',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  /** the file itself: no header, a missing column, unreadable CSV */
  BAD_FILE = 'BAD_FILE',
}

export interface ImportRowError {
  line: number;
  reason: ImportRowReason;
}

export interface ImportedNumber {
  number: string;
  numberType: NumberType;
  carrierAgencyId: string;
  usage: NumberUsage;
  contractHolder: string | null;
}

const TYPES: Record<string, NumberType> = {
  fixed: NumberType.FIXED, '固定': NumberType.FIXED, '050': NumberType.IP_050, ip_050: NumberType.IP_050, mobile: NumberType.MOBILE, '携帯': NumberType.MOBILE,
};
const USAGES: Record<string, NumberUsage> = {
  fraud: NumberUsage.FRAUD_USED, fraud_used: NumberUsage.FRAUD_USED, '詐欺': NumberUsage.FRAUD_USED, stock: NumberUsage.STOCK, '在庫': NumberUsage.STOCK,
};

/** What a row is checked against: the agencies by code, the numbers already seen (file and case). */
export interface ImportRowContext {
  agencies: ReadonlyMap<string, { id: string; isCarrier: boolean }>;
  seen: Set<string>;
  existing: ReadonlySet<string>;
}

/** Validates and normalizes one row; the number is remembered as seen when the row is good. */
export function validateImportRow(record: Record<string, string | undefined>, c: ImportRowContext): ImportedNumber | ImportRowReason {
  const raw = (record.number ?? '').trim();
  if (!raw) return ImportRowReason.MISSING_NUMBER;
  const numberType = TYPES[(record.type ?? '').trim().toLowerCase()];
  if (!numberType) return ImportRowReason.UNKNOWN_TYPE;
  const usage = USAGES[(record.usage ?? '').trim().toLowerCase()];
  if (!usage) return ImportRowReason.UNKNOWN_USAGE;
  const agency = c.agencies.get((record.carrier ?? '').trim().toLowerCase());
  if (!agency) return ImportRowReason.UNKNOWN_CARRIER;
  if (!agency.isCarrier) return ImportRowReason.NOT_A_CARRIER;
  const holder = (record.contract_holder ?? '').trim() || null;
  if (holder && holder.length > 300) return ImportRowReason.HOLDER_TOO_LONG;
  let number: string;
  try {
    number = normalizeForwardingNumber(raw, numberType).number;
  } catch (error) {
    return error instanceof CallForwardingError ? ImportRowReason.NUMBER_TYPE_MISMATCH : ImportRowReason.INVALID_NUMBER;
  }
  if (c.existing.has(number)) return ImportRowReason.ALREADY_IN_CASE;
  if (c.seen.has(number)) return ImportRowReason.DUPLICATE_IN_FILE;
  c.seen.add(number);
  return { number, numberType, carrierAgencyId: agency.id, usage, contractHolder: holder };
}

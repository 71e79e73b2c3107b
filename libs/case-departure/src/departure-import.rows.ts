import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DeparturePersonInput } from './dto/departure.inputs';
import type { FileDepartingResident } from './departure.service';

/**
 * One row of a departures CSV (header required, any column order, names case-insensitive):
 * `romaji_name,kana_name,date_of_birth,nationality,status_of_residence,residence_card_number,
 * residence_expiry,planned_departure,address` and optionally `application_number`,
 * `application_date` (either one marks the application as pending) and `application_pending`
 * (true / false). Dates are YYYY-MM-DD; an empty cell is an absent value. No accounts or phones:
 * the case is filed with the person only (the police add the institutions later).
 */
export const DEPARTURE_IMPORT_COLUMNS = [
  'romaji_name',
  'kana_name',
  'date_of_birth',
  'nationality',
  'status_of_residence',
  'residence_card_number',
  'residence_expiry',
  'planned_departure',
  'address',
] as const;
export const DEPARTURE_IMPORT_OPTIONAL_COLUMNS = ['application_number', 'application_date', 'application_pending'] as const;

/** The CSV column of each person field (for the reason codes: `INVALID_DATE_OF_BIRTH`, `MISSING_ROMAJI_NAME`…). */
const COLUMN_OF: Record<string, string> = {
  romajiName: 'romaji_name',
  kanaName: 'kana_name',
  dateOfBirth: 'date_of_birth',
  nationality: 'nationality',
  statusOfResidence: 'status_of_residence',
  residenceCardNumber: 'residence_card', // as the service's INVALID_RESIDENCE_CARD
  residenceExpiry: 'residence_expiry',
  plannedDeparture: 'planned_departure',
  address: 'address',
  applicationNumber: 'application_number',
  applicationDate: 'application_date',
  applicationPending: 'application_pending',
};

/** Why a row (or the file) is refused: a code, never the value (the list is shown to the user and logged). */
export type DepartureImportReason = string;

export const FILE_REASONS = {
  /** no header, a missing column, unreadable CSV */
  BAD_FILE: 'BAD_FILE',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
} as const;

export interface DepartureImportRowError {
  /** the line of the file, the header being line 1 */
  line: number;
  reason: DepartureImportReason;
}

const PENDING: Record<string, boolean> = { true: true, yes: true, '1': true, '申請中': true, false: false, no: false, '0': false, '': false };

/**
 * The same checks as the `FileDepartingResidentInput` DTO (class-validator) on one row, or the reason
 * it fails. The service's own rules (card format, dates, application flag) run when the row is filed.
 */
export function personOfRow(record: Record<string, string | undefined>): FileDepartingResident['person'] | DepartureImportReason {
  const cell = (c: string) => {
    const v = (record[c] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const explicit = (record.application_pending ?? '').trim().toLowerCase();
  if (!(explicit in PENDING)) return 'INVALID_APPLICATION_PENDING';
  const applicationNumber = cell('application_number');
  const applicationDate = cell('application_date');
  const plain = {
    romajiName: cell('romaji_name'),
    kanaName: cell('kana_name'),
    dateOfBirth: cell('date_of_birth'),
    nationality: cell('nationality'),
    statusOfResidence: cell('status_of_residence'),
    residenceCardNumber: cell('residence_card_number'),
    residenceExpiry: cell('residence_expiry'),
    plannedDeparture: cell('planned_departure'),
    address: cell('address'),
    applicationNumber,
    applicationDate,
    applicationPending: explicit ? PENDING[explicit] : !!(applicationNumber || applicationDate),
  };
  const person = plainToInstance(DeparturePersonInput, plain);
  const [error] = validateSync(person, { forbidUnknownValues: true });
  if (error) {
    const column = COLUMN_OF[error.property] ?? error.property;
    return `${plain[error.property as keyof typeof plain] === undefined ? 'MISSING' : 'INVALID'}_${column.toUpperCase()}`;
  }
  return person;
}

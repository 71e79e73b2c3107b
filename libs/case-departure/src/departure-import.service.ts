import { Injectable } from '@nestjs/common';
import { parse, type Options as CsvOptions } from 'csv-parse';
import { Readable } from 'node:stream';
import { AppError, ErrorCode, type RequestContext } from '@renkei/core';
import { DepartureService, type FileDepartingResident } from './departure.service';
import { DepartureError, DepartureErrorCode } from './departure.errors';
import { DEPARTURE_IMPORT_COLUMNS, FILE_REASONS, personOfRow, type DepartureImportRowError } from './departure-import.rows';

/** A file with more data rows is refused as a whole (the intake is synchronous: one transaction per row). */
export const DEPARTURE_IMPORT_MAX_ROWS = 2_000;
/** At most this many bad rows are listed (`failedCount` goes on). */
export const DEPARTURE_IMPORT_MAX_ERRORS = 1_000;

const CSV_OPTIONS: CsvOptions = { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true };

/** Errors about the request rather than a row (no prefecture, no HQ, not allowed): the whole upload is refused. */
const REQUEST_ERRORS = new Set<string>([DepartureErrorCode.NO_PREFECTURE, DepartureErrorCode.NO_HQ, DepartureErrorCode.NO_IMMIGRATION, DepartureErrorCode.NOT_ALLOWED]);

export interface DepartureImportResult {
  created: number;
  /** the cases filed, with the line of their row */
  cases: { line: number; id: string; reference: string }[];
  /** the bad rows (the first DEPARTURE_IMPORT_MAX_ERRORS), each a line and a reason code, never a value */
  failed: DepartureImportRowError[];
  failedCount: number;
  perRow: true;
}

/**
 * Bulk intake of upcoming departures from CSV, synchronous. **Per row, not all-or-nothing**: each
 * valid row is filed by `DepartureService.file` (the rules of `fileDepartingResident`) in its own
 * transaction; each bad row is reported by line and reason and does not stop the others. A bad
 * file (no header, missing column, unreadable CSV, too many rows) files nothing: the file is read
 * whole (it is bounded by the upload limit) before the first row is filed.
 */
@Injectable()
export class DepartureImportService {
  constructor(private readonly departures: DepartureService) {}

  async import(ctx: RequestContext, csv: Buffer, prefectureId: string | null): Promise<DepartureImportResult> {
    const result: DepartureImportResult = { created: 0, cases: [], failed: [], failedCount: 0, perRow: true };
    const bad = (line: number, reason: string) => {
      result.failedCount += 1;
      if (result.failed.length < DEPARTURE_IMPORT_MAX_ERRORS) result.failed.push({ line, reason });
    };
    const rows = await this.read(csv);
    if (!Array.isArray(rows)) {
      bad(rows.line, rows.reason);
      return result;
    }
    for (const { line, record } of rows) {
      const person = personOfRow(record);
      if (typeof person === 'string') {
        bad(line, person);
        continue;
      }
      const input: FileDepartingResident = { prefectureId, person, accounts: [], contracts: [] };
      try {
        const filed = await this.departures.file(ctx, input);
        result.created += 1;
        result.cases.push({ line, id: filed.id, reference: filed.reference });
      } catch (error) {
        const reason = rowReason(error);
        if (!reason) throw error;
        bad(line, reason);
      }
    }
    return result;
  }

  /** The data rows with their line (the header is line 1), or why the file is refused as a whole. */
  private async read(csv: Buffer): Promise<{ line: number; record: Record<string, string> }[] | DepartureImportRowError> {
    let header: string[] = [];
    const rows: { line: number; record: Record<string, string> }[] = [];
    const parser = Readable.from([csv]).pipe(parse({ ...CSV_OPTIONS, columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())) }));
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        if (rows.length === 0 && DEPARTURE_IMPORT_COLUMNS.some((c) => !header.includes(c))) return { line: 1, reason: FILE_REASONS.BAD_FILE };
        if (rows.length >= DEPARTURE_IMPORT_MAX_ROWS) return { line: info.lines, reason: FILE_REASONS.TOO_MANY_ROWS };
        rows.push({ line: info.lines, record });
      }
    } catch (error) {
      // A CSV syntax error (unclosed quote, …): the file is refused at the line where it broke.
      return { line: (error as { lines?: number }).lines ?? rows.length + 2, reason: FILE_REASONS.BAD_FILE };
    } finally {
      parser.destroy();
    }
    if (header.length === 0 || DEPARTURE_IMPORT_COLUMNS.some((c) => !header.includes(c))) return { line: 1, reason: FILE_REASONS.BAD_FILE };
    return rows;
  }
}

/** The reason code of a row the service refused (bad input about the row), or null for an error about the request. */
function rowReason(error: unknown): string | null {
  if (error instanceof DepartureError && REQUEST_ERRORS.has(error.departureCode)) return null;
  if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT) return null;
  return error.details.find((d) => d.reason)?.reason ?? (error instanceof DepartureError ? error.departureCode : 'INVALID_ROW');
}

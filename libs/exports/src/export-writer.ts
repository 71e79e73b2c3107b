import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { stringify, type Stringifier } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { ExportFormat, type ExportCell, type ExportColumn, type ExportRow } from './exports.types';

/** The note on a redacted XLSX cell, and the CSV trailing column that lists a row's redacted headers. */
export const REDACTED_NOTE = '非表示（閲覧権限なし）';
export const REDACTED_COLUMN = '非表示項目';
const REDACTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** Dates are written in Japan time, as people in Japan read them. */
const JST = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** A cell as a plain value: dates in JST, lists joined with 、, nothing as an empty cell. */
export function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return JST.format(value);
  if (Array.isArray(value)) return value.map((v) => String(cellValue(v) ?? '')).join('、');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A leading = + - @ would make a spreadsheet evaluate the cell (CSV injection): quoted with '. */
function csvSafe(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row as cells: each column's value, or null and its header listed when the field is redacted. */
export function renderRow(columns: ExportColumn[], row: ExportRow): { cells: (string | number | boolean | null)[]; redacted: string[] } {
  const hidden = new Set(row.redactedFields ?? []);
  const cells: (string | number | boolean | null)[] = [];
  const redacted: string[] = [];
  for (const column of columns) {
    if (hidden.has(column.field)) {
      cells.push(null);
      redacted.push(column.header);
      continue;
    }
    // Reading the field is what records an (S) read: only columns actually written are read.
    const raw = row[column.field];
    const rendered: ExportCell | undefined = column.render ? column.render(raw, row) : (raw as ExportCell);
    cells.push(cellValue(rendered));
  }
  return { cells, redacted };
}

/** Streams rows to a file: never the whole list in memory. */
export interface ExportFileWriter {
  write(row: ExportRow): Promise<void>;
  /** Finishes the file and returns its size and sha256. */
  close(): Promise<{ sizeBytes: number; sha256: string }>;
  /** Drops the half-written file's stream (the caller deletes the file). */
  abort(): void;
}

export function openWriter(format: ExportFormat, path: string, columns: ExportColumn[], sheetName: string): Promise<ExportFileWriter> {
  return format === ExportFormat.CSV ? openCsv(path, columns) : openXlsx(path, columns, sheetName);
}

async function fileDigest(path: string): Promise<{ sizeBytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sizeBytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

/** CSV, UTF-8 with BOM (Excel in Japan opens it as UTF-8), CRLF, a trailing 非表示項目 column. */
async function openCsv(path: string, columns: ExportColumn[]): Promise<ExportFileWriter> {
  const out: WriteStream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const csv: Stringifier = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  const put = async (record: unknown[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await put([...columns.map((c) => c.header), REDACTED_COLUMN]);
  return {
    write: async (row) => {
      const { cells, redacted } = renderRow(columns, row);
      await put([...cells.map(csvSafe), redacted.join('、')]);
    },
    close: async () => {
      const finished = once(out, 'finish');
      csv.end();
      await finished;
      return fileDigest(path);
    },
    abort: () => {
      csv.destroy();
      out.destroy();
    },
  };
}

/** XLSX through exceljs's streaming writer: each row is committed (flushed) as it is written. */
async function openXlsx(path: string, columns: ExportColumn[], sheetName: string): Promise<ExportFileWriter> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Renkei';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    write: async (row) => {
      const { cells } = renderRow(columns, row);
      const hidden = new Set(row.redactedFields ?? []);
      const r = sheet.addRow(cells);
      columns.forEach((c, i) => {
        if (!hidden.has(c.field)) return;
        const cell = r.getCell(i + 1);
        cell.fill = REDACTED_FILL;
        cell.note = REDACTED_NOTE;
      });
      r.commit();
    },
    close: async () => {
      sheet.commit();
      await workbook.commit();
      return fileDigest(path);
    },
    abort: () => {
      // the WorkbookWriter has no abort: its stream is left to be garbage collected, the file deleted by the caller
    },
  };
}

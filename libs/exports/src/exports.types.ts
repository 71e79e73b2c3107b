import type { RequestContext } from '@renkei/core';

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export enum ExportState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

/** The built-in sources; other libs register theirs by name (e.g. `ACTIVITY_REPORTS` from libs/reports). */
export enum BuiltInExportSource {
  CASES = 'CASES',
  TASKS = 'TASKS',
  DASHBOARD = 'DASHBOARD',
}

export interface ExportJobRow {
  id: string;
  source: string;
  format: ExportFormat;
  params: Record<string, unknown>;
  state: ExportState;
  requestedBy: string;
  requestedAgencyId: string;
  rowCount: number;
  progress: number;
  fileKey: string | null;
  sha256: string | null;
  sizeBytes: number | null;
  errorCode: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

/** A cell value as a writer understands it. */
export type ExportCell = string | number | boolean | Date | null;

/**
 * One column of a source: `field` is read on each row (a projected row's getter records an (S)
 * read only when the column is written); the row's `redactedFields` naming `field` makes the
 * cell an empty "redacted" cell whatever `render` would say.
 */
export interface ExportColumn<R = Record<string, unknown>> {
  field: string;
  /** Japanese header */
  header: string;
  render?: (value: unknown, row: R) => ExportCell;
  /** XLSX column width in characters */
  width?: number;
}

/** A row as the source hands it over: projected (or computed from projected data), with what was redacted. */
export type ExportRow = Record<string, unknown> & { redactedFields?: readonly string[] | null };

export interface ExportPage {
  rows: ExportRow[];
  /** the cursor of the next page; null when done */
  next: string | null;
}

/**
 * A source of export rows. It goes through the same service code and field projection as the
 * GraphQL query it mirrors; the exports lib only writes what it is handed.
 */
export interface ExportSource<P = Record<string, unknown>> {
  name: string;
  /** Japanese title, used in the file name and the sheet name */
  titleJa: string;
  /** the columns of a file; may depend on the params (e.g. a case type's own columns when filtered to one type) */
  columns: ExportColumn[] | ((params: P) => ExportColumn[]);
  /**
   * Request-time check, in the requester's context, before anything is stored or queued: throws
   * (FORBIDDEN for a filter or sort on a field the user may not read, BAD_USER_INPUT for bad params).
   */
  validate(ctx: RequestContext, params: P): Promise<void>;
  /** Rebuilds typed params from the stored JSON (dates come back as strings). */
  revive(json: Record<string, unknown>): P;
  fetchPage(ctx: RequestContext, params: P, cursor: string | null): Promise<ExportPage>;
  /** Optional row estimate for the progress figure (rows the user may read only). */
  estimate?(ctx: RequestContext, params: P): Promise<number | null>;
}

import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { getSharedConfigToken } from '@nestjs/bullmq';
import { Queue, type QueueOptions } from 'bullmq';
import { parse, type Options as CsvOptions } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AgencyKind, APP_CONFIG, Clock, NotFoundError, RequestContext, TransactionRunner, type AppConfig, type Tx } from '@renkei/core';
import { FieldAccessService, READ } from '@renkei/authz';
import { CasesService, EntityKind } from '@renkei/cases';
import { CallForwardingRepository } from './call-forwarding.repository';
import { FORWARDING_NUMBER, FORWARDING_PROVIDER } from './call-forwarding.fields';
import { CallForwardingError, CallForwardingErrorCode } from './call-forwarding.errors';
import { ImportState, type ImportRow, type ProviderRow } from './call-forwarding.types';
import { IMPORT_COLUMNS, ImportRowReason, validateImportRow, type ImportedNumber, type ImportRowError } from './forwarding-import.rows';
import { CallForwardingJob, CallForwardingQueue, importJobId, type ImportJobData } from './jobs/call-forwarding-queues';

/** Rows per INSERT statement (and per progress update). */
export const IMPORT_BATCH_ROWS = 1_000;
/** At most this many bad rows are kept (the count goes on). */
export const IMPORT_MAX_ERRORS = 1_000;
/** A file with more data rows is refused as a whole. */
export const IMPORT_MAX_ROWS = 200_000;
/** The fields an import writes on each number: only users who may write them may import. */
const IMPORT_FIELDS = ['number', 'numberType', 'carrierAgencyId', 'usage', 'contractHolder'];

const CSV_OPTIONS: CsvOptions = { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true };

/** The upload as multer wrote it to disk (never held in memory). */
export interface UploadedCsv {
  /** multer's random file name: 32 hex digits */
  filename: string;
  originalname: string;
}

/** Every bad row of a rejected file: the transaction rolls back with it. */
class ImportRejected extends Error {
  constructor(readonly errors: ImportRowError[], readonly errorCount: number, readonly processed: number) {
    super('import rejected');
  }
}

/** Where uploaded CSV files wait for their job: under ATTACHMENTS_DIR (shared by the API and the worker). */
export function importsDir(config: AppConfig): string {
  return join(resolve(config.attachments.dir), 'forwarding-imports');
}

/**
 * Bulk import of a provider's numbers from CSV, as a BullMQ job. **All-or-nothing**: the rows
 * are inserted in batches of 1,000 inside one transaction; one bad row and it rolls back, the
 * import is FAILED and lists every bad row (line, reason; the first 1,000), otherwise every row
 * commits. The file is streamed (csv-parse), never read whole; progress is written to the
 * import's row in its own short transaction after every batch.
 */
@Injectable()
export class ForwardingImportService implements OnApplicationShutdown {
  private readonly logger = new Logger(ForwardingImportService.name);
  private queue: Queue<ImportJobData> | null = null;

  constructor(
    private readonly repository: CallForwardingRepository,
    private readonly cases: CasesService,
    private readonly fields: FieldAccessService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(getSharedConfigToken()) private readonly bullConfig?: QueueOptions,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  /** Records the import (QUEUED) and queues its job. The file is deleted when the user may not import into the case. */
  async start(ctx: RequestContext, caseId: string, file: UploadedCsv): Promise<ImportRow> {
    let id: string;
    try {
      if (!/^[0-9a-f]{32}$/.test(file.filename)) throw new Error('unexpected upload file name');
      id = await this.transactions.run(async (tx) => {
        const provider = await this.authorize(ctx, tx, caseId);
        const importId = await this.repository.insertImport(tx.em, {
          caseId, fileKey: file.filename, fileName: file.originalname.slice(0, 200) || null, createdBy: ctx.actor!.userId, at: this.clock.now(),
        });
        tx.emit({
          type: 'call-forwarding.import.queued', outcome: 'success', ctx, subjectType: FORWARDING_PROVIDER, subjectId: provider.id,
          prefectureId: provider.casePrefectureId, details: { caseId, importId },
        });
        return importId;
      });
    } catch (error) {
      await rm(join(importsDir(this.config), file.filename), { force: true });
      throw error;
    }
    try {
      await this.importQueue().add(CallForwardingJob.IMPORT_NUMBERS, { importId: id }, {
        jobId: importJobId(id), attempts: 1, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 },
      });
    } catch (error) {
      this.logger.warn(`import ${id} could not be queued: ${(error as Error).message}`);
      await this.repository.updateImport(id, { state: ImportState.FAILED, failure: 'QUEUE_UNAVAILABLE', finishedAt: this.clock.now() }, this.clock.now());
      await rm(join(importsDir(this.config), file.filename), { force: true });
    }
    return (await this.repository.findImport(id))!;
  }

  /** An import's progress, for the users who may import into its case (a hidden one answers as missing). */
  async find(ctx: RequestContext, id: string): Promise<ImportRow> {
    const row = await this.repository.findImport(id);
    if (!row) throw new NotFoundError('ForwardingImport');
    try {
      await this.transactions.run((tx) => this.authorize(ctx, tx, row.caseId));
    } catch {
      throw new NotFoundError('ForwardingImport');
    }
    return row;
  }

  /**
   * The job: as the user who uploaded the file (re-checked now), count the rows, then validate
   * and insert them in one transaction. Never throws for a bad file: the import says FAILED.
   */
  async run(importId: string, progress: (p: { processed: number; total: number }) => Promise<void> = async () => undefined): Promise<ImportRow | null> {
    const row = await this.repository.findImport(importId);
    if (!row || (row.state !== ImportState.QUEUED && row.state !== ImportState.RUNNING)) return row;
    const path = join(importsDir(this.config), row.fileKey);
    const finish = async (u: Parameters<CallForwardingRepository['updateImport']>[1]) => {
      await this.repository.updateImport(importId, { ...u, finishedAt: this.clock.now() }, this.clock.now());
      await rm(path, { force: true });
      return this.repository.findImport(importId);
    };
    const actor = await this.repository.actorById(row.createdBy);
    if (!actor) return finish({ state: ImportState.FAILED, failure: 'NOT_ALLOWED' });
    const ctx = new RequestContext(actor, `import-${importId}`, 'job');
    let total: number;
    try {
      total = await this.countRows(path);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return finish({
        state: ImportState.FAILED, failure: missing ? 'FILE_MISSING' : null, errorCount: missing ? 0 : 1,
        errors: missing ? [] : [{ line: (error as { lines?: number }).lines ?? 1, reason: ImportRowReason.BAD_FILE }],
      });
    }
    await this.repository.updateImport(importId, { state: ImportState.RUNNING, totalRows: total, processedRows: 0, startedAt: this.clock.now() }, this.clock.now());
    await progress({ processed: 0, total });
    try {
      const done = await this.transactions.run((tx) => this.importIn(ctx, tx, row, path, total, progress));
      return finish({ state: ImportState.SUCCEEDED, processedRows: done.processed, importedRows: done.imported, errorCount: 0, errors: [] });
    } catch (error) {
      if (error instanceof ImportRejected) {
        return finish({ state: ImportState.FAILED, processedRows: error.processed, importedRows: 0, errorCount: error.errorCount, errors: error.errors });
      }
      const failure = error instanceof CallForwardingError ? error.callForwardingCode : error instanceof NotFoundError ? 'NOT_ALLOWED' : 'INTERNAL';
      if (failure === 'INTERNAL') this.logger.error(`import ${importId} failed: ${(error as Error).message}`);
      return finish({ state: ImportState.FAILED, failure, importedRows: 0 });
    }
  }

  private async importIn(
    ctx: RequestContext, tx: Tx, row: ImportRow, path: string, total: number, progress: (p: { processed: number; total: number }) => Promise<void>,
  ): Promise<{ processed: number; imported: number }> {
    const provider = await this.authorize(ctx, tx, row.caseId);
    await this.repository.lockProvider(tx.em, provider.id);
    const context = {
      agencies: await this.repository.agenciesByCode(tx.em, AgencyKind.CARRIER),
      existing: await this.repository.numbersInCase(tx.em, row.caseId),
      seen: new Set<string>(),
    };
    const errors: ImportRowError[] = [];
    let errorCount = 0;
    const bad = (line: number, reason: ImportRowReason) => {
      errorCount += 1;
      if (errors.length < IMPORT_MAX_ERRORS) errors.push({ line, reason });
    };
    let header: string[] = [];
    let processed = 0;
    let imported = 0;
    let batch: ImportedNumber[] = [];
    const at = this.clock.now();
    const flush = async () => {
      if (errorCount === 0 && batch.length > 0) {
        imported += await this.repository.insertImportedNumbers(tx.em, row.caseId, provider.id, batch, at);
        await this.cases.linkEntities(ctx, tx, row.caseId, batch.map((n) => ({ kind: EntityKind.PHONE, normalized: n.number })));
      }
      batch = [];
    };
    const parser = createReadStream(path).pipe(
      parse({ ...CSV_OPTIONS, columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())) }),
    );
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        if (processed === 0 && IMPORT_COLUMNS.some((c) => !header.includes(c))) {
          bad(1, ImportRowReason.BAD_FILE);
          break;
        }
        processed += 1;
        if (processed > IMPORT_MAX_ROWS) {
          bad(info.lines, ImportRowReason.TOO_MANY_ROWS);
          break;
        }
        const result = validateImportRow(record, context);
        if (typeof result === 'string') bad(info.lines, result);
        else if (errorCount === 0) batch.push(result);
        if (batch.length >= IMPORT_BATCH_ROWS) await flush();
        if (processed % IMPORT_BATCH_ROWS === 0) await this.progress(row.id, processed, errorCount, total, progress);
      }
    } catch (error) {
      // A CSV syntax error (unclosed quote, …): the file is refused at the line where it broke.
      bad((error as { lines?: number }).lines ?? processed + 1, ImportRowReason.BAD_FILE);
    } finally {
      parser.destroy();
    }
    if (processed === 0 && errorCount === 0 && header.length === 0) bad(1, ImportRowReason.BAD_FILE);
    await flush();
    await this.progress(row.id, processed, errorCount, total, progress);
    if (errorCount > 0) throw new ImportRejected(errors, errorCount, processed);
    tx.emit({
      type: 'call-forwarding.numbers.imported', outcome: 'success', ctx, subjectType: FORWARDING_PROVIDER, subjectId: provider.id,
      prefectureId: provider.casePrefectureId, details: { caseId: row.caseId, importId: row.id, numbers: imported },
    });
    return { processed, imported };
  }

  /** Progress in its own short statement (autocommit, outside the import's transaction) and on the BullMQ job. */
  private async progress(id: string, processed: number, errorCount: number, total: number, progress: (p: { processed: number; total: number }) => Promise<void>): Promise<void> {
    await this.repository.updateImport(id, { processedRows: processed, errorCount }, this.clock.now());
    await progress({ processed, total });
  }

  /** The data rows of the file, streamed (the total the progress counts towards). */
  private async countRows(path: string): Promise<number> {
    let n = 0;
    const parser = createReadStream(path).pipe(parse({ ...CSV_OPTIONS, info: false, from_line: 2 }));
    for await (const _ of parser) n += 1;
    return n;
  }

  /** The provider of the case, when the user may write its numbers (VISIBILITY §2: police of the case). */
  private async authorize(ctx: RequestContext, tx: Tx, caseId: string): Promise<ProviderRow> {
    const [provider] = await this.repository.providersOfCases([caseId], this.fields.rowsSql(ctx, READ, FORWARDING_PROVIDER, 'p'), tx.em);
    if (!provider) throw new NotFoundError('Case');
    const probe = {
      ...provider, id: provider.id, number: null, numberType: null, usage: null, result: null, carrierAgencyId: null, contractHolder: null,
    };
    try {
      this.fields.assertCanWrite(ctx, FORWARDING_NUMBER, probe, IMPORT_FIELDS);
    } catch {
      throw new CallForwardingError(CallForwardingErrorCode.NOT_ALLOWED);
    }
    return provider;
  }

  private importQueue(): Queue<ImportJobData> {
    if (!this.bullConfig) throw new Error('no BullMQ configuration in this role');
    if (!this.queue) {
      this.queue = new Queue<ImportJobData>(CallForwardingQueue.IMPORTS, this.bullConfig);
      this.queue.on('error', (error: Error) => this.logger.warn(`import queue: ${error.message}`));
    }
    return this.queue;
  }
}

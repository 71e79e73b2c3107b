import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { getSharedConfigToken } from '@nestjs/bullmq';
import { Queue, type QueueOptions } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  APP_CONFIG, AppError, Clock, decodeCursor, encodeCursor, ErrorCode, NotFoundError, RequestContext, toPage, TransactionRunner,
  type AppConfig, type DomainEvent,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { ExportSourceRegistry } from './export-source.registry';
import { openWriter, type ExportFileWriter } from './export-writer';
import { ExportsRepository } from './exports.repository';
import { EXPORT_JOB, EXPORT_JOB_SUBJECT } from './exports.fields';
import { ExportsError, ExportsErrorCode } from './exports.errors';
import { ExportFormat, ExportState, type ExportJobRow } from './exports.types';
import { ExportsJob, ExportsQueue, exportJobId, type ExportJobData } from './jobs/exports-queues';

/** A file is kept this long after it is written, then refused (EXPIRED) and deleted. */
export const EXPORT_RETENTION_DAYS = 7;
/** An export stops (FAILED, TOO_MANY_ROWS) beyond this many rows: narrow the filter. */
export const EXPORT_MAX_ROWS = 200_000;
const JST_OFFSET_MS = 9 * 3600 * 1000;
/** An export queued or running longer than this lost its worker (the job lock is two minutes). */
const INTERRUPTED_AFTER_MS = 3_600_000;
/** Queued or running exports per user at a time. */
export const EXPORT_MAX_ACTIVE_PER_USER = 5;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The names of the params set (e.g. `filter.types`, `sort.field`), for the audit record: never their values. */
function paramNames(params: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, v] of Object.entries(value as Record<string, unknown>)) if (v !== null && v !== undefined) names.push(`${key}.${sub}`);
    } else names.push(key);
  }
  return names.sort();
}

/** The row cap was reached: the export stops rather than write a partial file. */
class TooManyRows extends Error {}

/** Where export files live: under ATTACHMENTS_DIR (shared by the API and the worker). */
export function exportsDir(config: AppConfig): string {
  return join(resolve(config.attachments.dir), 'exports');
}

export interface ExportDownload {
  path: string;
  fileName: string;
  /** for clients that do not read RFC 5987's filename* */
  asciiFileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Exports of lists and figures as CSV / XLSX files, written by a BullMQ job as the requester:
 * the rows come from the registered sources, which use the same service code and projection as
 * GraphQL, so a file holds exactly what the requester could read on screen, as of when it was
 * written. Requests, downloads and the (S) reads of the file are audited.
 */
@Injectable()
export class ExportsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ExportsService.name);
  private queue: Queue<ExportJobData> | null = null;

  constructor(
    private readonly repository: ExportsRepository,
    private readonly sources: ExportSourceRegistry,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(getSharedConfigToken()) private readonly bullConfig?: QueueOptions,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(EXPORT_JOB_SUBJECT);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  /**
   * Checks the parameters as the source's list would (a filter or sort on a hidden field is
   * FORBIDDEN here, before anything is stored), records the request and queues the job.
   * Other libs call this for their own sources.
   */
  async request(ctx: RequestContext, sourceName: string, params: Record<string, unknown>, format: ExportFormat): Promise<Projected<ExportJobRow>> {
    const actor = ctx.actor;
    if (!actor) throw new NotFoundError('ExportJob');
    const source = this.sources.get(sourceName);
    // Validated on the params as the job will see them (after a JSON round trip).
    const stored = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
    await source.validate(ctx, source.revive(stored));
    if ((await this.repository.activeJobCount(actor.userId)) >= EXPORT_MAX_ACTIVE_PER_USER) throw new ExportsError(ExportsErrorCode.TOO_MANY_RUNNING);
    const id = await this.transactions.run(async (tx) => {
      const jobId = await this.repository.insertJob(tx.em, { source: source.name, format, params: stored, requestedBy: actor.userId, requestedAgencyId: actor.agencyId, at: this.clock.now() });
      tx.emit({ type: 'exports.job.requested', outcome: 'success', ctx, subjectType: EXPORT_JOB, subjectId: jobId, details: { source: source.name, format, params: paramNames(stored) } });
      return jobId;
    });
    try {
      await this.exportQueue().add(ExportsJob.WRITE, { exportId: id }, {
        jobId: exportJobId(id), attempts: 1, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 },
      });
    } catch (error) {
      this.logger.warn(`export ${id} could not be queued: ${(error as Error).message}`);
      await this.repository.updateJob(id, { state: ExportState.FAILED, errorCode: 'QUEUE_UNAVAILABLE', finishedAt: this.clock.now() }, this.clock.now());
    }
    return this.get(ctx, id);
  }

  /** One of the user's own export jobs; anyone else's answers as missing. */
  async get(ctx: RequestContext, id: string): Promise<Projected<ExportJobRow>> {
    const row = await this.repository.findJob(id, this.fields.rowsSql(ctx, READ, EXPORT_JOB, 'j'));
    if (!row) throw new NotFoundError('ExportJob');
    return this.fields.project(ctx, EXPORT_JOB, this.effective(row));
  }

  /** The user's own export jobs, newest first. */
  async mine(ctx: RequestContext, first: number, after?: string | null) {
    if (!ctx.actor) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    let cursor: { createdAt: Date; id: string } | null = null;
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      cursor = { createdAt: new Date(at), id };
    }
    const rows = await this.repository.listJobs(this.fields.rowsSql(ctx, READ, EXPORT_JOB, 'j'), ctx.actor.userId, cursor, first + 1);
    const page = toPage(rows, first, (r) => encodeCursor([new Date(r.createdAt).toISOString(), r.id]));
    return { ...page, nodes: page.nodes.map((r) => this.fields.project(ctx, EXPORT_JOB, this.effective(r))) };
  }

  /**
   * Housekeeping (hourly job): files past their retention are marked EXPIRED and deleted even
   * if nobody asks for them again; an export still queued or running after INTERRUPTED_AFTER_MS
   * lost its worker and is marked FAILED, so its requester can ask again.
   */
  async maintain(): Promise<{ expired: number; interrupted: number }> {
    const now = this.clock.now();
    const expired = await this.repository.expireDue(now);
    for (const e of expired) if (e.fileKey) await rm(join(exportsDir(this.config), e.fileKey), { force: true });
    const interrupted = await this.repository.failInterrupted(new Date(now.getTime() - INTERRUPTED_AFTER_MS), now);
    return { expired: expired.length, interrupted };
  }

  /** The file of one of the user's own finished exports; every download is audited. */
  async download(ctx: RequestContext, id: string): Promise<ExportDownload> {
    const found = await this.repository.findJob(id, this.fields.rowsSql(ctx, READ, EXPORT_JOB, 'j'));
    if (!found) throw new NotFoundError('ExportJob');
    const row = this.effective(found);
    if (row.state === ExportState.EXPIRED) {
      if (row.fileKey) await rm(join(exportsDir(this.config), row.fileKey), { force: true });
      throw new ExportsError(ExportsErrorCode.EXPIRED);
    }
    if (row.state !== ExportState.DONE || !row.fileKey || !row.sha256 || row.sizeBytes === null) throw new ExportsError(ExportsErrorCode.NOT_READY);
    const source = this.sources.get(row.source);
    await this.transactions.record({
      type: 'exports.job.downloaded', outcome: 'success', ctx, subjectType: EXPORT_JOB, subjectId: row.id,
      details: { source: row.source, format: row.format, rows: row.rowCount, sha256: row.sha256 },
    });
    // Named by the request time in Japan time, e.g. 事案一覧_202611201000.csv (ASCII fallback export-cases-202611201000.csv).
    const stamp = new Date(new Date(row.createdAt).getTime() + JST_OFFSET_MS).toISOString().slice(0, 16).replace(/[-:T]/g, '');
    const extension = row.format === ExportFormat.CSV ? 'csv' : 'xlsx';
    return {
      path: join(exportsDir(this.config), row.fileKey),
      fileName: `${source.titleJa}_${stamp}.${extension}`,
      asciiFileName: `export-${source.name.toLowerCase().replace(/_/g, '-')}-${stamp}.${extension}`,
      contentType: CONTENT_TYPES[row.format],
      sizeBytes: Number(row.sizeBytes),
      sha256: row.sha256,
    };
  }

  /**
   * The job: as the requester, rebuilt now (a disabled user or agency fails the export; the
   * rights are today's, not the request's), page through the source and stream the file.
   * Never throws for a data problem: the row says FAILED with a code.
   */
  async run(exportId: string, progress: (rows: number) => Promise<void> = async () => undefined): Promise<ExportJobRow | null> {
    const row = await this.repository.findJob(exportId, null);
    if (!row || row.state !== ExportState.QUEUED) return row;
    const fail = async (errorCode: string) => {
      await this.repository.updateJob(exportId, { state: ExportState.FAILED, errorCode, finishedAt: this.clock.now(), fileKey: null }, this.clock.now());
      await this.transactions.record({
        type: 'exports.job.failed', outcome: 'failure', ctx: RequestContext.system('job'), subjectType: EXPORT_JOB, subjectId: exportId,
        actorOverride: { userId: row.requestedBy, agencyId: row.requestedAgencyId }, details: { source: row.source, errorCode },
      });
      return this.repository.findJob(exportId, null);
    };
    const actor = await this.repository.actorById(row.requestedBy);
    if (!actor) return fail('REQUESTER_INACTIVE');
    const ctx = new RequestContext(actor, `export-${exportId}`, 'job');
    let source;
    try {
      source = this.sources.get(row.source);
    } catch {
      return fail('UNKNOWN_SOURCE');
    }
    const fileKey = `${randomBytes(16).toString('hex')}.${row.format === ExportFormat.CSV ? 'csv' : 'xlsx'}`;
    const dir = exportsDir(this.config);
    const path = join(dir, fileKey);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await this.repository.updateJob(exportId, { state: ExportState.RUNNING, startedAt: this.clock.now() }, this.clock.now());
    let writer: ExportFileWriter | null = null;
    let pageCtx = ctx;
    const seen = new Set<string>();
    let rows = 0;
    try {
      const params = source.revive(row.params);
      const columns = typeof source.columns === 'function' ? source.columns(params) : source.columns;
      writer = await openWriter(row.format, path, columns, source.titleJa);
      let cursor: string | null = null;
      do {
        // A context per page: the per-request caches (DataLoaders) of a page go with it, so a long
        // export never holds the whole list; the (S) reads of the page are flushed after writing it.
        pageCtx = new RequestContext(actor, ctx.requestId, 'job');
        const page = await source.fetchPage(pageCtx, params, cursor);
        for (const r of page.rows) {
          if (rows >= EXPORT_MAX_ROWS) throw new TooManyRows('too many rows');
          await writer.write(r);
          rows += 1;
        }
        await this.flushSensitiveReads(pageCtx, seen);
        await this.repository.updateJob(exportId, { rowCount: rows }, this.clock.now());
        await progress(rows);
        cursor = page.next;
      } while (cursor);
      const file = await writer.close();
      writer = null;
      const at = this.clock.now();
      await this.transactions.run(async (tx) => {
        await this.repository.updateJob(exportId, {
          state: ExportState.DONE, rowCount: rows, progress: 100, fileKey, sha256: file.sha256, sizeBytes: file.sizeBytes, finishedAt: at,
          expiresAt: new Date(at.getTime() + EXPORT_RETENTION_DAYS * 86_400_000),
        }, at, tx.em);
        tx.emit({
          type: 'exports.job.completed', outcome: 'success', ctx, subjectType: EXPORT_JOB, subjectId: exportId,
          details: { source: row.source, format: row.format, rows, sizeBytes: file.sizeBytes, sha256: file.sha256 },
        });
      });
      return this.repository.findJob(exportId, null);
    } catch (error) {
      writer?.abort();
      await rm(path, { force: true });
      // What was read before the failure was still read.
      await this.flushSensitiveReads(pageCtx, seen).catch(() => undefined);
      const code = error instanceof TooManyRows ? 'TOO_MANY_ROWS'
        : error instanceof AppError && error.code === ErrorCode.FORBIDDEN ? 'NOT_ALLOWED'
        : error instanceof AppError ? (error.reason ?? error.code) : 'INTERNAL';
      if (code === 'INTERNAL') this.logger.error(`export ${exportId} failed: ${(error as Error).message}`);
      return fail(code);
    }
  }

  /** As AccessAuditPlugin does for GraphQL: one audit record per (S) field per record read into the file. */
  private async flushSensitiveReads(ctx: RequestContext, seen: Set<string>): Promise<void> {
    const events: DomainEvent[] = [];
    for (const read of ctx.sensitiveReads.splice(0)) {
      const key = `${read.subjectType}:${read.subjectId}:${read.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ type: 'authz.sensitive_read', outcome: 'success', ctx, subjectType: read.subjectType, subjectId: read.subjectId, fields: [read.field] });
    }
    if (events.length > 0) await this.transactions.record(...events);
  }

  /** A finished file past its retention is EXPIRED, whatever the row still says. */
  private effective(row: ExportJobRow): ExportJobRow {
    if (row.state === ExportState.DONE && row.expiresAt && new Date(row.expiresAt).getTime() <= this.clock.now().getTime()) {
      return { ...row, state: ExportState.EXPIRED };
    }
    return row;
  }

  private exportQueue(): Queue<ExportJobData> {
    if (!this.queue) {
      if (!this.bullConfig) throw new Error('BullMQ is not configured');
      this.queue = new Queue<ExportJobData>(ExportsQueue.EXPORTS, this.bullConfig);
    }
    return this.queue;
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  APP_CONFIG, BadInputError, Clock, decodeCursor, encodeCursor, ForbiddenError, NotFoundError, RequestContext, toPage, TransactionRunner,
  type AppConfig, type PageInfo, type Tx,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected, type SqlFragment } from '@renkei/authz';
import { TipsRepository } from '../tips.repository';
import { TipsService } from '../tips.service';
import { TIP } from '../tips.fields';
import { TipsError, TipsErrorCode } from '../tips.errors';
import { RewardDisqualification, type TipRow } from '../tips.types';
import { assertPassphrasePolicy, encryptReportAsync } from './tip-report.crypto';
import {
  buildAdditionalInformationReport, buildDailyIntakeReport, buildMonthlyBusinessReport, buildTipReport, reportFileName, tipReportForm,
} from './tip-report.documents';
import { TipReportError, TipReportErrorCode } from './tip-report.errors';
import { TIP_REPORT_FORM_TITLE_JA, TipReportForm, type EligibilityAnswer, type TipReportMeta } from './tip-report.types';
import { TIP_REPORT_FILE, TIP_REPORT_FILE_SUBJECT, TipReportFileAction } from './tip-reports.fields';
import { TipReportsRepository, type Period, type TipReportFileRow } from './tip-reports.repository';

/** What the receiver asks for; the form of a tip's report follows its classification. */
export enum TipReportKind {
  TIP = 'TIP',
  ADDITIONAL_INFORMATION = 'ADDITIONAL_INFORMATION',
  DAILY_INTAKE = 'DAILY_INTAKE',
  MONTHLY_BUSINESS = 'MONTHLY_BUSINESS',
}

export interface GenerateTipReport {
  kind: TipReportKind;
  tipId?: string | null;
  informationId?: string | null;
  /** YYYY-MM-DD (JST) */
  date?: string | null;
  /** YYYY-MM (JST) */
  month?: string | null;
  /** never stored, logged, audited or echoed */
  passphrase: string;
}

export type TipReportFileView = Omit<TipReportFileRow, 'fileKey'> & { title: string };

export interface TipReportDownload {
  bytes: Buffer;
  fileName: string;
  sha256: string;
}

/** Where the encrypted report files live: under ATTACHMENTS_DIR, next to exports. */
export function tipReportsDir(config: AppConfig): string {
  return join(resolve(config.attachments.dir), 'tip-reports');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JST_OFFSET_MS = 9 * 3600 * 1000;

/** 不適格者ア〜キ as the report asks them (seed 003 第5条第8項(1)). */
const ELIGIBILITY_QUESTIONS: [RewardDisqualification, string][] = [
  [RewardDisqualification.SUSPECT, '当該通報に係る事案等の被疑者ではないか'],
  [RewardDisqualification.VICTIM, '当該通報に係る事案等の被害者ではないか'],
  [RewardDisqualification.POLICE_STAFF, '警察職員ではないか'],
  [RewardDisqualification.CONTRACTOR, '受託者ではないか'],
  [RewardDisqualification.OFFICIAL_ON_DUTY, '公務員であって、公務の過程において通報に係る情報を知った者ではないか'],
  [RewardDisqualification.PROFESSIONAL_AT_WORK, '学校の教職員・児童福祉施設の職員・医師・保健師・弁護士等であって、業務の過程で知った者ではないか'],
  [RewardDisqualification.COLLUDING, 'アからカまでに掲げる者と意を通じて通報した者等ではないか'],
];

interface BuiltReport {
  form: TipReportForm;
  plaintext: Buffer;
  fileName: string;
  tipId: string | null;
  informationId: string | null;
  period: string | null;
  receiptNumber: string | null;
}

/**
 * Report files to 警察庁 (seed 003 第7条・第8条, ADR 0013): the receiver generates a form from the
 * tips data, it is encrypted at once under a passphrase agreed with 警察庁 out of band (never
 * kept), stored encrypted, and 警察庁主管課 downloads it. Generating a tip's (or an addition's)
 * report completes its report deadline in the same transaction. Generation and every download
 * are audited, without the passphrase or any content.
 */
@Injectable()
export class TipReportsService implements OnModuleInit {
  constructor(
    private readonly repository: TipReportsRepository,
    private readonly tipsRepository: TipsRepository,
    private readonly tips: TipsService,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(TIP_REPORT_FILE_SUBJECT);
  }

  async generate(ctx: RequestContext, input: GenerateTipReport): Promise<Projected<TipReportFileView>> {
    if (!ctx.actor || !this.fields.can(ctx, TipReportFileAction.CREATE, TIP_REPORT_FILE)) throw new TipsError(TipsErrorCode.NOT_ALLOWED);
    const actor = ctx.actor;
    // Before any read: a weak passphrase costs nothing and tells nothing about the data.
    assertPassphrasePolicy(input.passphrase);
    const request = this.checkTarget(input);
    const dir = tipReportsDir(this.config);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const fileKey = `${randomBytes(16).toString('hex')}.enc`;
    const path = join(dir, fileKey);
    let written = false;
    try {
      const id = await this.transactions.run(async (tx) => {
        const now = this.clock.now();
        const meta: TipReportMeta = { generatedAt: now, contractorName: await this.repository.agencyName(tx.em, actor.agencyId) };
        const built = await this.build(ctx, tx, request, meta);
        const encrypted = await encryptReportAsync(built.plaintext, { passphrase: input.passphrase });
        built.plaintext.fill(0);
        // 'wx': never over an existing file; 0600: only the service account reads it.
        await writeFile(path, encrypted, { mode: 0o600, flag: 'wx' });
        written = true;
        const sha256 = createHash('sha256').update(encrypted).digest('hex');
        const fileId = await this.repository.insert(tx.em, {
          form: built.form, tipId: built.tipId, informationId: built.informationId, period: built.period, fileName: built.fileName, fileKey,
          sha256, sizeBytes: encrypted.length, generatedBy: actor.userId, generatedAgencyId: actor.agencyId, generatedAt: now,
        });
        if (built.form === TipReportForm.TIP || built.form === TipReportForm.REFERENCE) await this.tips.markReported(ctx, built.tipId!, tx);
        if (built.form === TipReportForm.ADDITIONAL_INFORMATION) await this.tips.markInformationReported(ctx, built.informationId!, tx);
        tx.emit({
          type: 'tips.report.generated', outcome: 'success', ctx, subjectType: TIP_REPORT_FILE, subjectId: fileId, prefectureId: null,
          details: {
            form: built.form, tipId: built.tipId, informationId: built.informationId, period: built.period, receiptNumber: built.receiptNumber,
            fileName: built.fileName, sha256, sizeBytes: encrypted.length,
          },
        });
        return fileId;
      });
      return this.get(ctx, id);
    } catch (error) {
      if (written) await rm(path, { force: true });
      throw error;
    }
  }

  async get(ctx: RequestContext, id: string): Promise<Projected<TipReportFileView>> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, TIP_REPORT_FILE, 'f'));
    if (!row) throw new NotFoundError(TIP_REPORT_FILE);
    return this.fields.project(ctx, TIP_REPORT_FILE, view(row));
  }

  async list(
    ctx: RequestContext,
    filter: { form?: number | null; tipId?: string | null; notDownloaded?: boolean | null },
    first: number,
    after: string | null,
  ): Promise<{ nodes: Projected<TipReportFileView>[]; pageInfo: PageInfo }> {
    // Refused (not silently empty) for anyone who may not read report files at all.
    this.fields.assertCanQuery(ctx, TIP_REPORT_FILE, ['generatedAt']);
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, TIP_REPORT_FILE, 'f', counter);
    const rows = readable.rows;
    const filters: SqlFragment[] = [];
    if (filter.form !== undefined && filter.form !== null) {
      const col = readable.column('form');
      filters.push({ sql: `${col.sql} = :formFilter`, params: { ...col.params, formFilter: filter.form } });
    }
    if (filter.tipId) {
      const col = readable.column('tipId');
      filters.push({ sql: `${col.sql} = :tipIdFilter`, params: { ...col.params, tipIdFilter: filter.tipId } });
    }
    if (filter.notDownloaded !== undefined && filter.notDownloaded !== null) {
      const col = readable.column('firstDownloadedAt');
      filters.push({ sql: `${col.sql} IS ${filter.notDownloaded ? '' : 'NOT '}NULL`, params: col.params });
    }
    let cursor: { generatedAt: Date; id: string } | null = null;
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      const generatedAt = new Date(at);
      if (Number.isNaN(generatedAt.getTime()) || !UUID.test(id)) throw new BadInputError('Invalid cursor', [{ field: 'after', reason: 'INVALID_CURSOR' }]);
      cursor = { generatedAt, id };
    }
    const found = await this.repository.list(rows, filters, cursor, first + 1);
    const page = toPage(found, first, (r) => encodeCursor([new Date(r.generatedAt).toISOString(), r.id]));
    return { nodes: page.nodes.map((r) => this.fields.project(ctx, TIP_REPORT_FILE, view(r))), pageInfo: page.pageInfo };
  }

  /**
   * The encrypted bytes, for whoever may download (警察庁主管課). A file the actor may not read is
   * "not found"; readable but not downloadable (the receiver) is FORBIDDEN. Every download is
   * audited; the first one is the recipient's receipt of the report.
   */
  async download(ctx: RequestContext, id: string): Promise<TipReportDownload> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, TIP_REPORT_FILE, 'f'));
    if (!row) throw new NotFoundError(TIP_REPORT_FILE);
    if (!ctx.actor || !this.fields.canOn(ctx, TipReportFileAction.DOWNLOAD, TIP_REPORT_FILE, row)) {
      throw new ForbiddenError('Forbidden', [], TipsErrorCode.NOT_ALLOWED);
    }
    const actor = ctx.actor;
    const bytes = await readFile(join(tipReportsDir(this.config), row.fileKey)).catch(() => null);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
      await this.transactions.record({
        type: 'tips.report.downloaded', outcome: 'failure', ctx, subjectType: TIP_REPORT_FILE, subjectId: row.id, prefectureId: null,
        details: { form: row.form, fileName: row.fileName, reason: bytes ? 'CHECKSUM_MISMATCH' : 'FILE_MISSING' },
      });
      throw new TipReportError(TipReportErrorCode.FILE_UNAVAILABLE);
    }
    await this.transactions.run(async (tx) => {
      const first = await this.repository.markDownloaded(tx.em, row.id, actor.userId, this.clock.now());
      tx.emit({
        type: 'tips.report.downloaded', outcome: 'success', ctx, subjectType: TIP_REPORT_FILE, subjectId: row.id, prefectureId: null,
        details: { form: row.form, tipId: row.tipId, informationId: row.informationId, period: row.period, fileName: row.fileName, sha256: row.sha256, received: first },
      });
    });
    return { bytes, fileName: row.fileName, sha256: row.sha256 };
  }

  // ---- building ----

  private checkTarget(input: GenerateTipReport): GenerateTipReport {
    const bad = (field: string, reason: string) => new BadInputError('Invalid report request', [{ field, reason }]);
    const only = (wanted: (keyof GenerateTipReport)[]) => {
      for (const key of ['tipId', 'informationId', 'date', 'month'] as const) {
        const given = input[key] !== undefined && input[key] !== null;
        if (wanted.includes(key) && !given) throw bad(key, 'REQUIRED');
        if (!wanted.includes(key) && given) throw bad(key, 'NOT_FOR_THIS_FORM');
      }
    };
    switch (input.kind) {
      case TipReportKind.TIP: only(['tipId']); break;
      case TipReportKind.ADDITIONAL_INFORMATION: only(['informationId']); break;
      case TipReportKind.DAILY_INTAKE: only(['date']); break;
      case TipReportKind.MONTHLY_BUSINESS: only(['month']); break;
      default: throw bad('kind', 'UNKNOWN');
    }
    return input;
  }

  private async build(ctx: RequestContext, tx: Tx, input: GenerateTipReport, meta: TipReportMeta): Promise<BuiltReport> {
    const tipRows = () => this.fields.rowsSql(ctx, READ, TIP, 't');
    switch (input.kind) {
      case TipReportKind.TIP: {
        const tip = await this.tipsRepository.find(input.tipId!, tipRows(), tx.em, true);
        if (!tip) throw new NotFoundError('Tip');
        this.assertReadsReport(ctx, tip, ['receiptNumber', 'content', 'classification', 'wantsReward', 'disqualifications']);
        const form = tipReportForm(tip);
        const plaintext = await buildTipReport({
          receiptNumber: tip.receiptNumber, receivedAt: tip.receivedAt, channel: tip.channel, category: tip.category, classification: tip.classification,
          urgent: tip.urgent,
          // The urgent notification rule tells 警察庁 in the intake's own transaction (第7条第2項).
          urgentReportedAt: tip.urgent ? tip.receivedAt : null,
          content: tip.content, rewardWanted: tip.wantsReward, eligibility: eligibility(tip), receiverNotes: null,
        }, meta);
        return { form, plaintext, fileName: reportFileName({ form, receiptNumber: tip.receiptNumber }), tipId: tip.id, informationId: null, period: null, receiptNumber: tip.receiptNumber };
      }
      case TipReportKind.ADDITIONAL_INFORMATION: {
        if (!UUID.test(input.informationId!)) throw new NotFoundError('Tip');
        const tipId = await this.tipsRepository.tipOfInformation(tx.em, input.informationId!);
        const tip = tipId ? await this.tipsRepository.find(tipId, tipRows(), tx.em, true) : null;
        if (!tip) throw new NotFoundError('Tip');
        this.assertReadsReport(ctx, tip, ['receiptNumber', 'additionalInformation', 'infoRequests']);
        const index = tip.additionalInformation.findIndex((i) => i.id === input.informationId);
        if (index < 0) throw new NotFoundError('Tip');
        const item = tip.additionalInformation[index];
        const question = item.requestId ? tip.infoRequests.find((r) => r.id === item.requestId)?.question ?? null : null;
        const sequence = index + 1;
        const plaintext = await buildAdditionalInformationReport({
          receiptNumber: tip.receiptNumber, sequence, question, information: item.content, receivedAt: item.receivedAt, channel: item.channel, receiverNotes: null,
        }, meta);
        return {
          form: TipReportForm.ADDITIONAL_INFORMATION, plaintext, tipId: tip.id, informationId: item.id, period: null, receiptNumber: tip.receiptNumber,
          fileName: reportFileName({ form: TipReportForm.ADDITIONAL_INFORMATION, receiptNumber: tip.receiptNumber, sequence }),
        };
      }
      case TipReportKind.DAILY_INTAKE: {
        const date = input.date!;
        const period = this.period('date', date);
        this.fields.assertCanQuery(ctx, TIP, ['receivedAt', 'classification', 'category', 'urgent']);
        const tips = await this.repository.tipsReceived(tx.em, tipRows(), period);
        const additionalInformation = await this.repository.informationReceived(tx.em, tipRows(), period);
        const plaintext = await buildDailyIntakeReport({ date, tips, additionalInformation }, meta);
        return {
          form: TipReportForm.DAILY_INTAKE, plaintext, fileName: reportFileName({ form: TipReportForm.DAILY_INTAKE, date }), tipId: null, informationId: null,
          period: date, receiptNumber: null,
        };
      }
      case TipReportKind.MONTHLY_BUSINESS: {
        const month = input.month!;
        const period = this.period('month', month);
        this.fields.assertCanQuery(ctx, TIP, ['receivedAt', 'classification', 'category', 'urgent', 'rewardPaidAt']);
        const tips = await this.repository.tipsReceived(tx.em, tipRows(), period);
        const additionalInformationCount = (await this.repository.informationReceived(tx.em, tipRows(), period)).length;
        const rewardsDecided = await this.repository.rewardsDecided(tx.em, tipRows(), period);
        const rewardsPaid = await this.repository.rewardsPaid(tx.em, tipRows(), period);
        const removals = await this.repository.removals(tx.em, tipRows(), period);
        const plaintext = await buildMonthlyBusinessReport({ month, tips, additionalInformationCount, rewardsDecided, rewardsPaid, removals }, meta);
        return {
          form: TipReportForm.MONTHLY_BUSINESS, plaintext, fileName: reportFileName({ form: TipReportForm.MONTHLY_BUSINESS, month }), tipId: null,
          informationId: null, period: month, receiptNumber: null,
        };
      }
    }
  }

  /** The report must hold what the actor may read: a report with holes would be a wrong report. */
  private assertReadsReport(ctx: RequestContext, tip: TipRow, fields: string[]): void {
    const projected = this.fields.project(ctx, TIP, tip) as unknown as { redactedFields?: string[] };
    const missing = fields.filter((f) => projected.redactedFields?.includes(f));
    if (missing.length > 0) throw new ForbiddenError('Forbidden', missing.map((field) => ({ field, reason: 'FIELD_NOT_READABLE' })), TipsErrorCode.NOT_ALLOWED);
  }

  /** A JST day or month as [from, to); a period that has not begun yet is refused. */
  private period(kind: 'date' | 'month', value: string): Period {
    const match = kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : /^(\d{4})-(\d{2})$/.exec(value);
    const bad = (reason: string) => new BadInputError('Invalid report period', [{ field: kind, reason }]);
    if (!match) throw bad('INVALID_FORMAT');
    const [y, m, d] = [Number(match[1]), Number(match[2]), kind === 'date' ? Number(match[3]) : 1];
    const start = new Date(Date.UTC(y, m - 1, d));
    if (start.getUTCFullYear() !== y || start.getUTCMonth() !== m - 1 || start.getUTCDate() !== d) throw bad('INVALID_DATE');
    const end = kind === 'date' ? new Date(Date.UTC(y, m - 1, d + 1)) : new Date(Date.UTC(y, m, 1));
    const period = { from: new Date(start.getTime() - JST_OFFSET_MS), to: new Date(end.getTime() - JST_OFFSET_MS) };
    if (period.from > this.clock.now()) throw bad('NOT_STARTED');
    return period;
  }
}

function view(row: TipReportFileRow): TipReportFileView {
  const { fileKey: _fileKey, ...rest } = row;
  return { ...rest, title: TIP_REPORT_FORM_TITLE_JA[row.form as TipReportForm] };
}

function eligibility(tip: TipRow): EligibilityAnswer[] {
  const flagged = new Set(tip.disqualifications);
  return ELIGIBILITY_QUESTIONS.map(([reason, question]) => ({ question, answer: flagged.has(reason) ? 'YES' : 'NO' }));
}

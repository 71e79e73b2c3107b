import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyKind, Clock, ConflictError, NotFoundError, TransactionRunner, type RequestContext, type Tx } from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { CaseRowsLoader, CasesService, CaseTypeRegistry, EntityKind, TasksService } from '@renkei/cases';
import { CallForwardingRepository } from './call-forwarding.repository';
import {
  CALL_FORWARDING_CASE,
  CALL_FORWARDING_SUBJECTS,
  CallForwardingAction,
  FORWARDING_DAMAGE,
  FORWARDING_NUMBER,
  FORWARDING_PROVIDER,
  REGULATOR_REFERRAL,
} from './call-forwarding.fields';
import { CALL_FORWARDING_CLOSED_STATES, CALL_FORWARDING_MACHINE, CallForwardingTaskKind, SUSPENSION_DUE_DAYS } from './call-forwarding.workflow';
import { CallForwardingError, CallForwardingErrorCode } from './call-forwarding.errors';
import { isValidCorporateNumber, normalizeCorporateNumber, normalizeForwardingNumber } from './call-forwarding.validation';
import { NumberUsage, SuspensionResult, type DamageRow, type NumberRow, type NumberType, type ProviderRow, type ReferralRow } from './call-forwarding.types';

export interface FileForwardingProvider {
  title?: string | null;
  provider: {
    name: string;
    corporateNumber?: string | null;
    /** record a 法人番号 whose check digit fails, as the provider presented it (flagged, not refused) */
    recordInvalidCorporateNumber?: boolean | null;
    address?: string | null;
    representative?: string | null;
    notificationNumber?: string | null;
    serviceName?: string | null;
  };
  numbers: { number: string; numberType?: NumberType | null; carrierAgencyId: string; reseller?: string | null; usage: NumberUsage }[];
  damages: { fraudCaseReference?: string | null; amountYen: number; victimName?: string | null }[];
}

export interface AnswerSuspension {
  numberId: string;
  version: number;
  result: SuspensionResult;
  suspendedOn?: string | null;
  reason?: string | null;
  contractHolder?: string | null;
}

/** A suspension task's text lists at most this many numbers; its scope lists them all. */
const LISTED_NUMBERS = 50;
export const DEFAULT_REFUSAL_THRESHOLD = 3;
const POLICE: readonly AgencyKind[] = [AgencyKind.NPA, AgencyKind.POLICE_HQ, AgencyKind.POLICE_STATION];

const ANSWER_FIELDS = ['result', 'resultReason', 'suspendedOn', 'contractHolder', 'answeredBy', 'answeredAt'];
const ACTION_FIELDS = ['supervisoryAction', 'actionTakenOn', 'reportedBy', 'reportedAt'];

/**
 * The rules of the call-forwarding case type: filing a provider with its numbers and damage,
 * 利用停止等要請 fanned out per carrier, the carriers' answers per number, the referral to the
 * regulator and its supervisory action. Rows in SQL by the actor's ability, fields projected.
 */
@Injectable()
export class CallForwardingService implements OnModuleInit {
  constructor(
    private readonly repository: CallForwardingRepository,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRowsLoader,
    private readonly tasks: TasksService,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly types: CaseTypeRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    for (const subject of CALL_FORWARDING_SUBJECTS) this.registry.registerSubject(subject);
    this.types.register({ type: CALL_FORWARDING_CASE, nameJa: '悪質な電話転送サービス事業者', machine: CALL_FORWARDING_MACHINE, closedStates: CALL_FORWARDING_CLOSED_STATES });
  }

  file(ctx: RequestContext, input: FileForwardingProvider): Promise<{ id: string; reference: string }> {
    return this.transactions.run((tx) => this.fileIn(ctx, tx, input));
  }

  /** Files the case, its provider, numbers and damage in the caller's transaction (the demo seeder's too). */
  async fileIn(ctx: RequestContext, tx: Tx, input: FileForwardingProvider): Promise<{ id: string; reference: string }> {
    let corporateNumber: string | null = null;
    let corporateNumberValid: boolean | null = null;
    if (input.provider.corporateNumber) {
      corporateNumber = normalizeCorporateNumber(input.provider.corporateNumber);
      corporateNumberValid = isValidCorporateNumber(corporateNumber);
      if (!corporateNumberValid && !input.provider.recordInvalidCorporateNumber) {
        throw new CallForwardingError(CallForwardingErrorCode.INVALID_CORPORATE_NUMBER, [{ field: 'corporateNumber', reason: 'CHECK_DIGIT' }]);
      }
    }
    const numbers = input.numbers.map((n) => ({
      ...normalizeForwardingNumber(n.number, n.numberType),
      carrierAgencyId: n.carrierAgencyId,
      reseller: n.reseller?.trim() || null,
      usage: n.usage,
    }));
    if (new Set(numbers.map((n) => n.number)).size !== numbers.length) {
      throw new CallForwardingError(CallForwardingErrorCode.DUPLICATE_NUMBER, [{ field: 'numbers', reason: 'DUPLICATE' }]);
    }
    const carriers = [...new Set(numbers.map((n) => n.carrierAgencyId))];
    if ((await this.repository.agenciesOfKind(tx.em, carriers, AgencyKind.CARRIER)).length !== carriers.length) {
      throw new CallForwardingError(CallForwardingErrorCode.NOT_A_CARRIER, [{ field: 'carrierAgencyId', reason: 'NOT_A_CARRIER' }]);
    }
    const filed = await this.cases.file(ctx, tx, { type: CALL_FORWARDING_CASE, title: input.title?.trim() || `悪質な電話転送サービス事業者 ${input.provider.name}` });
    const at = this.clock.now();
    const providerId = await this.repository.insertProvider(tx.em, {
      caseId: filed.id,
      name: input.provider.name.trim(),
      corporateNumber,
      corporateNumberValid,
      address: input.provider.address ?? null,
      representative: input.provider.representative ?? null,
      notificationNumber: input.provider.notificationNumber ?? null,
      serviceName: input.provider.serviceName ?? null,
      at,
    });
    await this.repository.insertNumbers(tx.em, filed.id, providerId, numbers, at);
    await this.repository.insertDamages(tx.em, filed.id, input.damages.map((d) => ({ fraudCaseReference: d.fraudCaseReference ?? null, amountYen: d.amountYen, victimName: d.victimName ?? null })), at);
    await this.cases.linkEntities(ctx, tx, filed.id, numbers.map((n) => ({ kind: EntityKind.PHONE, normalized: n.number })));
    tx.emit({
      type: 'call-forwarding.provider.filed', outcome: 'success', ctx, subjectType: FORWARDING_PROVIDER, subjectId: providerId,
      details: { caseId: filed.id, reference: filed.reference, numbers: numbers.length, damages: input.damages.length },
    });
    return filed;
  }

  /** Loads the provider of a case through the read rules: a hidden case answers as a missing one. */
  private async providerFor(ctx: RequestContext, tx: Tx, caseId: string): Promise<ProviderRow> {
    const [provider] = await this.repository.providersOfCases([caseId], this.fields.rowsSql(ctx, READ, FORWARDING_PROVIDER, 'p'), tx.em);
    if (!provider) throw new NotFoundError('Case');
    return provider;
  }

  requestSuspension(ctx: RequestContext, caseId: string): Promise<string[]> {
    return this.transactions.run((tx) => this.requestSuspensionIn(ctx, tx, caseId));
  }

  /**
   * 利用停止等要請: one task per carrier, covering only its own numbers not yet requested
   * (`scopeRefs` = their ids), due in about a week.
   */
  async requestSuspensionIn(ctx: RequestContext, tx: Tx, caseId: string): Promise<string[]> {
    const provider = await this.providerFor(ctx, tx, caseId);
    if (!this.fields.canOn(ctx, CallForwardingAction.REQUEST_SUSPENSION, FORWARDING_PROVIDER, provider)) {
      throw new CallForwardingError(CallForwardingErrorCode.NOT_ALLOWED);
    }
    const pending = (await this.repository.numbersOfCases([caseId], this.fields.rowsSql(ctx, READ, FORWARDING_NUMBER, 'n'), tx.em, true)).filter(
      (n) => !n.requestedAt,
    );
    if (pending.length === 0) throw new CallForwardingError(CallForwardingErrorCode.NOTHING_TO_REQUEST);
    for (const n of pending) this.fields.assertCanWrite(ctx, FORWARDING_NUMBER, n, ['requestedAt', 'suspensionTaskId']);
    const taskIds = await this.fanOut(ctx, tx, caseId, pending, '利用停止等要請');
    tx.emit({
      type: 'call-forwarding.suspension.requested', outcome: 'success', ctx, subjectType: FORWARDING_PROVIDER, subjectId: provider.id,
      prefectureId: provider.casePrefectureId, details: { caseId, tasks: taskIds.length, numbers: pending.length },
    });
    return taskIds;
  }

  /**
   * One task per carrier covering only its own numbers (`scopeRefs` = their ids), due in about a
   * week; the numbers are marked requested with their task. 利用停止等要請 and the stock batch.
   */
  private async fanOut(ctx: RequestContext, tx: Tx, caseId: string, numbers: NumberRow[], title: string): Promise<string[]> {
    const byCarrier = new Map<string, NumberRow[]>();
    for (const n of numbers) byCarrier.set(n.carrierAgencyId, [...(byCarrier.get(n.carrierAgencyId) ?? []), n]);
    const at = this.clock.now();
    const dueAt = new Date(at.getTime() + SUSPENSION_DUE_DAYS * 86_400_000);
    const taskIds: string[] = [];
    for (const [carrierAgencyId, own] of byCarrier) {
      const lines = own.slice(0, LISTED_NUMBERS).map((n) => `${n.number}（${n.usage === 'STOCK' ? '在庫番号' : '特殊詐欺に使用'}）`);
      const more = own.length > LISTED_NUMBERS ? `ほか${own.length - LISTED_NUMBERS}件` : '';
      const taskId = await this.tasks.createIn(ctx, tx, {
        caseId,
        agencyId: carrierAgencyId,
        kind: CallForwardingTaskKind.SUSPENSION_REQUEST,
        request: `${title}（${own.length}件）: ${lines.join('、')}${more ? `、${more}` : ''}。番号ごとに結果（停止日／拒否の理由／自社の番号ではない）と契約者（卸先を含む）をご回答ください。`,
        legalBasis: '固定電話番号・050番号の利用停止等スキーム',
        dueAt,
        scopeRefs: own.map((n) => n.id),
      });
      await this.repository.markRequested(tx.em, own.map((n) => n.id), taskId, at);
      taskIds.push(taskId);
    }
    return taskIds;
  }

  /**
   * 在庫番号一括利用制限: every stock number of the case's provider is marked restricted in one
   * statement; the stock numbers not yet in a suspension request go to their carriers, one task
   * per carrier with only its own stock numbers (those already requested stay in their task).
   */
  restrictStockNumbers(ctx: RequestContext, caseId: string): Promise<{ restrictedCount: number; taskIds: string[] }> {
    return this.transactions.run(async (tx) => {
      const provider = await this.providerFor(ctx, tx, caseId);
      if (!this.fields.canOn(ctx, CallForwardingAction.REQUEST_SUSPENSION, FORWARDING_PROVIDER, provider)) {
        throw new CallForwardingError(CallForwardingErrorCode.NOT_ALLOWED);
      }
      await this.repository.lockProvider(tx.em, provider.id);
      const stock = (await this.repository.numbersOfCases([caseId], this.fields.rowsSql(ctx, READ, FORWARDING_NUMBER, 'n'), tx.em, true)).filter(
        (n) => n.usage === NumberUsage.STOCK,
      );
      if (stock.length === 0) throw new CallForwardingError(CallForwardingErrorCode.NO_STOCK_NUMBERS);
      for (const n of stock) this.fields.assertCanWrite(ctx, FORWARDING_NUMBER, n, ['restrictedAt', 'requestedAt', 'suspensionTaskId']);
      const restrictedCount = await this.repository.restrictStock(tx.em, caseId, this.clock.now());
      const pending = stock.filter((n) => !n.requestedAt);
      const taskIds = pending.length > 0 ? await this.fanOut(ctx, tx, caseId, pending, '在庫番号一括利用制限に伴う利用停止等要請') : [];
      tx.emit({
        type: 'call-forwarding.stock.restricted', outcome: 'success', ctx, subjectType: FORWARDING_PROVIDER, subjectId: provider.id,
        prefectureId: provider.casePrefectureId, details: { caseId, restricted: restrictedCount, tasks: taskIds.length },
      });
      return { restrictedCount, taskIds };
    });
  }

  /** 新規番号提供拒否: numbers at or above this count per contract holder recommend refusal (FORWARDING_REFUSAL_THRESHOLD). */
  refusalThreshold(): number {
    const n = Number(process.env.FORWARDING_REFUSAL_THRESHOLD ?? DEFAULT_REFUSAL_THRESHOLD);
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_REFUSAL_THRESHOLD;
  }

  /**
   * Per contract holder (as the carriers reported it), its numbers and cases among the number rows
   * the actor may read, where it may read the holder; police only.
   */
  async contractHolderCounts(ctx: RequestContext): Promise<{ threshold: number; holders: { contractHolder: string; numberCount: number; caseCount: number; caseIds: string[]; refusalRecommended: boolean }[] }> {
    if (!ctx.actor || !POLICE.includes(ctx.actor.agencyKind)) throw new CallForwardingError(CallForwardingErrorCode.NOT_ALLOWED);
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, FORWARDING_NUMBER, 'n', counter);
    const rows = readable.rows;
    const holder = readable.column('contractHolder');
    const threshold = this.refusalThreshold();
    const counts = await this.repository.holderCounts(rows, holder);
    return { threshold, holders: counts.map((c) => ({ ...c, refusalRecommended: c.numberCount >= threshold })) };
  }

  /** A carrier's answer for one of its numbers (police may record it too). Answers the task once every number of it is answered. */
  async answerSuspension(ctx: RequestContext, input: AnswerSuspension): Promise<Projected<NumberRow>> {
    const taskId = await this.transactions.run(async (tx) => {
      const row = await this.repository.findNumber(input.numberId, this.fields.rowsSql(ctx, READ, FORWARDING_NUMBER, 'n'), tx.em);
      if (!row) throw new NotFoundError('ForwardingNumber');
      this.fields.assertCanWrite(ctx, FORWARDING_NUMBER, row, ANSWER_FIELDS);
      if (!row.suspensionTaskId) throw new CallForwardingError(CallForwardingErrorCode.NOT_REQUESTED);
      if (input.result === SuspensionResult.SUSPENDED && !input.suspendedOn) {
        throw new CallForwardingError(CallForwardingErrorCode.ANSWER_INCOMPLETE, [{ field: 'suspendedOn', reason: 'REQUIRED' }]);
      }
      if (input.result === SuspensionResult.REFUSED && !input.reason?.trim()) {
        throw new CallForwardingError(CallForwardingErrorCode.ANSWER_INCOMPLETE, [{ field: 'reason', reason: 'REQUIRED' }]);
      }
      if (row.version !== input.version) throw new ConflictError();
      const ok = await this.repository.answerNumber(
        tx.em, row.id, input.version,
        {
          result: input.result,
          resultReason: input.result === SuspensionResult.SUSPENDED ? null : input.reason?.trim() || null,
          suspendedOn: input.result === SuspensionResult.SUSPENDED ? input.suspendedOn! : null,
          contractHolder: input.contractHolder?.trim() || null,
          answeredBy: ctx.actor!.userId,
        },
        this.clock.now(),
      );
      if (!ok) throw new ConflictError();
      tx.emit({
        type: 'call-forwarding.suspension.answered', outcome: 'success', ctx, subjectType: FORWARDING_NUMBER, subjectId: row.id,
        prefectureId: row.casePrefectureId, fields: ANSWER_FIELDS, details: { caseId: row.caseId, result: input.result },
      });
      return row.suspensionTaskId;
    });
    await this.answerTaskWhenComplete(ctx, taskId);
    const row = await this.repository.findNumber(input.numberId, this.fields.rowsSql(ctx, READ, FORWARDING_NUMBER, 'n'));
    if (!row) throw new NotFoundError('ForwardingNumber');
    return this.fields.project(ctx, FORWARDING_NUMBER, row);
  }

  /** Every number of the task answered: the task is answered with the counts (no number in the text). */
  private async answerTaskWhenComplete(ctx: RequestContext, taskId: string): Promise<void> {
    const results = await this.repository.resultsOfTask(taskId);
    if (results.some((r) => r.result === null)) return;
    const task = await this.repository.taskState(taskId);
    if (!task || !['OPEN', 'ACKNOWLEDGED', 'OVERDUE'].includes(task.state)) return;
    const count = (r: SuspensionResult) => results.find((x) => x.result === r)?.n ?? 0;
    const summary = `番号ごとの回答済み: 利用停止 ${count(SuspensionResult.SUSPENDED)}件、拒否 ${count(SuspensionResult.REFUSED)}件、自社の番号ではない ${count(SuspensionResult.NOT_OURS)}件`;
    await this.tasks.answer(ctx, taskId, task.version, summary);
  }

  referToRegulator(ctx: RequestContext, input: { caseId: string; request: string; regulatorAgencyId?: string | null; dueAt?: Date | null }): Promise<string> {
    return this.transactions.run((tx) => this.referToRegulatorIn(ctx, tx, input));
  }

  /** The referral to the regulator (総務省) as a task addressed to it, and its record. */
  async referToRegulatorIn(ctx: RequestContext, tx: Tx, input: { caseId: string; request: string; regulatorAgencyId?: string | null; dueAt?: Date | null }): Promise<string> {
    const provider = await this.providerFor(ctx, tx, input.caseId);
    if (!this.fields.canOn(ctx, CallForwardingAction.REFER_TO_REGULATOR, FORWARDING_PROVIDER, provider)) {
      throw new CallForwardingError(CallForwardingErrorCode.NOT_ALLOWED);
    }
    const regulators = input.regulatorAgencyId
      ? await this.repository.agenciesOfKind(tx.em, [input.regulatorAgencyId], AgencyKind.REGULATOR)
      : await this.repository.agenciesByKind(tx.em, AgencyKind.REGULATOR);
    if (regulators.length !== 1) throw new CallForwardingError(CallForwardingErrorCode.NOT_A_REGULATOR, [{ field: 'regulatorAgencyId', reason: 'NOT_A_REGULATOR' }]);
    const taskId = await this.tasks.createIn(ctx, tx, {
      caseId: input.caseId,
      agencyId: regulators[0],
      kind: CallForwardingTaskKind.REGULATOR_REFERRAL,
      request: input.request,
      legalBasis: '犯罪収益移転防止法（特定事業者: 電話転送サービス事業者）',
      dueAt: input.dueAt ?? null,
    });
    const id = await this.repository.insertReferral(tx.em, {
      caseId: input.caseId, regulatorAgencyId: regulators[0], taskId, request: input.request, referredBy: ctx.actor!.userId, at: this.clock.now(),
    });
    tx.emit({
      type: 'call-forwarding.referral.created', outcome: 'success', ctx, subjectType: REGULATOR_REFERRAL, subjectId: id,
      prefectureId: provider.casePrefectureId, details: { caseId: input.caseId, taskId },
    });
    return id;
  }

  /** The regulator reports the supervisory action it took; its task is answered with it. */
  async reportSupervisoryAction(ctx: RequestContext, input: { referralId: string; version: number; supervisoryAction: string; actionTakenOn?: string | null }): Promise<Projected<ReferralRow>> {
    const taskId = await this.transactions.run(async (tx) => {
      const row = await this.repository.findReferral(input.referralId, this.fields.rowsSql(ctx, READ, REGULATOR_REFERRAL, 'r'), tx.em);
      if (!row) throw new NotFoundError('RegulatorReferral');
      this.fields.assertCanWrite(ctx, REGULATOR_REFERRAL, row, ACTION_FIELDS);
      if (row.version !== input.version) throw new ConflictError();
      const ok = await this.repository.reportAction(
        tx.em, row.id, input.version,
        { supervisoryAction: input.supervisoryAction.trim(), actionTakenOn: input.actionTakenOn ?? null, reportedBy: ctx.actor!.userId },
        this.clock.now(),
      );
      if (!ok) throw new ConflictError();
      tx.emit({
        type: 'call-forwarding.referral.action-reported', outcome: 'success', ctx, subjectType: REGULATOR_REFERRAL, subjectId: row.id,
        prefectureId: row.casePrefectureId, fields: ACTION_FIELDS, details: { caseId: row.caseId },
      });
      return row.taskId;
    });
    const task = await this.repository.taskState(taskId);
    if (task && ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'].includes(task.state) && this.fields.can(ctx, 'answer', 'Task')) {
      await this.tasks.answer(ctx, taskId, task.version, `監督上の措置: ${input.supervisoryAction.trim()}`);
    }
    const row = await this.repository.findReferral(input.referralId, this.fields.rowsSql(ctx, READ, REGULATOR_REFERRAL, 'r'));
    if (!row) throw new NotFoundError('RegulatorReferral');
    return this.fields.project(ctx, REGULATOR_REFERRAL, row);
  }

  // Reads for the field resolvers, batched per request: only rows the actor may read, projected.

  providerOf(ctx: RequestContext, caseId: string): Promise<Projected<ProviderRow> | null> {
    return this.caseRows.one(ctx, FORWARDING_PROVIDER, 'p', caseId, (ids, rows) => this.repository.providersOfCases(ids, rows));
  }

  numbersOf(ctx: RequestContext, caseId: string): Promise<Projected<NumberRow>[]> {
    return this.caseRows.many(ctx, FORWARDING_NUMBER, 'n', caseId, (ids, rows) => this.repository.numbersOfCases(ids, rows));
  }

  damagesOf(ctx: RequestContext, caseId: string): Promise<Projected<DamageRow>[]> {
    return this.caseRows.many(ctx, FORWARDING_DAMAGE, 'd', caseId, (ids, rows) => this.repository.damagesOfCases(ids, rows));
  }

  referralsOf(ctx: RequestContext, caseId: string): Promise<Projected<ReferralRow>[]> {
    return this.caseRows.many(ctx, REGULATOR_REFERRAL, 'r', caseId, (ids, rows) => this.repository.referralsOfCases(ids, rows));
  }
}

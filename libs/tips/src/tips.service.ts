import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AgencyKind,
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RequestContext,
  TipClassification,
  TransactionRunner,
  type RewardPaymentMethod,
  type TipCategory,
  TipChannel,
  type Tx,
  decodeCursor,
  encodeCursor,
  toPage,
  type PageInfo,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { BusinessCalendar, DeadlineHandlerRegistry, DeadlineService, type Deadline } from '@renkei/workflow';
import { RecruitmentService, SourceChannel } from '@renkei/case-recruitment';
import { TipsRepository } from './tips.repository';
import { TipPinService } from './tip-pin.service';
import { TIP, TIP_SUBJECT, TipAction } from './tips.fields';
import { TipsError, TipsErrorCode } from './tips.errors';
import { oneYearAfter, oneYearBefore, receiptNumberFor, reportDueAt } from './tips.deadlines';
import { TipInfoRequestState, type RewardDisqualification, type RewardLedgerRow, type TipRow } from './tips.types';

/** Deadline kinds: the report to 警察庁 (翌勤務日の午前中), per tip and per piece of additional information; the reward notice's year. */
export const TIP_REPORT_DEADLINE = 'tip.report';
export const TIP_INFORMATION_REPORT_DEADLINE = 'tip.additional-info.report';
export const TIP_REWARD_NOTICE_DEADLINE = 'tip.reward-notice';
export const TIP_ADDITIONAL_INFORMATION = 'TipAdditionalInformation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TipIntake {
  category: TipCategory;
  content: string;
  urgent: boolean;
  pin: string;
  selfIdentification?: string | null;
  disqualifications?: RewardDisqualification[] | null;
  wantsReward: boolean;
}

export interface TipReceipt {
  receiptNumber: string;
  urgent: boolean;
  message: string;
}

export interface OpenCaseFromTip {
  tipId: string;
  platform: string;
  url: string;
  text: string;
  postedAt?: Date | null;
  posterHandle?: string | null;
}

/**
 * 匿名通報: intake (the public web form and the phone desk), the tipster's access by receipt
 * number and PIN, triage by 警察庁 (classification, additional-information requests, forwarding
 * to a prefecture), the case a prefecture opens from it, rewards (decision, one-year public
 * notice, payment after PIN verification, ledger) and the report deadline. Every user read goes
 * through the actor's row condition and is projected; a tip the actor may not read is "not found".
 */
@Injectable()
export class TipsService implements OnModuleInit {
  constructor(
    private readonly repository: TipsRepository,
    private readonly pins: TipPinService,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly calendar: BusinessCalendar,
    private readonly deadlines: DeadlineService,
    private readonly handlers: DeadlineHandlerRegistry,
    private readonly recruitment: RecruitmentService,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(TIP_SUBJECT);
    this.handlers.register(TIP_REPORT_DEADLINE, { onWarning: () => undefined, onBreach: (tx, d) => this.reportOverdue(tx, d) });
    this.handlers.register(TIP_INFORMATION_REPORT_DEADLINE, { onWarning: () => undefined, onBreach: (tx, d) => this.reportOverdue(tx, d) });
    this.handlers.register(TIP_REWARD_NOTICE_DEADLINE, { onWarning: () => undefined, onBreach: (tx, d) => this.removeRewardNotice(tx, d) });
  }

  /** "翌勤務日の午前中": 12:00 JST of the next business day after the day of receipt. */
  reportDueAt(receivedAt: Date): Date {
    return reportDueAt(this.calendar, receivedAt);
  }

  // ---- intake ----

  /** The public web form (channel WEB): no account, nothing about the sender is stored. */
  async submitWeb(ctx: RequestContext, input: TipIntake, clientKey: string | null): Promise<TipReceipt> {
    const admitted = await this.transactions.run((tx) => this.pins.admitIntake(tx, clientKey));
    // Not audited one by one: a flood would otherwise fill the audit log it is refused to protect.
    if (!admitted) throw new TipsError(TipsErrorCode.INTAKE_THROTTLED);
    return this.intake(ctx, TipChannel.WEB, input);
  }

  /** The phone desk (channel PHONE): the receiver records what the caller says. */
  recordPhone(ctx: RequestContext, input: TipIntake): Promise<TipReceipt> {
    if (!this.fields.can(ctx, TipAction.CREATE, TIP)) throw new TipsError(TipsErrorCode.NOT_ALLOWED);
    return this.intake(ctx, TipChannel.PHONE, input);
  }

  private async intake(ctx: RequestContext, channel: TipChannel, input: TipIntake): Promise<TipReceipt> {
    // Hashing is slow on purpose: outside the transaction.
    const pinHash = await this.pins.hash(input.pin);
    const receiptNumber = await this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const day = this.calendar.jstDate(now);
      const seq = await this.repository.nextSequence(tx.em, day);
      const receipt = receiptNumberFor(day, seq);
      const dueAt = this.reportDueAt(now);
      const id = await this.repository.insert(tx.em, {
        receiptNumber: receipt, category: input.category, channel, receivedAt: now, content: input.content.trim(), urgent: input.urgent,
        recordedBy: ctx.actor?.userId ?? null, pinHash, selfIdentification: input.selfIdentification?.trim() || null,
        disqualifications: [...new Set(input.disqualifications ?? [])], wantsReward: input.wantsReward, reportDueAt: dueAt,
      }, now);
      await this.deadlines.schedule(tx, { kind: TIP_REPORT_DEADLINE, subjectType: TIP, subjectId: id, prefectureId: null, dueAt }, ctx);
      // The notification rule tells 警察庁 at once when urgent (第5条第6項); the receipt number is all it says.
      tx.emit({
        type: 'tips.tip.received', outcome: 'success', ctx, subjectType: TIP, subjectId: id,
        details: { receiptNumber: receipt, channel, urgent: input.urgent, category: input.category },
      });
      return receipt;
    });
    const base = `受付番号は ${receiptNumber} です。暗証番号とともに大切に控えてください。追加情報のお願いや情報料のお知らせは、この受付番号を「匿名通報」ウェブサイトに掲載してお知らせします。`;
    const message = input.urgent ? `緊急の対応が必要な場合は、直ちに110番通報してください。${base}` : base;
    return { receiptNumber, urgent: input.urgent, message };
  }

  // ---- reads ----

  async get(ctx: RequestContext, id: string): Promise<Projected<TipRow>> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, TIP, 't'));
    if (!row) throw new NotFoundError('Tip');
    return this.fields.project(ctx, TIP, row);
  }

  async list(
    ctx: RequestContext,
    filter: { classification?: TipClassification | null; urgent?: boolean | null },
    first: number,
    after: string | null,
  ): Promise<{ nodes: Projected<TipRow>[]; pageInfo: PageInfo }> {
    // The order is by receipt time: refused (not silently empty) for anyone who may not read it.
    this.fields.assertCanQuery(ctx, TIP, ['receivedAt']);
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, TIP, 't', counter);
    const rows = readable.rows;
    const filters = [];
    if (filter.classification) {
      const col = readable.column('classification');
      filters.push({ sql: `${col.sql} = :classification`, params: { ...col.params, classification: filter.classification } });
    }
    if (filter.urgent !== undefined && filter.urgent !== null) {
      const col = readable.column('urgent');
      filters.push({ sql: `${col.sql} = :urgent`, params: { ...col.params, urgent: filter.urgent } });
    }
    let cursor: { receivedAt: Date; id: string } | null = null;
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      const receivedAt = new Date(at);
      if (Number.isNaN(receivedAt.getTime()) || !UUID.test(id)) throw new BadInputError('Invalid cursor', [{ field: 'after', reason: 'INVALID_CURSOR' }]);
      cursor = { receivedAt, id };
    }
    const found = await this.repository.list(rows, filters, cursor, first + 1);
    const page = toPage(found, first, (r) => encodeCursor([r.receivedAt.toISOString(), r.id]));
    return { nodes: page.nodes.map((r) => this.fields.project(ctx, TIP, r)), pageInfo: page.pageInfo };
  }

  /** 情報料支払台帳: every payment the actor may read the reward of, with totals. */
  async ledger(ctx: RequestContext): Promise<{ entries: RewardLedgerRow[]; count: number; totalAmount: number; byMethod: { method: RewardPaymentMethod; count: number; totalAmount: number }[] }> {
    const counter = { next: 0 };
    // FORBIDDEN for anyone who may not read the reward group on any tip (hq.coordinator).
    const readable = this.fields.readableQuery(ctx, TIP, 't', counter);
    const paidAt = readable.column('rewardPaidAt');
    const rows = readable.rows;
    const entries = await this.repository.ledger(rows, paidAt);
    const byMethod = new Map<RewardPaymentMethod, { count: number; totalAmount: number }>();
    for (const e of entries) {
      const m = byMethod.get(e.rewardPaymentMethod) ?? { count: 0, totalAmount: 0 };
      m.count += 1;
      m.totalAmount += e.rewardAmount;
      byMethod.set(e.rewardPaymentMethod, m);
    }
    return {
      entries,
      count: entries.length,
      totalAmount: entries.reduce((s, e) => s + e.rewardAmount, 0),
      byMethod: [...byMethod.entries()].map(([method, v]) => ({ method, ...v })).sort((a, b) => a.method.localeCompare(b.method)),
    };
  }

  /** The public notice board: receipt numbers and posting dates, nothing else. */
  notices() {
    return this.repository.publicNotices(oneYearBefore(this.clock.now()));
  }

  // ---- the tipster (public, receipt number + PIN) ----

  async tipsterView(ctx: RequestContext, receiptNumber: string, pin: string, clientKey: string | null) {
    const outcome = await this.transactions.run(async (tx) => {
      const check = await this.pins.check(ctx, tx, { receiptNumber }, pin, clientKey);
      if (!check.ok) return check;
      const questions = await this.repository.questions(tx.em, check.tip.id);
      return { ok: true as const, receiptNumber: check.tip.receiptNumber, questions };
    });
    // Thrown after the commit, so the failure stays counted.
    if (!outcome.ok) throw new TipsError(outcome.error);
    return { receiptNumber: outcome.receiptNumber, questions: outcome.questions };
  }

  async tipsterAddInformation(ctx: RequestContext, input: { receiptNumber: string; pin: string; content: string; requestId?: string | null }, clientKey: string | null) {
    const outcome = await this.transactions.run(async (tx) => {
      const check = await this.pins.check(ctx, tx, { receiptNumber: input.receiptNumber }, input.pin, clientKey);
      if (!check.ok) return check;
      await this.addInformation(ctx, tx, check.tip.id, TipChannel.WEB, input.content, input.requestId ?? null);
      return { ok: true as const, receiptNumber: check.tip.receiptNumber };
    });
    if (!outcome.ok) throw new TipsError(outcome.error);
    return { receiptNumber: outcome.receiptNumber, message: '追加情報を受け付けました。ご協力ありがとうございます。' };
  }

  /** Additional information received by phone: the caller proves the tip is theirs with the PIN. */
  async recordPhoneInformation(ctx: RequestContext, input: { tipId: string; pin: string; content: string; requestId?: string | null }): Promise<Projected<TipRow>> {
    const outcome = await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId);
      this.assertAction(ctx, TipAction.RECORD_INFORMATION, row);
      const check = await this.pins.check(ctx, tx, { tipId: row.id }, input.pin, null);
      if (!check.ok) return check;
      await this.addInformation(ctx, tx, row.id, TipChannel.PHONE, input.content, input.requestId ?? null);
      return { ok: true as const };
    });
    if (!outcome.ok) throw new TipsError(outcome.error);
    return this.get(ctx, input.tipId);
  }

  private async addInformation(ctx: RequestContext, tx: Tx, tipId: string, channel: TipChannel, content: string, requestId: string | null): Promise<void> {
    const now = this.clock.now();
    if (requestId) {
      const request = await this.repository.infoRequest(tx.em, requestId, tipId);
      if (!request || request.state !== TipInfoRequestState.OPEN) throw new TipsError(TipsErrorCode.REQUEST_NOT_OPEN);
    }
    const dueAt = this.reportDueAt(now);
    const infoId = await this.repository.addInformation(tx.em, {
      tipId, requestId, channel, content: content.trim(), receivedAt: now, recordedBy: ctx.actor?.userId ?? null, reportDueAt: dueAt,
    });
    if (requestId) await this.repository.closeInfoRequest(tx.em, requestId, 'ANSWERED', now);
    await this.repository.touch(tx.em, tipId, now);
    // 追加情報報告書 is due by the same rule as the tip's own report.
    await this.deadlines.schedule(tx, { kind: TIP_INFORMATION_REPORT_DEADLINE, subjectType: TIP_ADDITIONAL_INFORMATION, subjectId: infoId, prefectureId: null, dueAt }, ctx);
    tx.emit({
      type: 'tips.information.added', outcome: 'success', ctx, subjectType: TIP, subjectId: tipId, fields: ['additionalInformation'],
      details: { informationId: infoId, channel, answeredRequestId: requestId },
    });
  }

  // ---- the desk ----

  async classify(ctx: RequestContext, input: { tipId: string; version: number; classification: TipClassification }): Promise<Projected<TipRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId, input.version);
      this.assertAction(ctx, TipAction.CLASSIFY, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['classification', 'classifiedAt']);
      const now = this.clock.now();
      await this.write(tx, row, { classification: input.classification, classified_at: now, classified_by: ctx.actor!.userId }, now);
      tx.emit({
        type: 'tips.tip.classified', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['classification', 'classifiedAt'],
        details: { classification: input.classification, previous: row.classification },
      });
    });
    return this.get(ctx, input.tipId);
  }

  async requestInformation(ctx: RequestContext, input: { tipId: string; question: string }): Promise<Projected<TipRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId);
      this.assertAction(ctx, TipAction.REQUEST_INFORMATION, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['infoRequests']);
      const now = this.clock.now();
      const requestId = await this.repository.openInfoRequest(tx.em, row.id, input.question.trim(), ctx.actor!.userId, now);
      await this.repository.touch(tx.em, row.id, now);
      tx.emit({ type: 'tips.infoRequest.opened', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['infoRequests'], details: { requestId } });
    });
    return this.get(ctx, input.tipId);
  }

  async withdrawInformationRequest(ctx: RequestContext, input: { tipId: string; requestId: string }): Promise<Projected<TipRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId);
      this.assertAction(ctx, TipAction.REQUEST_INFORMATION, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['infoRequests']);
      const now = this.clock.now();
      const request = await this.repository.infoRequest(tx.em, input.requestId, row.id);
      if (!request || !(await this.repository.closeInfoRequest(tx.em, request.id, 'WITHDRAWN', now))) throw new TipsError(TipsErrorCode.REQUEST_NOT_OPEN);
      await this.repository.touch(tx.em, row.id, now);
      tx.emit({ type: 'tips.infoRequest.withdrawn', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['infoRequests'], details: { requestId: request.id } });
    });
    return this.get(ctx, input.tipId);
  }

  /** 警察庁 forwards the tip to a prefecture's police HQ, whose 推進室 then reads it (never the reward). */
  async forward(ctx: RequestContext, input: { tipId: string; version: number; agencyId: string }): Promise<Projected<TipRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId, input.version);
      this.assertAction(ctx, TipAction.FORWARD, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['forwardedAgencyId', 'forwardedAt']);
      if ((await this.repository.agencyKind(tx.em, input.agencyId)) !== AgencyKind.POLICE_HQ) throw new TipsError(TipsErrorCode.NOT_A_POLICE_HQ);
      // Once a prefecture has opened a case from it, the tip stays where it is.
      if (row.caseId) throw new TipsError(TipsErrorCode.CASE_ALREADY_OPENED);
      const now = this.clock.now();
      await this.write(tx, row, { forwarded_agency_id: input.agencyId, forwarded_at: now, forwarded_by: ctx.actor!.userId }, now);
      tx.emit({
        type: 'tips.tip.forwarded', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['forwardedAgencyId', 'forwardedAt'],
        details: { agencyId: input.agencyId, previousAgencyId: row.forwardedAgencyId, receiptNumber: row.receiptNumber },
      });
    });
    return this.get(ctx, input.tipId);
  }

  /**
   * The prefecture opens a case from a forwarded tip: a 犯罪実行者募集情報 case (the one case type
   * whose source is a tip: sourceChannel ANONYMOUS_TIP and the receipt number (S)), filed by the
   * coordinator with the post the tip points to. The case id is recorded on the tip.
   */
  async openCase(ctx: RequestContext, input: OpenCaseFromTip): Promise<{ tip: Projected<TipRow>; caseId: string; reference: string }> {
    const filed = await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId);
      this.assertAction(ctx, TipAction.OPEN_CASE, row);
      if (!row.forwardedAgencyId) throw new TipsError(TipsErrorCode.NOT_FORWARDED);
      if (row.caseId) throw new TipsError(TipsErrorCode.CASE_ALREADY_OPENED);
      if (await this.recruitment.isKnownIn(tx, input.url)) throw new TipsError(TipsErrorCode.POST_ALREADY_FILED);
      const c = await this.recruitment.fileIn(ctx, tx, {
        platform: input.platform, url: input.url, text: input.text, postedAt: input.postedAt ?? null, posterHandle: input.posterHandle ?? null,
        sourceChannel: SourceChannel.ANONYMOUS_TIP, tipReceiptNumber: row.receiptNumber,
      });
      const now = this.clock.now();
      await this.write(tx, row, { case_id: c.id }, now);
      tx.emit({ type: 'tips.tip.caseOpened', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['caseId'], details: { caseId: c.id, reference: c.reference } });
      return c;
    });
    return { tip: await this.get(ctx, input.tipId), caseId: filed.id, reference: filed.reference };
  }

  /** 警察庁 decides a reward for a target tip whose tipster wants one and is eligible; the receipt number goes on the public list for a year. */
  async decideReward(ctx: RequestContext, input: { tipId: string; version: number; amount: number }): Promise<Projected<TipRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId, input.version);
      this.assertAction(ctx, TipAction.DECIDE_REWARD, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['rewardAmount', 'rewardDecidedAt', 'rewardNoticePostedAt']);
      if (row.classification !== TipClassification.TARGET) throw new TipsError(TipsErrorCode.NOT_CLASSIFIED_TARGET);
      if (!row.wantsReward || row.disqualifications.length > 0) throw new TipsError(TipsErrorCode.REWARD_NOT_ELIGIBLE);
      if (row.rewardDecidedAt) throw new TipsError(TipsErrorCode.REWARD_ALREADY_DECIDED);
      const now = this.clock.now();
      await this.write(tx, row, { reward_amount: input.amount, reward_decided_at: now, reward_decided_by: ctx.actor!.userId, reward_notice_posted_at: now }, now);
      await this.deadlines.schedule(tx, { kind: TIP_REWARD_NOTICE_DEADLINE, subjectType: TIP, subjectId: row.id, prefectureId: null, dueAt: oneYearAfter(now) }, ctx);
      tx.emit({
        type: 'tips.reward.decided', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id,
        fields: ['rewardAmount', 'rewardDecidedAt', 'rewardNoticePostedAt'], details: { noticeUntil: oneYearAfter(now).toISOString() },
      });
    });
    return this.get(ctx, input.tipId);
  }

  /**
   * The receiver pays the reward (cash at the office, transfer or post) after verifying the
   * tipster's PIN (a wrong one counts toward the receipt number's lockout), within the year the
   * notice is posted. Answers with the receipt (領収書), which never holds the PIN.
   */
  async recordPayment(ctx: RequestContext, input: { tipId: string; pin: string; method: RewardPaymentMethod }) {
    const outcome = await this.transactions.run(async (tx) => {
      const row = await this.loadForChange(ctx, tx, input.tipId);
      this.assertAction(ctx, TipAction.RECORD_PAYMENT, row);
      this.fields.assertCanWrite(ctx, TIP, row, ['rewardPaymentMethod', 'rewardPaidAt']);
      const check = await this.pins.check(ctx, tx, { tipId: row.id }, input.pin, null);
      if (!check.ok) return check;
      const now = this.clock.now();
      if (row.rewardPaidAt) throw new TipsError(TipsErrorCode.REWARD_ALREADY_PAID);
      const posted = row.rewardNoticePostedAt;
      if (!row.rewardAmount || !posted || row.rewardNoticeRemovedAt || now >= oneYearAfter(posted)) throw new TipsError(TipsErrorCode.REWARD_NOT_PAYABLE);
      await this.write(tx, row, { reward_payment_method: input.method, reward_paid_at: now, reward_paid_by: ctx.actor!.userId }, now);
      tx.emit({ type: 'tips.reward.paid', outcome: 'success', ctx, subjectType: TIP, subjectId: row.id, fields: ['rewardPaymentMethod', 'rewardPaidAt'], details: { method: input.method } });
      return { ok: true as const, receipt: { tipId: row.id, receiptNumber: row.receiptNumber, amount: row.rewardAmount, paidAt: now, method: input.method } };
    });
    if (!outcome.ok) throw new TipsError(outcome.error);
    return outcome.receipt;
  }

  // ---- reports to 警察庁 (called by the report-file part) ----

  /**
   * The 通報報告書 / 参考情報報告書 of the tip has been generated: completes its report deadline.
   * With a user's context the tip must be readable by them; a system context (a job) may mark any.
   */
  async markReported(ctx: RequestContext, tipId: string, tx?: Tx): Promise<void> {
    const work = async (t: Tx) => {
      if (ctx.actor) {
        const row = await this.repository.find(tipId, this.fields.rowsSql(ctx, READ, TIP, 't'), t.em, true);
        if (!row) throw new NotFoundError('Tip');
      }
      const now = this.clock.now();
      await this.repository.markReported(t.em, tipId, now);
      await this.deadlines.complete(t, TIP_REPORT_DEADLINE, TIP, tipId, ctx);
      t.emit({ type: 'tips.tip.reported', outcome: 'success', ctx, subjectType: TIP, subjectId: tipId, fields: ['reportedAt'] });
    };
    if (tx) return work(tx);
    return this.transactions.run(work);
  }

  /** The 追加情報報告書 of one piece of additional information has been generated. */
  async markInformationReported(ctx: RequestContext, informationId: string, tx?: Tx): Promise<void> {
    const work = async (t: Tx) => {
      const tipId = await this.repository.markInformationReported(t.em, informationId, this.clock.now());
      if (!tipId) throw new NotFoundError('Tip');
      if (ctx.actor && !(await this.repository.find(tipId, this.fields.rowsSql(ctx, READ, TIP, 't'), t.em))) throw new NotFoundError('Tip');
      await this.deadlines.complete(t, TIP_INFORMATION_REPORT_DEADLINE, TIP_ADDITIONAL_INFORMATION, informationId, ctx);
      t.emit({ type: 'tips.information.reported', outcome: 'success', ctx, subjectType: TIP, subjectId: tipId, details: { informationId } });
    };
    if (tx) return work(tx);
    return this.transactions.run(work);
  }

  // ---- deadline handlers (system jobs) ----

  private async reportOverdue(tx: Tx, deadline: Deadline): Promise<void> {
    const ctx = RequestContext.system('job');
    const tipId = deadline.subjectType === TIP ? deadline.subjectId : await this.repository.tipOfInformation(tx.em, deadline.subjectId);
    if (!tipId) return;
    const tip = await this.repository.findForJob(tx.em, tipId);
    if (!tip) return;
    tx.emit({
      type: 'tips.report.overdue', outcome: 'success', ctx, subjectType: TIP, subjectId: tipId, prefectureId: null,
      details: { receiptNumber: tip.receiptNumber, kind: deadline.kind, dueAt: deadline.dueAt.toISOString() },
    });
  }

  /** A year after posting, the receipt number leaves the public reward list. */
  private async removeRewardNotice(tx: Tx, deadline: Deadline): Promise<void> {
    const ctx = RequestContext.system('job');
    const tip = await this.repository.findForJob(tx.em, deadline.subjectId);
    if (!tip || tip.rewardNoticeRemovedAt) return;
    await this.repository.removeRewardNotice(tx.em, tip.id, this.clock.now());
    tx.emit({ type: 'tips.rewardNotice.removed', outcome: 'success', ctx, subjectType: TIP, subjectId: tip.id, prefectureId: null, fields: ['rewardNoticeRemovedAt'] });
  }

  // ---- helpers ----

  /** Loads (and locks) a tip through the read condition: a hidden tip is "not found"; a stale version a conflict. */
  private async loadForChange(ctx: RequestContext, tx: Tx, id: string, version?: number): Promise<TipRow> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, TIP, 't'), tx.em, true);
    if (!row) throw new NotFoundError('Tip');
    if (version !== undefined && row.version !== version) throw new ConflictError();
    return row;
  }

  private assertAction(ctx: RequestContext, action: TipAction, row: TipRow): void {
    if (!this.fields.canOn(ctx, action, TIP, row)) throw new ForbiddenError('Forbidden', [], TipsErrorCode.NOT_ALLOWED);
  }

  private async write(tx: Tx, row: TipRow, set: Record<string, unknown>, now: Date): Promise<void> {
    if (!(await this.repository.update(tx.em, row.id, row.version, set, now))) throw new ConflictError();
  }

  // ---- demo seeder ----

  demoExistsIn(tx: Tx, receiptNumber: string): Promise<boolean> {
    return this.repository.receiptExists(tx.em, receiptNumber);
  }

  /**
   * The demo tip: recorded with its fixed receipt number (the day's counter is raised past it),
   * classified, forwarded, linked to the case that names it and reported, each step audited as
   * the actor who would take it.
   */
  async seedDemoTip(
    tx: Tx,
    actors: { receiver: RequestContext; tipdesk: RequestContext; coordinator: RequestContext },
    d: { receiptNumber: string; receivedAt: Date; category: TipCategory; content: string; pin: string; hqAgencyCode: string; classification: TipClassification },
  ): Promise<string> {
    const now = this.clock.now();
    const day = this.calendar.jstDate(d.receivedAt);
    await this.repository.raiseSequence(tx.em, day, Number(d.receiptNumber.slice(-4)));
    const id = await this.repository.insert(tx.em, {
      receiptNumber: d.receiptNumber, category: d.category, channel: TipChannel.WEB, receivedAt: d.receivedAt, content: d.content, urgent: false,
      recordedBy: null, pinHash: await this.pins.hash(d.pin), selfIdentification: null, disqualifications: [], wantsReward: true,
      reportDueAt: this.reportDueAt(d.receivedAt),
    }, now);
    // A web tip has no actor: the demo's is recorded like one.
    tx.emit({
      type: 'tips.tip.received', outcome: 'success', ctx: RequestContext.system('cli'), subjectType: TIP, subjectId: id,
      details: { receiptNumber: d.receiptNumber, channel: TipChannel.WEB, urgent: false, category: d.category, demo: true },
    });
    const hq = await this.repository.agencyIdByCode(tx.em, d.hqAgencyCode);
    if (!hq) throw new Error(`demo agency ${d.hqAgencyCode} is missing`);
    const caseId = await this.repository.caseOfReceipt(tx.em, d.receiptNumber);
    if (!caseId) throw new Error('demo case 2 (recruitment post) is missing');
    await this.repository.update(tx.em, id, 1, {
      classification: d.classification, classified_at: now, classified_by: actors.tipdesk.actor!.userId,
      forwarded_agency_id: hq, forwarded_at: now, forwarded_by: actors.tipdesk.actor!.userId, case_id: caseId,
    }, now);
    await this.repository.markReported(tx.em, id, now);
    tx.emit({ type: 'tips.tip.reported', outcome: 'success', ctx: actors.receiver, subjectType: TIP, subjectId: id, fields: ['reportedAt'] });
    tx.emit({ type: 'tips.tip.classified', outcome: 'success', ctx: actors.tipdesk, subjectType: TIP, subjectId: id, fields: ['classification', 'classifiedAt'], details: { classification: d.classification, previous: null } });
    tx.emit({ type: 'tips.tip.forwarded', outcome: 'success', ctx: actors.tipdesk, subjectType: TIP, subjectId: id, fields: ['forwardedAgencyId', 'forwardedAt'], details: { agencyId: hq, previousAgencyId: null, receiptNumber: d.receiptNumber } });
    tx.emit({ type: 'tips.tip.caseOpened', outcome: 'success', ctx: actors.coordinator, subjectType: TIP, subjectId: id, fields: ['caseId'], details: { caseId } });
    return id;
  }
}

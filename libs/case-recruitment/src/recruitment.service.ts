import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyKind, Clock, ConflictError, NotFoundError, RequestContext, TransactionRunner, type Tx } from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { Audience, CaseRowsLoader, CasesService, CaseTypeRegistry, EntityKind, normalizePhone, normalizeUrl, TasksService } from '@renkei/cases';
import { BusinessCalendar, DeadlineHandlerRegistry, DeadlineService, type Deadline } from '@renkei/workflow';
import { RecruitmentRepository } from './recruitment.repository';
import {
  RECRUITMENT_CONTACT,
  RECRUITMENT_POST,
  RECRUITMENT_POST_TYPE,
  RECRUITMENT_SUBJECTS,
  RECRUITMENT_TAKEDOWN,
  RecruitmentAction,
} from './recruitment.fields';
import { DEFAULT_RECHECK_BUSINESS_DAYS, RECRUITMENT_CLOSED_STATES, RECRUITMENT_MACHINE, RECRUITMENT_RECHECK } from './recruitment.workflow';
import { RecruitmentError, RecruitmentErrorCode } from './recruitment.errors';
import { assessRisk } from './risk-score';
import {
  ContactKind,
  LabourReferralStatus,
  RecruitmentTaskKind,
  SourceChannel,
  TakedownKind,
  TakedownResult,
  type ContactRow,
  type NewContact,
  type PostRow,
  type TakedownChannel,
  type TakedownRow,
} from './recruitment.types';

export interface FileRecruitmentPost {
  platform: string;
  url: string;
  text: string;
  postedAt?: Date | null;
  capturedAt?: Date | null;
  screenshotHash?: string | null;
  posterHandle?: string | null;
  phones?: { number: string; carrierAgencyId?: string | null }[] | null;
  messengerIds?: { service: string; id: string }[] | null;
  sourceChannel?: SourceChannel | null;
  tipReceiptNumber?: string | null;
}

export interface FiledRecruitmentPost {
  caseId: string;
  reference: string | null;
  /** the URL was already known: this is the existing case, nothing was filed */
  alreadyKnown: boolean;
}

export interface InvestigationChanges {
  suspectIdentity?: string | null;
  linkedCriminalCases?: string[] | null;
  investigationNotes?: string | null;
}

export interface RecordTakedown {
  caseId: string;
  kind: TakedownKind;
  channel?: TakedownChannel | null;
  templateId?: string | null;
  result?: TakedownResult | null;
  reference?: string | null;
  occurredAt?: Date | null;
}

const POLICE = [AgencyKind.POLICE_HQ, AgencyKind.POLICE_STATION];
const LABOUR_BASIS = '職業安定法第63条';
const SUBSCRIBER_BASIS = '刑事訴訟法第197条第2項（捜査関係事項照会）';

/** Result transitions: a result moves the case along its state machine when it can. */
const RESULT_TRANSITION: Record<TakedownResult, string> = {
  [TakedownResult.REMOVED]: 'markRemoved',
  [TakedownResult.STILL_UP]: 'markStillUp',
  [TakedownResult.REPOSTED]: 'reopen',
};

/**
 * 犯罪実行者募集情報: filing (with dedupe by normalized URL and a risk score from the vocabulary
 * table), the tasks to the labour bureau (職安法63条) and to carriers (subscriber of a contact
 * phone), the labour referral status, the investigation, and the takedown record with its
 * re-check deadline. Every row is read through the actor's row condition and projected.
 */
@Injectable()
export class RecruitmentService implements OnModuleInit {
  constructor(
    private readonly repository: RecruitmentRepository,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly types: CaseTypeRegistry,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRowsLoader,
    private readonly tasks: TasksService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly calendar: BusinessCalendar,
    private readonly handlers: DeadlineHandlerRegistry,
  ) {}

  onModuleInit(): void {
    for (const subject of RECRUITMENT_SUBJECTS) this.registry.registerSubject(subject);
    this.types.register({ type: RECRUITMENT_POST_TYPE, nameJa: '犯罪実行者募集情報', machine: RECRUITMENT_MACHINE, closedStates: RECRUITMENT_CLOSED_STATES });
    // The re-check after a removal request: at its due time the post is to be looked at again.
    this.handlers.register(RECRUITMENT_RECHECK, {
      onWarning: () => undefined,
      onBreach: (tx, deadline) => this.recheckDue(tx, deadline),
    });
  }

  /** Business days between a removal request and its re-check (RECRUITMENT_RECHECK_BUSINESS_DAYS). */
  recheckBusinessDays(): number {
    const n = Number(process.env.RECRUITMENT_RECHECK_BUSINESS_DAYS ?? DEFAULT_RECHECK_BUSINESS_DAYS);
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_RECHECK_BUSINESS_DAYS;
  }

  /**
   * Files a post as a case, or answers with the case that already holds its URL. Police file for
   * their own agency. A labour liaison's report is filed for the police HQ of its prefecture (the
   * 推進室 routes it; no station's jurisdiction follows from a URL), with a 職安法63条 referral
   * task to its own bureau, so that the bureau keeps reading (and writing) the post it reported.
   */
  async file(ctx: RequestContext, input: FileRecruitmentPost): Promise<FiledRecruitmentPost> {
    const prepared = this.prepare(ctx, input);
    const existing = await this.transactions.run(async (tx) => {
      const known = await this.repository.caseIdByUrl(tx.em, prepared.urlNormalized);
      if (known) return known;
      return { filed: await this.fileNew(ctx, tx, input, prepared) };
    });
    if (typeof existing !== 'string') return { caseId: existing.filed.id, reference: existing.filed.reference, alreadyKnown: false };
    // Known: the existing case if the user may read it; otherwise a refusal that names nothing.
    try {
      const known = await this.cases.get(ctx, existing);
      return { caseId: known.id as string, reference: known.reference, alreadyKnown: true };
    } catch (e) {
      if (e instanceof NotFoundError) throw new RecruitmentError(RecruitmentErrorCode.ALREADY_FILED_ELSEWHERE);
      throw e;
    }
  }

  /** Files a new post inside the caller's transaction (the demo seeder); the caller checked the URL is new. */
  async fileIn(ctx: RequestContext, tx: Tx, input: FileRecruitmentPost): Promise<{ id: string; reference: string }> {
    return this.fileNew(ctx, tx, input, this.prepare(ctx, input));
  }

  private prepare(ctx: RequestContext, input: FileRecruitmentPost) {
    const actor = ctx.actor;
    if (!actor) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED);
    const isPolice = POLICE.includes(actor.agencyKind);
    const isLabour = actor.agencyKind === AgencyKind.LABOUR_BUREAU;
    if (!isPolice && !isLabour) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED);
    if (isLabour && input.tipReceiptNumber) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED, [{ field: 'tipReceiptNumber', reason: 'FIELD_NOT_WRITABLE' }]);
    const urlNormalized = normalizeUrl(input.url);
    const phones = (input.phones ?? []).map((p) => ({ number: normalizePhone(p.number), carrierAgencyId: p.carrierAgencyId ?? null }));
    const contacts: NewContact[] = [
      ...phones.map((p) => ({ kind: ContactKind.PHONE, value: p.number, messengerService: null, carrierAgencyId: p.carrierAgencyId })),
      ...(input.messengerIds ?? []).map((m) => ({ kind: ContactKind.MESSENGER, value: m.id.trim(), messengerService: m.service.trim(), carrierAgencyId: null })),
    ];
    const sourceChannel = isLabour ? SourceChannel.LABOUR_BUREAU : (input.sourceChannel ?? SourceChannel.CYBER_PATROL);
    return { urlNormalized, contacts, phones, sourceChannel, isLabour };
  }

  /** An agency's id by its directory code (the demo seeder names agencies by code). */
  agencyIdByCodeIn(tx: Tx, code: string): Promise<string | null> {
    return this.repository.agencyIdByCode(tx.em, code);
  }

  /** Whether a post with this URL is filed already (the demo seeder's idempotence). */
  async isKnownIn(tx: Tx, url: string): Promise<boolean> {
    return (await this.repository.caseIdByUrl(tx.em, normalizeUrl(url))) !== null;
  }

  private async fileNew(
    ctx: RequestContext,
    tx: Tx,
    input: FileRecruitmentPost,
    n: { urlNormalized: string; contacts: NewContact[]; phones: { number: string }[]; sourceChannel: SourceChannel; isLabour: boolean },
  ): Promise<{ id: string; reference: string }> {
    const actor = ctx.actor!;
    const { urlNormalized, contacts, phones, sourceChannel, isLabour } = n;
    {
      for (const c of contacts) {
        if (c.carrierAgencyId && !(await this.repository.isCarrier(tx.em, c.carrierAgencyId))) {
          throw new RecruitmentError(RecruitmentErrorCode.NOT_A_CARRIER, [{ field: 'carrierAgencyId', reason: 'NOT_A_CARRIER' }]);
        }
      }
      const at = this.clock.now();
      const risk = assessRisk(input.text, await this.repository.vocabulary(tx.em));
      let owningAgencyId: string | undefined;
      if (isLabour) {
        owningAgencyId = (actor.prefectureId && (await this.repository.policeHqOf(tx.em, actor.prefectureId))) || undefined;
        if (!owningAgencyId) throw new RecruitmentError(RecruitmentErrorCode.NO_HQ);
      }
      const filed = await this.cases.file(ctx, tx, {
        type: RECRUITMENT_POST_TYPE,
        title: `犯罪実行者募集情報（${input.platform}）`,
        owningAgencyId,
      });
      const postId = await this.repository.insertPost(tx.em, {
        caseId: filed.id, platform: input.platform, url: input.url.trim(), urlNormalized, text: input.text, postedAt: input.postedAt ?? null,
        capturedAt: input.capturedAt ?? at, screenshotHash: input.screenshotHash?.toLowerCase() ?? null, matchedKeywords: risk.matched,
        riskScore: risk.score, posterHandle: input.posterHandle ?? null, sourceChannel,
        tipReceiptNumber: sourceChannel === SourceChannel.ANONYMOUS_TIP ? (input.tipReceiptNumber ?? null) : null,
        filedByAgencyId: actor.agencyId, suspectIdentity: null, at,
      });
      // A concurrent filing of the same URL won the race: roll back and answer as for a known post.
      if (!postId) throw new ConflictError();
      await this.repository.insertContacts(tx.em, filed.id, contacts, at);
      await this.cases.linkEntities(ctx, tx, filed.id, [
        { kind: EntityKind.URL, normalized: urlNormalized },
        ...phones.map((p) => ({ kind: EntityKind.PHONE, normalized: p.number })),
      ]);
      if (isLabour) {
        await this.tasks.createIn(ctx, tx, {
          caseId: filed.id, agencyId: actor.agencyId, kind: RecruitmentTaskKind.LABOUR_REFERRAL, legalBasis: LABOUR_BASIS,
          request: '労働局からの報告: 職業安定法第63条に基づく対応',
        });
        await this.repository.setReferralStatus(tx.em, filed.id, LabourReferralStatus.REFERRED, at);
      }
      tx.emit({
        type: 'recruitment.post.filed', outcome: 'success', ctx, subjectType: RECRUITMENT_POST, subjectId: postId,
        details: { caseId: filed.id, reference: filed.reference, riskScore: risk.score, sourceChannel },
      });
      return filed;
    }
  }

  /** Police refer the post to the labour bureau of the case's prefecture (職安法63条) as a task. */
  async referToLabourBureau(ctx: RequestContext, caseId: string, request: string | null, dueAt: Date | null) {
    const taskId = await this.transactions.run((tx) => this.referToLabourBureauIn(ctx, tx, caseId, request, dueAt));
    return this.tasks.get(ctx, taskId);
  }

  async referToLabourBureauIn(ctx: RequestContext, tx: Tx, caseId: string, request: string | null, dueAt: Date | null): Promise<string> {
    {
      const post = await this.loadPostForWrite(ctx, tx, caseId);
      this.fields.assertCanWrite(ctx, RECRUITMENT_POST, post, ['labourReferralStatus']);
      const bureau = await this.repository.labourBureauOf(tx.em, post.casePrefectureId);
      if (!bureau) throw new RecruitmentError(RecruitmentErrorCode.NO_LABOUR_BUREAU);
      const id = await this.tasks.createIn(ctx, tx, {
        caseId, agencyId: bureau, kind: RecruitmentTaskKind.LABOUR_REFERRAL, legalBasis: LABOUR_BASIS, dueAt,
        request: request ?? '犯罪実行者募集情報について職業安定法第63条に基づく通報',
      });
      await this.repository.setReferralStatus(tx.em, caseId, LabourReferralStatus.REFERRED, this.clock.now());
      tx.emit({ type: 'recruitment.labour-referral.requested', outcome: 'success', ctx, subjectType: RECRUITMENT_POST, subjectId: post.id, fields: ['labourReferralStatus'], details: { caseId } });
      return id;
    }
  }

  /**
   * Police ask the carrier of a contact phone for its subscriber. The task names that number
   * only (request and scope), so the carrier learns nothing else of the case.
   */
  async requestSubscriber(ctx: RequestContext, caseId: string, contactId: string, dueAt: Date | null) {
    const taskId = await this.transactions.run((tx) => this.requestSubscriberIn(ctx, tx, caseId, { id: contactId }, dueAt));
    return this.tasks.get(ctx, taskId);
  }

  /** The contact is named by id, or (for the demo seeder) by its phone number. */
  async requestSubscriberIn(ctx: RequestContext, tx: Tx, caseId: string, which: { id?: string; phone?: string }, dueAt: Date | null): Promise<string> {
    {
      const contact = await this.repository.findContact(tx.em, caseId, which.id ?? null, which.phone ? normalizePhone(which.phone) : null, this.fields.rowsSql(ctx, READ, RECRUITMENT_CONTACT, 'rc'));
      if (!contact || contact.caseId !== caseId) throw new NotFoundError('RecruitmentContact');
      if (contact.kind !== ContactKind.PHONE || !contact.carrierAgencyId) throw new RecruitmentError(RecruitmentErrorCode.NOT_A_PHONE);
      const id = await this.tasks.createIn(ctx, tx, {
        caseId, agencyId: contact.carrierAgencyId, kind: RecruitmentTaskKind.SUBSCRIBER_IDENTIFICATION, legalBasis: SUBSCRIBER_BASIS, dueAt,
        request: `電話番号 ${contact.value} の契約者（加入者）情報の照会`, scopeRefs: [contact.id],
      });
      tx.emit({ type: 'recruitment.subscriber.requested', outcome: 'success', ctx, subjectType: RECRUITMENT_CONTACT, subjectId: contact.id, details: { caseId } });
      return id;
    }
  }

  /** The labour bureau (or police) records where the 63条 referral stands. */
  async setLabourReferralStatus(ctx: RequestContext, caseId: string, version: number, status: LabourReferralStatus) {
    return this.updatePost(ctx, caseId, version, { labourReferralStatus: status }, 'recruitment.labour-referral.updated');
  }

  /** Police only: suspect identity (S), linked criminal cases, notes. */
  async updateInvestigation(ctx: RequestContext, caseId: string, version: number, changes: InvestigationChanges) {
    const clean: Partial<PostRow> = {};
    if (changes.suspectIdentity !== undefined) clean.suspectIdentity = changes.suspectIdentity;
    if (changes.linkedCriminalCases !== undefined && changes.linkedCriminalCases !== null) clean.linkedCriminalCases = changes.linkedCriminalCases;
    if (changes.investigationNotes !== undefined) clean.investigationNotes = changes.investigationNotes;
    return this.updatePost(ctx, caseId, version, clean, 'recruitment.investigation.updated');
  }

  /** The same inside the demo seeder's transaction. */
  async updateInvestigationIn(ctx: RequestContext, tx: Tx, caseId: string, changes: InvestigationChanges): Promise<void> {
    const post = await this.loadPostForWrite(ctx, tx, caseId);
    const clean = { suspectIdentity: changes.suspectIdentity ?? undefined, investigationNotes: changes.investigationNotes ?? undefined };
    const names = Object.keys(clean).filter((k) => clean[k as keyof typeof clean] !== undefined);
    this.fields.assertCanWrite(ctx, RECRUITMENT_POST, post, names);
    if (!(await this.repository.updatePost(tx.em, post.id, post.version, clean, this.clock.now()))) throw new ConflictError();
    tx.emit({ type: 'recruitment.investigation.updated', outcome: 'success', ctx, subjectType: RECRUITMENT_POST, subjectId: post.id, fields: names });
  }

  private async updatePost(ctx: RequestContext, caseId: string, version: number, changes: Partial<PostRow>, event: string) {
    const names = Object.keys(changes);
    await this.transactions.run(async (tx) => {
      const post = await this.loadPostForWrite(ctx, tx, caseId);
      this.fields.assertCanWrite(ctx, RECRUITMENT_POST, post, names);
      if (post.version !== version) throw new ConflictError();
      if (!(await this.repository.updatePost(tx.em, post.id, version, changes, this.clock.now()))) throw new ConflictError();
      tx.emit({ type: event, outcome: 'success', ctx, subjectType: RECRUITMENT_POST, subjectId: post.id, fields: names, details: { caseId } });
    });
    const post = await this.repository.findPostByCase(caseId, this.fields.rowsSql(ctx, READ, RECRUITMENT_POST, 'rp'));
    if (!post) throw new NotFoundError('RecruitmentPost');
    return this.fields.project(ctx, RECRUITMENT_POST, post);
  }

  /**
   * Records a removal request, a reply warning or a result. A removal request schedules a
   * re-check N business days later; a result closes the open re-checks and moves the case
   * (removed / still up; reposted reopens it).
   */
  async recordTakedown(ctx: RequestContext, input: RecordTakedown): Promise<Projected<TakedownRow>> {
    const at = this.clock.now();
    const occurredAt = input.occurredAt ?? at;
    if (input.kind === TakedownKind.REMOVAL_REQUEST && !input.channel) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED, [{ field: 'channel', reason: 'REQUIRED' }]);
    if (input.kind === TakedownKind.REPLY_WARNING && !input.templateId) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED, [{ field: 'templateId', reason: 'REQUIRED' }]);
    if (input.kind === TakedownKind.RESULT && !input.result) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED, [{ field: 'result', reason: 'REQUIRED' }]);
    const id = await this.transactions.run(async (tx) => {
      const post = await this.loadPostForWrite(ctx, tx, input.caseId);
      if (!this.fields.canOn(ctx, RecruitmentAction.RECORD_TAKEDOWN, RECRUITMENT_POST, post)) throw new RecruitmentError(RecruitmentErrorCode.NOT_ALLOWED);
      const recheckDueAt = input.kind === TakedownKind.REMOVAL_REQUEST ? this.calendar.addBusinessDays(occurredAt, this.recheckBusinessDays()) : null;
      const takedownId = await this.repository.insertTakedown(tx.em, {
        caseId: input.caseId, kind: input.kind, channel: input.channel ?? null, templateId: input.templateId ?? null,
        result: input.kind === TakedownKind.RESULT ? (input.result ?? null) : null, reference: input.reference ?? null,
        occurredAt, recheckDueAt, createdBy: ctx.actor!.userId, at,
      });
      if (recheckDueAt) {
        await this.deadlines.schedule(tx, { kind: RECRUITMENT_RECHECK, subjectType: RECRUITMENT_TAKEDOWN, subjectId: takedownId, prefectureId: post.casePrefectureId, dueAt: recheckDueAt }, ctx);
      }
      if (input.kind === TakedownKind.RESULT) {
        const open = await this.repository.takedownsByCases([input.caseId], this.fields.rowsSql(ctx, READ, RECRUITMENT_TAKEDOWN, 'rt'));
        for (const t of open.filter((r) => r.kind === TakedownKind.REMOVAL_REQUEST)) {
          await this.deadlines.complete(tx, RECRUITMENT_RECHECK, RECRUITMENT_TAKEDOWN, t.id, ctx);
        }
      }
      // Takedowns are police and labour-bureau matters: the timeline entry stays police-only.
      await this.cases.recordTimeline(ctx, tx, input.caseId, {
        type: `recruitment.takedown.${input.kind.toLowerCase()}`, audience: Audience.POLICE, data: { takedownId, result: input.result ?? null },
      });
      tx.emit({ type: 'recruitment.takedown.recorded', outcome: 'success', ctx, subjectType: RECRUITMENT_TAKEDOWN, subjectId: takedownId, details: { caseId: input.caseId, kind: input.kind, result: input.result ?? null } });
      return takedownId;
    });
    if (input.kind === TakedownKind.RESULT && input.result) await this.moveOnResult(ctx, input.caseId, input.result);
    const row = await this.repository.findTakedown(id, this.fields.rowsSql(ctx, READ, RECRUITMENT_TAKEDOWN, 'rt'));
    if (!row) throw new NotFoundError('RecruitmentTakedown');
    return this.fields.project(ctx, RECRUITMENT_TAKEDOWN, row);
  }

  private async moveOnResult(ctx: RequestContext, caseId: string, result: TakedownResult): Promise<void> {
    const c = await this.cases.get(ctx, caseId);
    const name = RESULT_TRANSITION[result];
    const available = await this.cases.availableTransitions(ctx, { id: caseId, type: c.type, state: c.state });
    if (available.includes(name) && c.version !== null) await this.cases.transition(ctx, caseId, c.version, name);
  }

  /** The re-check is due: on the case's timeline, and the owning station is told (cases.notifications-style rule). */
  private async recheckDue(tx: Tx, deadline: Deadline): Promise<void> {
    const ctx = RequestContext.system('job');
    const caseId = await this.repository.caseOfTakedown(tx.em, deadline.subjectId);
    if (!caseId) return;
    await this.cases.recordTimeline(ctx, tx, caseId, { type: 'recruitment.recheck.due', audience: Audience.POLICE, data: { takedownId: deadline.subjectId } });
    tx.emit({
      type: 'recruitment.recheck.due', outcome: 'success', ctx, subjectType: RECRUITMENT_TAKEDOWN,
      subjectId: deadline.subjectId, prefectureId: deadline.prefectureId, details: { caseId, dueAt: deadline.dueAt.toISOString() },
    });
  }

  private async loadPostForWrite(ctx: RequestContext, tx: Tx, caseId: string): Promise<PostRow> {
    const post = await this.repository.findPostByCase(caseId, this.fields.rowsSql(ctx, READ, RECRUITMENT_POST, 'rp'), tx.em, true);
    if (!post) throw new NotFoundError('RecruitmentPost');
    return post;
  }

  // ---- reads for `Case.recruitmentPost` and friends, batched per request ----

  post(ctx: RequestContext, caseId: string): Promise<Projected<PostRow> | null> {
    return this.caseRows.one(ctx, RECRUITMENT_POST, 'rp', caseId, (ids, rows) => this.repository.postsByCases(ids, rows));
  }

  contacts(ctx: RequestContext, caseId: string): Promise<Projected<ContactRow>[]> {
    return this.caseRows.many(ctx, RECRUITMENT_CONTACT, 'rc', caseId, (ids, rows) => this.repository.contactsByCases(ids, rows));
  }

  takedowns(ctx: RequestContext, caseId: string): Promise<Projected<TakedownRow>[]> {
    return this.caseRows.many(ctx, RECRUITMENT_TAKEDOWN, 'rt', caseId, (ids, rows) => this.repository.takedownsByCases(ids, rows));
  }
}

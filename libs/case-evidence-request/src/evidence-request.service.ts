import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyKind, Clock, ConflictError, NotFoundError, RequestContext, TransactionRunner, type Tx } from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { Audience, CaseRowsLoader, CasesService, CaseTypeRegistry, type EntityKind } from '@renkei/cases';
import { DeadlineHandlerRegistry, DeadlineService, type Deadline } from '@renkei/workflow';
import { EvidenceRequestRepository } from './evidence-request.repository';
import { EVIDENCE_REQUEST, EVIDENCE_REQUEST_SUBJECT, EVIDENCE_REQUEST_TYPE } from './evidence-request.fields';
import {
  ANSWERED_STATES,
  EVIDENCE_REQUEST_CLOSED_STATES,
  EVIDENCE_REQUEST_MACHINE,
  EvidenceRequestState,
  FOLLOW_UP_DAYS,
  followUpKind,
  HOP_COLUMN,
} from './evidence-request.workflow';
import { EvidenceRequestError, EvidenceRequestErrorCode } from './evidence-request.errors';
import {
  DualCriminality,
  EvidenceRequestUrgency,
  TranslationStatus,
  type EvidenceRequestChannel,
  type EvidenceRequestRow,
} from './evidence-request.types';

export interface FileEvidenceRequest {
  channel: EvidenceRequestChannel;
  country: string;
  foreignAuthority: string;
  offence: string;
  legalBasis?: string | null;
  dualCriminality?: DualCriminality | null;
  dualCriminalityNote?: string | null;
  requestedItems: string;
  indispensability?: string | null;
  translationStatus?: TranslationStatus | null;
  conditionsOnUse?: string | null;
  linkedCaseIds?: string[] | null;
  urgency?: EvidenceRequestUrgency | null;
}

const POLICE = [AgencyKind.POLICE_HQ, AgencyKind.POLICE_STATION];
const DAY_MS = 86_400_000;

/**
 * 外国捜査機関への証拠提供要請: filing by police (linked to the domestic cases it serves), the
 * path along the state machine with the date of each hop, the 30 / 60 / 90-day follow-ups
 * without an answer, and the received evidence. Every row is read through the actor's row
 * condition and projected; a request the actor may not read is answered like a missing one.
 */
@Injectable()
export class EvidenceRequestService implements OnModuleInit {
  constructor(
    private readonly repository: EvidenceRequestRepository,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly types: CaseTypeRegistry,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRowsLoader,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly handlers: DeadlineHandlerRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(EVIDENCE_REQUEST_SUBJECT);
    this.types.register({
      type: EVIDENCE_REQUEST_TYPE, nameJa: '外国捜査機関への証拠提供要請', machine: EVIDENCE_REQUEST_MACHINE, closedStates: EVIDENCE_REQUEST_CLOSED_STATES,
      // Any route that moves the case (transitionCase or transitionEvidenceRequest) dates the hop in the same transaction.
      afterTransition: (ctx, tx, change) => this.recordHop(ctx, tx, change.caseId, change.to as EvidenceRequestState),
    });
    for (const days of FOLLOW_UP_DAYS) {
      this.handlers.register(followUpKind(days), { onWarning: () => undefined, onBreach: (tx, deadline) => this.followUpDue(tx, deadline, days) });
    }
  }

  /** Police file a request for their own agency; the linked domestic cases must be readable by them. */
  async file(ctx: RequestContext, input: FileEvidenceRequest): Promise<{ caseId: string; reference: string }> {
    const filed = await this.transactions.run((tx) => this.fileIn(ctx, tx, input));
    return { caseId: filed.id, reference: filed.reference };
  }

  async fileIn(ctx: RequestContext, tx: Tx, input: FileEvidenceRequest): Promise<{ id: string; reference: string }> {
    const actor = ctx.actor;
    if (!actor || !POLICE.includes(actor.agencyKind)) throw new EvidenceRequestError(EvidenceRequestErrorCode.NOT_ALLOWED);
    const linkedCaseIds = [...new Set(input.linkedCaseIds ?? [])];
    // A case the filer may not read is answered like a missing one (nothing about it is said).
    for (const id of linkedCaseIds) await this.cases.get(ctx, id);
    const at = this.clock.now();
    const country = input.country.trim().toUpperCase();
    const filed = await this.cases.file(ctx, tx, { type: EVIDENCE_REQUEST_TYPE, title: `外国捜査機関への証拠提供要請（${country}）` });
    const id = await this.repository.insert(tx.em, {
      caseId: filed.id, channel: input.channel, country, foreignAuthority: input.foreignAuthority.trim(), offence: input.offence.trim(),
      legalBasis: input.legalBasis ?? null, dualCriminality: input.dualCriminality ?? DualCriminality.NOT_CHECKED,
      dualCriminalityNote: input.dualCriminalityNote ?? null, requestedItems: input.requestedItems.trim(), indispensability: input.indispensability ?? null,
      translationStatus: input.translationStatus ?? TranslationStatus.PENDING, conditionsOnUse: input.conditionsOnUse ?? null, linkedCaseIds,
      urgency: input.urgency ?? EvidenceRequestUrgency.NORMAL, at,
    });
    // The request shares the linked cases' entities, so `Case.links` joins them (for those who may read both).
    const entities = await this.repository.entitiesOf(tx.em, linkedCaseIds);
    await this.cases.linkEntities(ctx, tx, filed.id, entities.map((e) => ({ kind: e.kind as EntityKind, normalized: e.normalized })));
    await this.cases.recordTimeline(ctx, tx, filed.id, { type: 'evidenceRequest.drafted', audience: Audience.POLICE, data: { channel: input.channel, country } });
    tx.emit({
      type: 'evidenceRequest.filed', outcome: 'success', ctx, subjectType: EVIDENCE_REQUEST, subjectId: id,
      details: { caseId: filed.id, reference: filed.reference, channel: input.channel, country, linkedCases: linkedCaseIds.length },
    });
    return filed;
  }

  /**
   * Moves the request along its path (the guards say who may take which hop), then records the
   * date of the hop; sending abroad schedules the 30 / 60 / 90-day follow-ups, an answer ends them.
   */
  async transition(ctx: RequestContext, caseId: string, version: number, name: string) {
    const before = await this.cases.get(ctx, caseId);
    if (before.type !== EVIDENCE_REQUEST_TYPE) throw new NotFoundError('Case');
    // The core transition runs recordHop (afterTransition) in its own transaction: one atomic step.
    await this.cases.transition(ctx, caseId, version, name);
    return this.cases.get(ctx, caseId);
  }

  /** The date of the hop; sending abroad schedules the 30 / 60 / 90-day follow-ups, an answer ends them. */
  private async recordHop(ctx: RequestContext, tx: Tx, caseId: string, state: EvidenceRequestState): Promise<void> {
    const row = await this.repository.findByCase(caseId, this.fields.rowsSql(ctx, READ, EVIDENCE_REQUEST, 'er'), tx.em, true);
    if (!row) throw new NotFoundError('EvidenceRequest');
    const column = HOP_COLUMN[state];
    const at = this.clock.now();
    if (column) await this.repository.setHop(tx.em, caseId, column, at);
    if (state === EvidenceRequestState.SENT_ABROAD) {
      for (const days of FOLLOW_UP_DAYS) {
        await this.deadlines.schedule(tx, {
          kind: followUpKind(days), subjectType: EVIDENCE_REQUEST, subjectId: row.id, prefectureId: row.casePrefectureId, dueAt: new Date(at.getTime() + days * DAY_MS),
        }, ctx);
      }
    }
    if (ANSWERED_STATES.includes(state)) {
      for (const days of FOLLOW_UP_DAYS) await this.deadlines.complete(tx, followUpKind(days), EVIDENCE_REQUEST, row.id, ctx);
    }
    tx.emit({ type: 'evidenceRequest.hop', outcome: 'success', ctx, subjectType: EVIDENCE_REQUEST, subjectId: row.id, fields: column ? [column] : [], details: { caseId, to: state } });
  }

  /** Records the evidence received from abroad (S) on the version the user saw. */
  async recordReceived(ctx: RequestContext, caseId: string, version: number, evidence: string, receivedAt: Date | null): Promise<Projected<EvidenceRequestRow>> {
    const names = ['receivedEvidence', 'receivedAt'];
    await this.transactions.run(async (tx) => {
      const row = await this.repository.findByCase(caseId, this.fields.rowsSql(ctx, READ, EVIDENCE_REQUEST, 'er'), tx.em, true);
      if (!row) throw new NotFoundError('EvidenceRequest');
      this.fields.assertCanWrite(ctx, EVIDENCE_REQUEST, row, names);
      if (row.version !== version) throw new ConflictError();
      const at = this.clock.now();
      if (!(await this.repository.recordReceived(tx.em, row.id, version, evidence, receivedAt ?? at, at))) throw new ConflictError();
      await this.cases.recordTimeline(ctx, tx, caseId, { type: 'evidenceRequest.evidenceReceived', audience: Audience.POLICE });
      tx.emit({ type: 'evidenceRequest.evidence.received', outcome: 'success', ctx, subjectType: EVIDENCE_REQUEST, subjectId: row.id, fields: names, details: { caseId } });
    });
    const row = await this.repository.findByCase(caseId, this.fields.rowsSql(ctx, READ, EVIDENCE_REQUEST, 'er'));
    if (!row) throw new NotFoundError('EvidenceRequest');
    return this.fields.project(ctx, EVIDENCE_REQUEST, row);
  }

  /** A follow-up reminder is due and no answer came: police-only timeline entry, and an event the notification rule turns into a notice. */
  private async followUpDue(tx: Tx, deadline: Deadline, days: number): Promise<void> {
    const ctx = RequestContext.system('job');
    const found = await this.repository.caseOf(tx.em, deadline.subjectId);
    if (!found || ANSWERED_STATES.includes(found.state)) return;
    await this.cases.recordTimeline(ctx, tx, found.caseId, { type: 'evidenceRequest.followUp.due', audience: Audience.POLICE, data: { days } });
    tx.emit({
      type: 'evidenceRequest.followUp.due', outcome: 'success', ctx, subjectType: EVIDENCE_REQUEST, subjectId: deadline.subjectId,
      prefectureId: deadline.prefectureId, details: { caseId: found.caseId, days, dueAt: deadline.dueAt.toISOString() },
    });
  }

  // ---- reads for `Case.evidenceRequest`, batched per request ----

  request(ctx: RequestContext, caseId: string): Promise<Projected<EvidenceRequestRow> | null> {
    return this.caseRows.one(ctx, EVIDENCE_REQUEST, 'er', caseId, (ids, rows) => this.repository.byCases(ids, rows));
  }

  // ---- demo seeder ----

  demoExistsIn(tx: Tx, owningAgencyId: string, foreignAuthority: string, requestedItems: string): Promise<boolean> {
    return this.repository.demoExists(tx.em, owningAgencyId, foreignAuthority, requestedItems);
  }

  forwardingCaseIn(tx: Tx, owningAgencyId: string, providerName: string): Promise<string | null> {
    return this.repository.forwardingCaseOf(tx.em, owningAgencyId, providerName);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, RequestContext, TransactionRunner, type DomainEvent, type Tx } from '@renkei/core';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';
import { WORKFLOW_OPTIONS, type WorkflowOptions } from '../workflow.options';
import { DeadlineHandlerRegistry } from './deadline-handler.registry';
import { DeadlineRepository, type DeadlineChanges } from './deadline.repository';
import {
  DeadlineEvent,
  type Deadline,
  type DeadlineStage,
  type ReconcileResult,
  type ScheduleDeadlineInput,
  type StageOutcome,
} from './deadline.types';

const KIND = /^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/**
 * Deadlines: their due times live in PostgreSQL and every change happens in the caller's
 * transaction. BullMQ jobs (enqueued after commit by DeadlineJobEnqueuer) and the reconciler
 * only wake `fireStage` up; the row lock and the state check make each stage happen once.
 */
@Injectable()
export class DeadlineService {
  private readonly logger = new Logger(DeadlineService.name);

  constructor(
    private readonly repository: DeadlineRepository,
    private readonly transactions: TransactionRunner,
    private readonly handlers: DeadlineHandlerRegistry,
    private readonly clock: Clock,
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
  ) {}

  /**
   * Opens the deadline of this subject and kind, or moves the open one. Moving a time starts
   * its stages again (a breached deadline given more time is pending again; the audit log
   * keeps the breach). Same times: nothing changes and no event is raised.
   */
  async schedule(tx: Tx, input: ScheduleDeadlineInput, ctx: RequestContext = RequestContext.system('job')): Promise<Deadline> {
    this.validate(input);
    // A kind nobody handles would never warn or escalate: refuse it now, not at the due time.
    this.handlers.get(input.kind);
    const now = this.clock.now();
    const warnAt = input.warnAt ?? null;
    const existing = await this.repository.lockOpen(tx.em, input.kind, input.subjectType, input.subjectId);
    if (!existing) {
      const inserted = await this.repository.insertOpen(tx.em, { ...input, warnAt }, now);
      // null: a concurrent transaction opened it between our read and insert; move that one.
      if (inserted) {
        this.emit(tx, ctx, DeadlineEvent.SCHEDULED, inserted, { previousDueAt: null, previousWarnAt: null });
        return inserted;
      }
      return this.schedule(tx, input, ctx);
    }
    const dueMoved = !sameTime(existing.dueAt, input.dueAt);
    const warnMoved = !sameTime(existing.warnAt, warnAt);
    const changes: DeadlineChanges = {};
    if (existing.prefectureId !== input.prefectureId) changes.prefectureId = input.prefectureId;
    if (dueMoved || warnMoved) {
      // A moved time starts its stage again; a stage whose time stands keeps what happened.
      changes.dueAt = input.dueAt;
      changes.warnAt = warnAt;
      changes.warnedAt = warnMoved ? null : existing.warnedAt;
      changes.breachedAt = dueMoved ? null : existing.breachedAt;
      changes.escalatedAt = dueMoved ? null : existing.escalatedAt;
      changes.state = changes.breachedAt ? 'breached' : changes.warnedAt ? 'warned' : 'pending';
    }
    if (Object.keys(changes).length === 0) return existing;
    const updated = await this.updateOrConflict(tx, existing, changes, now);
    // Only a moved time is a scheduling event (and needs jobs); a new prefecture is not.
    if (dueMoved || warnMoved) {
      this.emit(tx, ctx, DeadlineEvent.SCHEDULED, updated, { previousDueAt: iso(existing.dueAt), previousWarnAt: iso(existing.warnAt) });
    }
    return updated;
  }

  /** Closes the open deadline as met (late or not); null when there is none. */
  async complete(tx: Tx, kind: string, subjectType: string, subjectId: string, ctx: RequestContext = RequestContext.system('job')): Promise<Deadline | null> {
    return this.close(tx, 'done', kind, subjectType, subjectId, ctx);
  }

  /** Closes the open deadline as no longer relevant (the task withdrawn...); null when there is none. */
  async cancel(tx: Tx, kind: string, subjectType: string, subjectId: string, ctx: RequestContext = RequestContext.system('job')): Promise<Deadline | null> {
    return this.close(tx, 'cancelled', kind, subjectType, subjectId, ctx);
  }

  /** The open deadline of a subject for a kind (in `tx` when given). */
  async findOpen(tx: Tx | null, kind: string, subjectType: string, subjectId: string): Promise<Deadline | null> {
    return this.repository.findOpen(tx?.em ?? null, kind, subjectType, subjectId);
  }

  async findById(tx: Tx | null, id: string): Promise<Deadline | null> {
    return this.repository.findById(tx?.em ?? null, id);
  }

  /** All deadlines of a page of subjects in one query (for a DataLoader). */
  async listForSubjects(tx: Tx | null, subjectType: string, subjectIds: readonly string[]): Promise<Deadline[]> {
    return this.repository.listForSubjects(tx?.em ?? null, subjectType, subjectIds);
  }

  /**
   * Fires one stage of one deadline in its own transaction, if it is still due: what a job
   * does when it wakes up. `expectedAt` is the time the job was queued for; a job whose time
   * has moved since is stale and does nothing. Waits for the row lock, so a concurrent firing
   * finishes first and this one then finds the stage done.
   */
  async fireStage(deadlineId: string, stage: DeadlineStage, expectedAt: Date | null = null): Promise<StageOutcome> {
    return this.transactions.run(async (tx) => {
      const deadline = await this.repository.lockById(tx.em, deadlineId);
      if (!deadline) return { status: 'skipped', deadlineId, stage, reason: 'missing' };
      const at = stage === 'warning' ? deadline.warnAt : deadline.dueAt;
      if (expectedAt && !sameTime(at, expectedAt)) return { status: 'skipped', deadlineId, stage, reason: 'stale' };
      return this.applyStage(tx, deadline, stage, this.clock.now());
    });
  }

  /**
   * Finds deadlines whose warning or breach is due but has not happened (their job was lost,
   * Redis was down, the worker was stopped) and fires them, breaches first, one transaction
   * each, skipping rows another worker holds. A stage whose handler fails is left for the
   * next run and does not stop the others.
   */
  async reconcile(limit = this.options.reconcileBatchSize): Promise<ReconcileResult> {
    const failed: string[] = [];
    let fired = 0;
    for (const stage of ['breach', 'warning'] as const) {
      while (fired + failed.length < limit) {
        const claimed: { id: string | null } = { id: null };
        try {
          const outcome = await this.transactions.run(async (tx) => {
            const now = this.clock.now();
            const deadline =
              stage === 'breach'
                ? await this.repository.claimDueBreach(tx.em, now, failed)
                : await this.repository.claimDueWarning(tx.em, now, failed);
            if (!deadline) return null;
            claimed.id = deadline.id;
            return this.applyStage(tx, deadline, stage, now);
          });
          if (!outcome) break;
          if (outcome.status === 'fired') fired += 1;
        } catch (error) {
          if (!claimed.id) throw error;
          failed.push(claimed.id);
          this.logger.error(`deadline ${claimed.id}: ${stage} failed, left for the next run: ${(error as Error).message}`);
        }
      }
    }
    return { fired, failed: failed.length, more: fired + failed.length >= limit };
  }

  /** The stage itself, on a row the caller has locked: check, record, call the handler, raise the event. */
  private async applyStage(tx: Tx, deadline: Deadline, stage: DeadlineStage, now: Date): Promise<StageOutcome> {
    const base = { deadlineId: deadline.id, stage };
    if (deadline.state === 'done' || deadline.state === 'cancelled') return { ...base, status: 'skipped', reason: 'closed' };
    if (stage === 'warning') {
      if (!deadline.warnAt) return { ...base, status: 'skipped', reason: 'no-warning' };
      if (deadline.warnedAt || deadline.breachedAt) return { ...base, status: 'skipped', reason: 'already' };
      // Once the due time has passed, the breach says it all: no warning after the fact.
      if (deadline.dueAt <= now) return { ...base, status: 'skipped', reason: 'superseded' };
      if (deadline.warnAt > now) return { ...base, status: 'early', remainingMs: deadline.warnAt.getTime() - now.getTime() };
      const handler = this.handlers.get(deadline.kind);
      const warned = await this.updateOrConflict(tx, deadline, { state: 'warned', warnedAt: now }, now);
      await handler.onWarning(tx, warned);
      this.emit(tx, RequestContext.system('job'), DeadlineEvent.WARNED, warned, {});
      return { ...base, status: 'fired' };
    }
    if (deadline.breachedAt) return { ...base, status: 'skipped', reason: 'already' };
    if (deadline.dueAt > now) return { ...base, status: 'early', remainingMs: deadline.dueAt.getTime() - now.getTime() };
    // Escalation is part of the breach: the kind's handler decides whom to tell (推進室...).
    const handler = this.handlers.get(deadline.kind);
    const breached = await this.updateOrConflict(tx, deadline, { state: 'breached', breachedAt: now, escalatedAt: now }, now);
    await handler.onBreach(tx, breached);
    this.emit(tx, RequestContext.system('job'), DeadlineEvent.BREACHED, breached, { escalated: true });
    return { ...base, status: 'fired' };
  }

  private async close(
    tx: Tx,
    state: 'done' | 'cancelled',
    kind: string,
    subjectType: string,
    subjectId: string,
    ctx: RequestContext,
  ): Promise<Deadline | null> {
    const existing = await this.repository.lockOpen(tx.em, kind, subjectType, subjectId);
    if (!existing) return null;
    const now = this.clock.now();
    const changes: DeadlineChanges = state === 'done' ? { state, completedAt: now } : { state, cancelledAt: now };
    const closed = await this.updateOrConflict(tx, existing, changes, now);
    this.emit(tx, ctx, state === 'done' ? DeadlineEvent.COMPLETED : DeadlineEvent.CANCELLED, closed, {
      late: state === 'done' ? closed.breachedAt !== null || now > closed.dueAt : null,
    });
    return closed;
  }

  /** The row is locked by the caller, so a lost update here is a bug, not a race: fail loudly. */
  private async updateOrConflict(tx: Tx, row: Deadline, changes: DeadlineChanges, now: Date): Promise<Deadline> {
    const updated = await this.repository.update(tx.em, row.id, row.version, changes, now);
    if (!updated) throw new WorkflowError(WorkflowErrorCode.TRANSITION_NOT_ALLOWED, 'The deadline was changed meanwhile');
    return updated;
  }

  private emit(tx: Tx, ctx: RequestContext, type: DeadlineEvent, d: Deadline, extra: Record<string, unknown>): void {
    const event: DomainEvent = {
      type,
      outcome: 'success',
      ctx,
      subjectType: d.subjectType,
      subjectId: d.subjectId,
      prefectureId: d.prefectureId,
      // ISO strings, not Dates: audit details must hash the same when read back (ADR 0004).
      details: { deadlineId: d.id, kind: d.kind, dueAt: iso(d.dueAt), warnAt: iso(d.warnAt), ...extra },
    };
    tx.emit(event);
  }

  private validate(input: ScheduleDeadlineInput): void {
    const problems: string[] = [];
    if (!KIND.test(input.kind) || input.kind.length > 80) problems.push('kind');
    if (!input.subjectType || input.subjectType.length > 80) problems.push('subjectType');
    if (!UUID.test(input.subjectId)) problems.push('subjectId');
    if (input.prefectureId !== null && !UUID.test(input.prefectureId)) problems.push('prefectureId');
    if (!(input.dueAt instanceof Date) || Number.isNaN(input.dueAt.getTime())) problems.push('dueAt');
    const warnAt = input.warnAt ?? null;
    if (warnAt !== null && (!(warnAt instanceof Date) || Number.isNaN(warnAt.getTime()) || warnAt > input.dueAt)) problems.push('warnAt');
    if (problems.length > 0) {
      throw new WorkflowError(WorkflowErrorCode.INVALID_DEADLINE, undefined, problems.map((field) => ({ field, reason: `${WorkflowErrorCode.INVALID_DEADLINE}` })));
    }
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Clock, ConflictError, decodeCursor, encodeCursor, NotFoundError, toPage, TransactionRunner, type RequestContext, type Tx } from '@renkei/core';
import { FieldAccessService, READ, type Projected, type SqlFragment } from '@renkei/authz';
import { BusinessCalendar, DeadlineHandlerRegistry, DeadlineService, type Deadline } from '@renkei/workflow';
import { RequestContext as Context } from '@renkei/core';
import { CasesRepository } from './cases.repository';
import { CASE, CaseAction, TASK } from './cases.fields';
import { CasesError, CasesErrorCode } from './cases.errors';
import { Audience, TaskState, type TaskRow } from './cases.types';
import { CaseTypeRegistry } from './case-type.registry';

export interface NewTaskInput {
  caseId: string;
  agencyId: string;
  kind: string;
  request: string;
  legalBasis?: string | null;
  dueAt?: Date | null;
  scopeRefs?: string[];
}

type TaskMove = 'acknowledge' | 'answer' | 'reject' | 'withdraw' | 'breach';

/** Which task states each move may leave from, and where it goes. */
const MOVES: Record<TaskMove, { from: TaskState[]; to: TaskState }> = {
  acknowledge: { from: [TaskState.OPEN, TaskState.OVERDUE], to: TaskState.ACKNOWLEDGED },
  answer: { from: [TaskState.OPEN, TaskState.ACKNOWLEDGED, TaskState.OVERDUE], to: TaskState.ANSWERED },
  reject: { from: [TaskState.OPEN, TaskState.ACKNOWLEDGED, TaskState.OVERDUE], to: TaskState.REJECTED },
  withdraw: { from: [TaskState.OPEN, TaskState.ACKNOWLEDGED, TaskState.OVERDUE], to: TaskState.WITHDRAWN },
  breach: { from: [TaskState.OPEN, TaskState.ACKNOWLEDGED], to: TaskState.OVERDUE },
};

const LOADER = Symbol('cases.tasks-by-case');

/**
 * Tasks addressed to agencies: police create and withdraw them, the addressed agency's liaison
 * acknowledges, answers or rejects them. Every change is conditional on the version seen,
 * recorded on the timeline (visible to that agency and police) and raised as a domain event.
 */
/** The deadline kind of a task's due date (workflow knows it only by this name). */
export const TASK_DUE = 'task.due';

@Injectable()
export class TasksService implements OnModuleInit {
  constructor(
    private readonly repository: CasesRepository,
    private readonly fields: FieldAccessService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly calendar: BusinessCalendar,
    private readonly handlers: DeadlineHandlerRegistry,
    private readonly types: CaseTypeRegistry,
  ) {}

  onModuleInit(): void {
    // One business day before the due date: a reminder; at the due date: overdue and escalated.
    this.handlers.register(TASK_DUE, {
      onWarning: (tx, deadline) => this.dueSoon(tx, deadline),
      onBreach: async (tx, deadline) => {
        await this.markOverdue(Context.system('job'), tx, deadline.subjectId);
      },
    });
  }

  /** For the case-type libs too: creates a task inside their transaction. */
  async createIn(ctx: RequestContext, tx: Tx, input: NewTaskInput, opts: { adHoc?: boolean } = {}): Promise<string> {
    const caseRow = await this.repository.findCase(input.caseId, this.fields.rowsSql(ctx, READ, CASE, 'c'), tx.em);
    if (!caseRow) throw new NotFoundError('Case');
    // Checked once the case is known readable, so the answer never tells an unreadable case apart.
    if (opts.adHoc && !this.types.adHocTaskKinds(caseRow.type).includes(input.kind)) {
      throw new CasesError(CasesErrorCode.UNKNOWN_TASK_KIND, [{ field: 'kind', reason: 'UNKNOWN_TASK_KIND' }]);
    }
    if (!(await this.repository.agencyExists(tx.em, input.agencyId))) {
      throw new CasesError(CasesErrorCode.UNKNOWN_AGENCY, [{ field: 'agencyId', reason: 'UNKNOWN_AGENCY' }]);
    }
    const at = this.clock.now();
    const draft: TaskRow = {
      id: '', caseId: caseRow.id, agencyId: input.agencyId, kind: input.kind, request: input.request, legalBasis: input.legalBasis ?? null,
      scopeRefs: input.scopeRefs ?? [], dueAt: input.dueAt ?? null, state: TaskState.OPEN, answer: null, answeredBy: null, answeredAt: null,
      rejectionReason: null, createdBy: ctx.actor!.userId, createdAt: at, updatedAt: at, version: 1,
      caseType: caseRow.type, casePrefectureId: caseRow.prefectureId, caseOwningAgencyId: caseRow.owningAgencyId, caseAssigneeIds: caseRow.assigneeIds,
    };
    if (!this.fields.canOn(ctx, CaseAction.CREATE, TASK, draft)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
    const id = await this.repository.insertTask(tx.em, { ...draft, at });
    if (draft.dueAt) {
      await this.deadlines.schedule(
        tx,
        { kind: TASK_DUE, subjectType: TASK, subjectId: id, prefectureId: caseRow.prefectureId, dueAt: draft.dueAt, warnAt: this.warnAt(draft.dueAt, at) },
        ctx,
      );
    }
    await this.repository.touchCase(tx.em, caseRow.id, at);
    await this.repository.insertEvent(tx.em, {
      caseId: caseRow.id, at, actorUserId: ctx.actor!.userId, type: 'task.created', audience: Audience.AGENCY, audienceAgencyId: input.agencyId, taskId: id,
      data: { kind: input.kind },
    });
    tx.emit({
      type: 'cases.task.created', outcome: 'success', ctx, subjectType: TASK, subjectId: id, prefectureId: caseRow.prefectureId,
      details: { caseId: caseRow.id, reference: caseRow.reference, agencyId: input.agencyId, kind: input.kind, dueAt: input.dueAt?.toISOString() ?? null },
    });
    return id;
  }

  /**
   * `createTask`: an ad-hoc request. Its kind must be one the case type accepts (the kinds its own
   * mutations create need rows only those mutations record), its due date ahead and within a year.
   */
  async create(ctx: RequestContext, input: NewTaskInput): Promise<Projected<TaskRow>> {
    const now = this.clock.now().getTime();
    if (input.dueAt && (input.dueAt.getTime() <= now || input.dueAt.getTime() > now + 366 * 24 * 3600_000)) {
      throw new CasesError(CasesErrorCode.DUE_NOT_AHEAD, [{ field: 'dueAt', reason: 'DUE_NOT_AHEAD' }]);
    }
    const id = await this.transactions.run((tx) => this.createIn(ctx, tx, input, { adHoc: true }));
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<Projected<TaskRow>> {
    const row = await this.repository.findTask(id, this.fields.rowsSql(ctx, READ, TASK, 't'));
    if (!row) throw new NotFoundError('Task');
    return this.fields.project(ctx, TASK, row);
  }

  acknowledge(ctx: RequestContext, id: string, version: number) {
    return this.move(ctx, id, version, 'acknowledge', {});
  }

  answer(ctx: RequestContext, id: string, version: number, answer: string) {
    return this.move(ctx, id, version, 'answer', { answer });
  }

  reject(ctx: RequestContext, id: string, version: number, reason: string) {
    return this.move(ctx, id, version, 'reject', { rejectionReason: reason });
  }

  withdraw(ctx: RequestContext, id: string, version: number) {
    return this.move(ctx, id, version, 'withdraw', {});
  }

  /** The liaison's inbox: the tasks addressed to the actor's agency, earliest due first. */
  async inbox(ctx: RequestContext, filter: { states?: TaskState[] | null; overdue?: boolean | null }, first: number, after?: string | null) {
    const counter = { next: 0 };
    const rows = this.fields.rowsSql(ctx, READ, TASK, 't', counter);
    const filters: SqlFragment[] = [{ sql: 't.agency_id = :inboxAgency', params: { inboxAgency: ctx.actor!.agencyId } }];
    if (filter.states?.length) filters.push({ sql: 't.state = ANY(:inboxStates)', params: { inboxStates: filter.states } });
    if (filter.overdue) {
      filters.push({ sql: `(t.state = 'OVERDUE' OR (t.state IN ('OPEN','ACKNOWLEDGED') AND t.due_at < :inboxNow))`, params: { inboxNow: this.clock.now() } });
    }
    return this.taskPage(ctx, rows, filters, first, after);
  }

  /**
   * Every task the actor may read, whatever agency it is addressed to, in inbox order (`tasks`,
   * HQ's per-agency drill-down, and exports: police see all their tasks, a liaison its own
   * agency's). Filters go through the guarded columns like every list.
   */
  async listVisible(ctx: RequestContext, filter: { states?: TaskState[] | null; overdue?: boolean | null; agencyId?: string | null }, first: number, after?: string | null) {
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, TASK, 't', counter);
    const rows = readable.rows;
    const filters: SqlFragment[] = [];
    if (filter.agencyId) {
      // Guarded like every filter: a reader who may not see the addressee cannot probe by it.
      const agency = readable.column('agencyId');
      filters.push({ sql: `${agency.sql} = :visibleAgency`, params: { ...agency.params, visibleAgency: filter.agencyId } });
    }
    if (filter.states?.length || filter.overdue) {
      const state = readable.column('state');
      if (filter.states?.length) filters.push({ sql: `${state.sql} = ANY(:visibleStates)`, params: { ...state.params, visibleStates: filter.states } });
      if (filter.overdue) {
        const due = readable.column('dueAt');
        filters.push({
          sql: `(${state.sql} = 'OVERDUE' OR (${state.sql} IN ('OPEN','ACKNOWLEDGED') AND ${due.sql} < :visibleNow))`,
          params: { ...state.params, ...due.params, visibleNow: this.clock.now() },
        });
      }
    }
    return this.taskPage(ctx, rows, filters, first, after);
  }

  /** One page of tasks in inbox order (due date, then id), projected for the actor. */
  private async taskPage(ctx: RequestContext, rows: SqlFragment, filters: SqlFragment[], first: number, after?: string | null) {
    let cursor: { dueAt: string | null; id: string } | null = null;
    if (after) {
      const [dueAt, id] = decodeCursor(after, 2);
      cursor = { dueAt: dueAt === '' ? null : dueAt, id };
    }
    const found = await this.repository.listTasks(rows, filters, cursor, first + 1);
    const page = toPage(found, first, (t) => encodeCursor([t.dueAt ? new Date(t.dueAt).toISOString() : '', t.id]));
    return { ...page, nodes: page.nodes.map((t) => this.fields.project(ctx, TASK, t)) };
  }

  /** The oldest overdue tasks the actor may read, whatever agency they are addressed to. */
  async inboxOverdueAll(ctx: RequestContext, limit: number): Promise<Projected<TaskRow>[]> {
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, TASK, 't', counter);
    const rows = readable.rows;
    const due = readable.column('dueAt');
    const state = readable.column('state');
    const filters: SqlFragment[] = [{
      sql: `(${state.sql} = 'OVERDUE' OR (${state.sql} IN ('OPEN','ACKNOWLEDGED') AND ${due.sql} < :overdueNow))`,
      params: { ...due.params, ...state.params, overdueNow: this.clock.now() },
    }];
    const found = await this.repository.listTasks(rows, filters, null, limit);
    return found.map((t) => this.fields.project(ctx, TASK, t));
  }

  /** `Case.tasks`, batched per request: one statement for a whole page of cases. */
  ofCase(ctx: RequestContext, caseId: string): Promise<Projected<TaskRow>[]> {
    let loader = ctx.get<DataLoader<string, Projected<TaskRow>[]>>(LOADER);
    if (!loader) {
      loader = new DataLoader(async (caseIds) => {
        const rows = await this.repository.tasksOfCases(caseIds, this.fields.rowsSql(ctx, READ, TASK, 't'));
        return caseIds.map((id) => rows.filter((r) => r.caseId === id).map((r) => this.fields.project(ctx, TASK, r)));
      });
      ctx.set(LOADER, loader);
    }
    return loader.load(caseId);
  }

  /** Marks a task overdue when its deadline passes (called by the deadline handler, in its transaction). */
  async markOverdue(ctx: RequestContext, tx: Tx, taskId: string): Promise<TaskRow | null> {
    const row = await this.repository.findTask(taskId, { sql: '1 = 1', params: {} }, tx.em);
    if (!row || !MOVES.breach.from.includes(row.state)) return null;
    const at = this.clock.now();
    // Someone answered or acknowledged it at this very moment: their change wins, no escalation.
    if (!(await this.repository.updateTask(tx.em, taskId, row.version, { state: TaskState.OVERDUE }, at))) return null;
    await this.repository.insertEvent(tx.em, {
      caseId: row.caseId, at, actorUserId: null, type: 'task.overdue', audience: Audience.AGENCY, audienceAgencyId: row.agencyId, taskId, data: {},
    });
    // Escalated to the prefecture's 推進室: the event names the prefecture; the notification rule finds its HQ.
    tx.emit({ type: 'cases.task.overdue', outcome: 'success', ctx, subjectType: TASK, subjectId: taskId, prefectureId: row.casePrefectureId, details: { caseId: row.caseId, agencyId: row.agencyId } });
    return row;
  }

  /** The reminder one business day before a task is due (the agency and police see it on the timeline). */
  private async dueSoon(tx: Tx, deadline: Deadline): Promise<void> {
    const row = await this.repository.findTask(deadline.subjectId, { sql: '1 = 1', params: {} }, tx.em);
    if (!row || !MOVES.breach.from.includes(row.state)) return;
    await this.repository.insertEvent(tx.em, {
      caseId: row.caseId, at: this.clock.now(), actorUserId: null, type: 'task.due_soon', audience: Audience.AGENCY, audienceAgencyId: row.agencyId, taskId: row.id,
      data: { dueAt: deadline.dueAt.toISOString() },
    });
    tx.emit({
      type: 'cases.task.due_soon', outcome: 'success', ctx: Context.system('job'), subjectType: TASK, subjectId: row.id, prefectureId: row.casePrefectureId,
      details: { caseId: row.caseId, agencyId: row.agencyId },
    });
  }

  /** One business day before the due time, unless that has passed already. */
  private warnAt(dueAt: Date, now: Date): Date | null {
    const warn = this.calendar.subtractBusinessDays(dueAt, 1);
    return warn > now ? warn : null;
  }

  private async move(
    ctx: RequestContext,
    id: string,
    version: number,
    move: Exclude<TaskMove, 'breach'>,
    values: { answer?: string; rejectionReason?: string },
  ): Promise<Projected<TaskRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.repository.findTask(id, this.fields.rowsSql(ctx, READ, TASK, 't'), tx.em);
      if (!row) throw new NotFoundError('Task');
      const action = move === 'withdraw' ? CaseAction.WITHDRAW : CaseAction.ANSWER;
      if (!this.fields.canOn(ctx, action, TASK, row)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
      const changed = ['state', ...Object.keys(values)];
      if (move !== 'withdraw') this.fields.assertCanWrite(ctx, TASK, row, changed);
      if (row.version !== version) throw new ConflictError();
      if (!MOVES[move].from.includes(row.state)) throw new CasesError(CasesErrorCode.TASK_STATE, [{ field: 'state', reason: row.state }]);
      const at = this.clock.now();
      const answered = move === 'answer' || move === 'reject';
      // The deadline row first, then the task: the same lock order as a breach, so the two never deadlock.
      if (answered) await this.deadlines.complete(tx, TASK_DUE, TASK, id, ctx);
      if (move === 'withdraw') await this.deadlines.cancel(tx, TASK_DUE, TASK, id, ctx);
      const ok = await this.repository.updateTask(
        tx.em, id, version,
        {
          state: MOVES[move].to,
          ...(move === 'answer' ? { answer: values.answer ?? null } : {}),
          ...(move === 'reject' ? { rejectionReason: values.rejectionReason ?? null } : {}),
          ...(answered ? { answeredBy: ctx.actor!.userId, answeredAt: at } : {}),
        },
        at,
      );
      if (!ok) throw new ConflictError();
      await this.repository.touchCase(tx.em, row.caseId, at);
      await this.repository.insertEvent(tx.em, {
        caseId: row.caseId, at, actorUserId: ctx.actor!.userId, type: `task.${MOVES[move].to.toLowerCase()}`, audience: Audience.AGENCY,
        audienceAgencyId: row.agencyId, taskId: id, data: { from: row.state, to: MOVES[move].to },
      });
      tx.emit({
        type: `cases.task.${move}`, outcome: 'success', ctx, subjectType: TASK, subjectId: id, prefectureId: row.casePrefectureId, fields: changed,
        details: { caseId: row.caseId, agencyId: row.agencyId, to: MOVES[move].to },
      });
    });
    return this.get(ctx, id);
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  Clock,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  toPage,
  TransactionRunner,
  type RequestContext,
  type Tx,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected, type SqlFragment } from '@renkei/authz';
import { CasesRepository } from './cases.repository';
import { CaseTypeRegistry } from './case-type.registry';
import { ATTACHMENT_SUBJECT, CASE, CASE_EVENT_SUBJECT, CASE_SUBJECT, CaseAction, COMMENT_SUBJECT, TASK_SUBJECT } from './cases.fields';
import { CasesError, CasesErrorCode } from './cases.errors';
import { Audience, CasePriority, type CaseRow } from './cases.types';
import type { EntityKind } from './linked-entities';

const LINKS = Symbol('cases.links');
const BY_ID = Symbol('cases.byId');
const TRANSITIONS = Symbol('cases.transitions');

export interface FileCaseInput {
  type: string;
  title: string;
  priority?: CasePriority;
  /** defaults to the actor's agency (a station files its own cases) */
  owningAgencyId?: string;
  owningUnitId?: string | null;
  prefectureId?: string;
  assigneeIds?: string[];
}

export type CaseSortField = 'filedAt' | 'updatedAt' | 'reference' | 'priority' | 'state' | 'title';

export interface CaseFilter {
  types?: string[] | null;
  states?: string[] | null;
  /** cases in which this agency holds an open task */
  agencyWithOpenTasks?: string | null;
  /** cases with at least one overdue task */
  overdue?: boolean | null;
  filedFrom?: Date | null;
  filedTo?: Date | null;
  /** searched in the fields the user may read: reference and title */
  text?: string | null;
}

const OPEN_TASK_STATES = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];

/**
 * The case record: filing (for the case-type libs), reading, listing and state transitions.
 * Rows are filtered in SQL by the actor's ability, fields projected by the same rules.
 */
@Injectable()
export class CasesService implements OnModuleInit {
  constructor(
    private readonly repository: CasesRepository,
    private readonly types: CaseTypeRegistry,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    for (const subject of [CASE_SUBJECT, TASK_SUBJECT, COMMENT_SUBJECT, CASE_EVENT_SUBJECT, ATTACHMENT_SUBJECT]) this.registry.registerSubject(subject);
  }

  /**
   * Files a case inside the case-type lib's transaction: reference number, the common record,
   * the assignees, the first timeline entry and the domain event. Refused unless the actor may
   * create a case like this one (its prefecture, its owning agency).
   */
  async file(ctx: RequestContext, tx: Tx, input: FileCaseInput): Promise<{ id: string; reference: string }> {
    const actor = ctx.actor;
    if (!actor) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
    const definition = this.types.get(input.type);
    const at = this.clock.now();
    const draft: CaseRow = {
      id: '',
      reference: '',
      type: input.type,
      state: definition.machine.initial,
      priority: input.priority ?? CasePriority.NORMAL,
      title: input.title,
      prefectureId: input.prefectureId ?? actor.prefectureId ?? '',
      owningAgencyId: input.owningAgencyId ?? actor.agencyId,
      owningUnitId: input.owningUnitId ?? null,
      filedBy: actor.userId,
      filedAt: at,
      closedAt: null,
      updatedAt: at,
      version: 1,
      assigneeIds: input.assigneeIds ?? [],
      taskAgencyIds: [],
    };
    if (!draft.prefectureId || !this.fields.canOn(ctx, CaseAction.CREATE, CASE, draft)) {
      throw new CasesError(CasesErrorCode.NOT_ALLOWED);
    }
    const reference = await this.repository.nextReference(tx.em, draft.prefectureId, jstYear(at));
    const id = await this.repository.insertCase(tx.em, { ...draft, filedBy: actor.userId, at }, reference);
    await this.repository.assign(tx.em, id, draft.assigneeIds, at);
    await this.repository.insertEvent(tx.em, {
      caseId: id, at, actorUserId: actor.userId, type: 'case.filed', audience: Audience.POLICE, audienceAgencyId: null, taskId: null,
      data: { state: draft.state },
    });
    tx.emit({ type: 'cases.case.filed', outcome: 'success', ctx, subjectType: CASE, subjectId: id, prefectureId: draft.prefectureId, details: { reference, caseType: input.type } });
    return { id, reference };
  }

  async get(ctx: RequestContext, id: string): Promise<Projected<CaseRow>> {
    const row = await this.repository.findCase(id, this.fields.rowsSql(ctx, READ, CASE, 'c'));
    if (!row) throw new NotFoundError('Case');
    return this.fields.project(ctx, CASE, row);
  }

  /** A case by id, or null where the actor may not read it; batched per request (`Task.case`). */
  byId(ctx: RequestContext, id: string): Promise<Projected<CaseRow> | null> {
    let loader = ctx.get<DataLoader<string, Projected<CaseRow> | null>>(BY_ID);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.repository.findCases(ids, this.fields.rowsSql(ctx, READ, CASE, 'c'));
        const found = new Map(rows.map((r) => [r.id, this.fields.project(ctx, CASE, r)]));
        return ids.map((id) => found.get(id) ?? null);
      });
      ctx.set(BY_ID, loader);
    }
    return loader.load(id);
  }

  async list(ctx: RequestContext, filter: CaseFilter, sort: { field: CaseSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null) {
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, CASE, 'c', counter);
    const rows = readable.rows;
    const filters: SqlFragment[] = [];
    const param = (value: unknown) => {
      const name = `cf_${counter.next++}`;
      return { name, params: { [name]: value } };
    };
    const guarded = (field: string) => readable.column(field);
    if (filter.types?.length) {
      const g = guarded('type');
      const p = param(filter.types);
      filters.push({ sql: `${g.sql} = ANY(:${p.name})`, params: { ...g.params, ...p.params } });
    }
    if (filter.states?.length) {
      const g = guarded('state');
      const p = param(filter.states);
      filters.push({ sql: `${g.sql} = ANY(:${p.name})`, params: { ...g.params, ...p.params } });
    }
    if (filter.filedFrom) {
      const g = guarded('filedAt');
      const p = param(filter.filedFrom);
      filters.push({ sql: `${g.sql} >= :${p.name}`, params: { ...g.params, ...p.params } });
    }
    if (filter.filedTo) {
      const g = guarded('filedAt');
      const p = param(filter.filedTo);
      filters.push({ sql: `${g.sql} < :${p.name}`, params: { ...g.params, ...p.params } });
    }
    if (filter.text) {
      // Only in fields the user may read: the title is searched where it is readable.
      const ref = guarded('reference');
      const title = this.fields.can(ctx, READ, CASE, 'title') ? guarded('title') : null;
      const p = param(`%${filter.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      const parts = [`${ref.sql} ILIKE :${p.name}`, ...(title ? [`${title.sql} ILIKE :${p.name}`] : [])];
      filters.push({ sql: `(${parts.join(' OR ')})`, params: { ...ref.params, ...(title?.params ?? {}), ...p.params } });
    }
    if (filter.agencyWithOpenTasks || filter.overdue) {
      // Which agencies hold tasks is task data: only tasks the actor may read count.
      const taskRows = this.fields.rowsSql(ctx, READ, 'Task', 'tf', counter);
      const conds = [`tf.case_id = c.id`, taskRows.sql];
      const params: Record<string, unknown> = { ...taskRows.params };
      if (filter.agencyWithOpenTasks) {
        const p = param(filter.agencyWithOpenTasks);
        const s = param(OPEN_TASK_STATES);
        conds.push(`tf.agency_id = :${p.name}`, `tf.state = ANY(:${s.name})`);
        Object.assign(params, p.params, s.params);
      }
      if (filter.overdue) {
        const now = param(this.clock.now());
        conds.push(`(tf.state = 'OVERDUE' OR (tf.state IN ('OPEN','ACKNOWLEDGED') AND tf.due_at < :${now.name}))`);
        Object.assign(params, now.params);
      }
      filters.push({ sql: `EXISTS (SELECT 1 FROM tasks tf WHERE ${conds.join(' AND ')})`, params });
    }
    const sortCol = guarded(sort.field);
    let afterKey: { key: string | null; id: string } | null = null;
    if (after) {
      const [key, id] = decodeCursor(after, 2);
      afterKey = { key: key === '' ? null : key, id };
    }
    const found = await this.repository.listCases({ rows, filters, sort: { ...sortCol, direction: sort.direction }, after: afterKey, limit: first + 1 });
    const page = toPage(found, first, (r) => encodeCursor([r.sortKey === null || r.sortKey === undefined ? '' : sortKeyString(r.sortKey), r.id]));
    return { ...page, nodes: page.nodes.map(({ sortKey: _sortKey, ...row }) => this.fields.project(ctx, CASE, row)) };
  }

  /**
   * Moves a case along its type's state machine, on the version the user saw. A transition the
   * state or a guard does not allow is refused with a clear code; a stale version with CONFLICT.
   */
  async transition(ctx: RequestContext, caseId: string, version: number, name: string): Promise<Projected<CaseRow>> {
    await this.transactions.run(async (tx) => {
      const row = await this.repository.findCase(caseId, this.fields.rowsSql(ctx, READ, CASE, 'c'), tx.em, true);
      if (!row) throw new NotFoundError('Case');
      if (!this.fields.canOn(ctx, CaseAction.TRANSITION, CASE, row)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
      if (row.version !== version) throw new ConflictError();
      const definition = this.types.get(row.type);
      const openTasks = await this.repository.openTaskCount(caseId, tx.em);
      const to = definition.machine.transition(row.state, name, { caseState: row.state, openTasks, role: ctx.actor?.role ?? null });
      const at = this.clock.now();
      const closing = definition.closedStates.includes(to);
      const reopening = !closing && definition.closedStates.includes(row.state);
      const ok = await this.repository.updateCaseState(tx.em, caseId, version, to, closing ? at : reopening ? null : undefined, at);
      if (!ok) throw new ConflictError();
      await this.repository.insertEvent(tx.em, {
        caseId, at, actorUserId: ctx.actor?.userId ?? null, type: 'case.transitioned', audience: Audience.ALL_PARTIES, audienceAgencyId: null, taskId: null,
        data: { from: row.state, to, transition: name },
      });
      await definition.afterTransition?.(ctx, tx, { caseId, prefectureId: row.prefectureId, from: row.state, to, name });
      tx.emit({ type: 'cases.case.transitioned', outcome: 'success', ctx, subjectType: CASE, subjectId: caseId, prefectureId: row.prefectureId, fields: ['state'], details: { from: row.state, to } });
    });
    return this.get(ctx, caseId);
  }

  /**
   * Records the entities a case names (phones, accounts, URLs, residence cards, persons), already
   * normalized by the linked-entities functions, inside the case-type lib's transaction.
   */
  async linkEntities(ctx: RequestContext, tx: Tx, caseId: string, entities: { kind: EntityKind; normalized: string }[]): Promise<void> {
    const added = await this.repository.insertEntities(tx.em, caseId, entities, this.clock.now());
    if (added > 0) {
      tx.emit({ type: 'cases.entities.linked', outcome: 'success', ctx, subjectType: CASE, subjectId: caseId, details: { count: added, kinds: [...new Set(entities.map((e) => e.kind))] } });
    }
  }

  /** `Case.links`: the other cases sharing an entity with this one that the actor may read too. */
  links(ctx: RequestContext, caseId: string): Promise<{ kind: string; case: Projected<CaseRow> }[]> {
    let loader = ctx.get<DataLoader<string, { kind: string; case: Projected<CaseRow> }[]>>(LINKS);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.repository.linkedCases(ids, this.fields.rowsSql(ctx, READ, CASE, 'c'));
        return ids.map((id) =>
          rows
            .filter((r) => r.fromCaseId === id)
            .map(({ fromCaseId: _from, kind, ...row }) => ({ kind, case: this.fields.project(ctx, CASE, row) })),
        );
      });
      ctx.set(LINKS, loader);
    }
    return loader.load(caseId);
  }

  /** Sets the investigators assigned to a case: members of its owning agency, on the version seen. */
  async assign(ctx: RequestContext, caseId: string, version: number, userIds: string[]): Promise<Projected<CaseRow>> {
    const unique = [...new Set(userIds)];
    await this.transactions.run(async (tx) => {
      const row = await this.repository.findCase(caseId, this.fields.rowsSql(ctx, READ, CASE, 'c'), tx.em, true);
      if (!row) throw new NotFoundError('Case');
      if (!this.fields.canOn(ctx, CaseAction.ASSIGN, CASE, row)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
      this.fields.assertCanWrite(ctx, CASE, row, ['assigneeIds']);
      const members = await this.repository.membersOf(tx.em, row.owningAgencyId, unique);
      if (members.length !== unique.length) {
        throw new CasesError(CasesErrorCode.NOT_A_MEMBER, [{ field: 'userIds', reason: 'NOT_A_MEMBER_OF_OWNING_AGENCY' }]);
      }
      if (row.version !== version) throw new ConflictError();
      const at = this.clock.now();
      if (!(await this.repository.replaceAssignees(tx.em, caseId, version, unique, at))) throw new ConflictError();
      await this.repository.insertEvent(tx.em, {
        caseId, at, actorUserId: ctx.actor!.userId, type: 'case.assigned', audience: Audience.POLICE, audienceAgencyId: null, taskId: null, data: { count: unique.length },
      });
      tx.emit({ type: 'cases.case.assigned', outcome: 'success', ctx, subjectType: CASE, subjectId: caseId, prefectureId: row.prefectureId, fields: ['assigneeIds'] });
    });
    return this.get(ctx, caseId);
  }

  /**
   * A timeline entry written by a case-type lib in its transaction, with the audience that may
   * read it (POLICE when in doubt: an agency sees only entries addressed to it or to all parties).
   */
  async recordTimeline(
    ctx: RequestContext,
    tx: Tx,
    caseId: string,
    entry: { type: string; audience: Audience; audienceAgencyId?: string | null; data?: Record<string, unknown> },
  ): Promise<void> {
    await this.repository.insertEvent(tx.em, {
      caseId, at: this.clock.now(), actorUserId: ctx.actor?.userId ?? null, type: entry.type, audience: entry.audience,
      audienceAgencyId: entry.audienceAgencyId ?? null, taskId: null, data: entry.data ?? {},
    });
  }

  /** Whom a case's notifications may go to (reference, owning agency, the prefecture's HQ, tasked agencies). */
  notificationTargets(tx: Pick<Tx, 'em'>, caseId: string) {
    return this.repository.notificationContext(tx.em, caseId);
  }

  /** Transitions possible now for the actor (for the client's buttons). */
  async availableTransitions(ctx: RequestContext, row: { id: string; type: string | null; state: string | null }): Promise<string[]> {
    if (!row.type || !row.state || !this.fields.can(ctx, CaseAction.TRANSITION, CASE)) return [];
    // Batched per request: a page of cases costs two statements, not two per case.
    let loader = ctx.get<DataLoader<string, { row: CaseRow; openTasks: number } | null>>(TRANSITIONS);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.repository.findCases(ids, this.fields.rowsSql(ctx, READ, CASE, 'c'));
        const counts = await this.repository.openTaskCounts(ids);
        return ids.map((id) => {
          const found = rows.find((r) => r.id === id);
          return found ? { row: found, openTasks: counts.get(id) ?? 0 } : null;
        });
      });
      ctx.set(TRANSITIONS, loader);
    }
    const loaded = await loader.load(row.id);
    if (!loaded || !this.fields.canOn(ctx, CaseAction.TRANSITION, CASE, loaded.row)) return [];
    const state = loaded.row.state;
    return this.types.get(loaded.row.type).machine.available(state, { caseState: state, openTasks: loaded.openTasks, role: ctx.actor?.role ?? null });
  }
}

/** The year of an instant in Japan: reference numbers count per JST year. */
export function jstYear(at: Date): number {
  return new Date(at.getTime() + 9 * 3_600_000).getUTCFullYear();
}

function sortKeyString(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  ACTIVITY_KIND_JA,
  AgencyKind,
  BadInputError,
  Clock,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  RequestContext,
  Role,
  toPage,
  TransactionRunner,
  type ActivityKind,
  type PageInfo,
  type Tx,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type ParamCounter, type Projected, type ReadableQuery, type SqlFragment } from '@renkei/authz';
import { StateMachineRegistry } from '@renkei/workflow';
import { ActivityReportsRepository } from './reports.repository';
import { ACTIVITY_REPORT, ACTIVITY_REPORT_SUBJECT, ActivityReportAction } from './reports.fields';
import { ACTIVITY_REPORT_MACHINE, EDITABLE_STATES, type ActivityReportTransition } from './reports.workflow';
import { ActivityReportError, ActivityReportErrorCode } from './reports.errors';
import {
  ActivityReportGroupBy,
  ActivityReportSortDirection,
  ActivityReportState,
  COUNT_FIELDS,
  type ActivityReportContent,
  type ActivityReportFilter,
  type ActivityReportRow,
  type ActivityReportTotalRow,
} from './reports.types';

/** What a filer sends: every count defaults to 0, lists to empty. */
export interface ActivityReportDraft {
  kind: ActivityKind;
  activityDate: string;
  place: string;
  participants?: number | null;
  foreignResidentsReached?: number | null;
  interpreters?: number | null;
  languages?: string[] | null;
  inspections?: number | null;
  arrests?: number | null;
  partnerAgencies?: string[] | null;
  notes?: string | null;
}

export type ActivityReportChanges = Partial<ActivityReportDraft>;

export interface ActivityReportPage {
  nodes: Projected<ActivityReportRow>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ActivityReportTotalsQuery {
  from: string;
  to: string;
  groupBy: ActivityReportGroupBy;
  /** APPROVED when omitted: a total counts what the station's supervisor has signed off */
  state?: ActivityReportState | null;
  stationAgencyId?: string | null;
  kind?: ActivityKind | null;
}

export interface ActivityReportTotals {
  groupBy: ActivityReportGroupBy;
  from: string;
  to: string;
  state: ActivityReportState;
  rows: ActivityReportTotalRow[];
  overall: ActivityReportTotalRow;
}

const JST_OFFSET_MS = 9 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD, or BAD_USER_INPUT naming the field (never the value). */
function assertDate(value: string, field: string): void {
  const m = DATE.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) {
    throw new ActivityReportError(ActivityReportErrorCode.INVALID_DATE, [{ field, reason: 'INVALID_DATE' }]);
  }
}

/** Trimmed, without blanks and duplicates, in the order given. */
function cleanList(values: string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter((v) => v.length > 0))];
}

/**
 * 施策実施報告: a station's 運用責任者 files and edits its reports and submits them; its
 * 統括責任者 approves or returns them; HQ reads the prefecture's submitted reports and their
 * totals. Every row is read through the actor's row condition and projected; a report the actor
 * may not read is answered like a missing one, and totals only ever sum readable rows.
 */
@Injectable()
export class ActivityReportsService implements OnModuleInit {
  constructor(
    private readonly repository: ActivityReportsRepository,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly machines: StateMachineRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(ACTIVITY_REPORT_SUBJECT);
    this.machines.register(ACTIVITY_REPORT_MACHINE);
  }

  // ---- writes ----

  async create(ctx: RequestContext, draft: ActivityReportDraft): Promise<Projected<ActivityReportRow>> {
    const id = await this.transactions.run((tx) => this.createIn(ctx, tx, draft));
    return this.get(ctx, id);
  }

  /** Files a draft for the actor's own station (the station is never chosen by the client). */
  async createIn(ctx: RequestContext, tx: Tx, draft: ActivityReportDraft): Promise<string> {
    const actor = ctx.actor;
    if (!actor || actor.role !== Role.STATION_MANAGER || actor.agencyKind !== AgencyKind.POLICE_STATION || !actor.prefectureId) {
      throw new ActivityReportError(ActivityReportErrorCode.NOT_A_STATION_MANAGER);
    }
    const content = this.content(draft);
    const probe = { ...content, id: null, stationAgencyId: actor.agencyId, prefectureId: actor.prefectureId, state: ActivityReportState.DRAFT };
    if (!this.fields.canOn(ctx, ActivityReportAction.CREATE, ACTIVITY_REPORT, probe)) throw new ActivityReportError(ActivityReportErrorCode.NOT_ALLOWED);
    const at = this.clock.now();
    const id = await this.repository.insert(tx.em, { ...content, stationAgencyId: actor.agencyId, prefectureId: actor.prefectureId, filedBy: actor.userId, at });
    tx.emit({
      type: 'activityReport.created', outcome: 'success', ctx, subjectType: ACTIVITY_REPORT, subjectId: id, fields: Object.keys(content),
      prefectureId: actor.prefectureId, details: { stationAgencyId: actor.agencyId, kind: content.kind },
    });
    return id;
  }

  /** Changes the content of a draft or returned report on the version the user saw. */
  async update(ctx: RequestContext, id: string, version: number, changes: ActivityReportChanges): Promise<Projected<ActivityReportRow>> {
    const names = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
    await this.transactions.run(async (tx) => {
      const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, ACTIVITY_REPORT, 'r'), tx.em, true);
      if (!row) throw new NotFoundError('ActivityReport');
      if (row.version !== version) throw new ConflictError();
      if (!EDITABLE_STATES.includes(row.state)) throw new ActivityReportError(ActivityReportErrorCode.NOT_EDITABLE);
      this.fields.assertCanWrite(ctx, ACTIVITY_REPORT, row, names);
      // null clears an optional field; the kind, the date and the place cannot be cleared.
      const cleared = (['kind', 'activityDate', 'place'] as const).filter((f) => changes[f] === null);
      if (cleared.length > 0) throw new BadInputError('Invalid input', cleared.map((field) => ({ field, reason: 'REQUIRED' })));
      const content = this.content({ ...row, ...Object.fromEntries(names.map((n) => [n, (changes as Record<string, unknown>)[n]])) } as ActivityReportDraft);
      if (!(await this.repository.updateContent(tx.em, id, version, content, this.clock.now()))) throw new ConflictError();
      tx.emit({
        type: 'activityReport.updated', outcome: 'success', ctx, subjectType: ACTIVITY_REPORT, subjectId: id, fields: names,
        prefectureId: row.prefectureId, details: { stationAgencyId: row.stationAgencyId, state: row.state },
      });
    });
    return this.get(ctx, id);
  }

  submit(ctx: RequestContext, id: string, version: number): Promise<Projected<ActivityReportRow>> {
    return this.move(ctx, id, version, 'submit', null);
  }

  approve(ctx: RequestContext, id: string, version: number): Promise<Projected<ActivityReportRow>> {
    return this.move(ctx, id, version, 'approve', null);
  }

  /** Sends a submitted report back to its filer with the reason (kept on the report until the next return). */
  returnReport(ctx: RequestContext, id: string, version: number, reason: string): Promise<Projected<ActivityReportRow>> {
    return this.move(ctx, id, version, 'return', reason);
  }

  private async move(ctx: RequestContext, id: string, version: number, transition: ActivityReportTransition, reason: string | null): Promise<Projected<ActivityReportRow>> {
    await this.transactions.run((tx) => this.moveIn(ctx, tx, id, version, transition, reason));
    return this.get(ctx, id);
  }

  /** One step of the machine: visible row, same version, a transition of this state and role, the action granted on this row. */
  async moveIn(ctx: RequestContext, tx: Tx, id: string, version: number, transition: ActivityReportTransition, reason: string | null): Promise<void> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, ACTIVITY_REPORT, 'r'), tx.em, true);
    if (!row) throw new NotFoundError('ActivityReport');
    if (row.version !== version) throw new ConflictError();
    const to = ACTIVITY_REPORT_MACHINE.transition(row.state, transition, { role: ctx.actor?.role ?? null });
    const action = { submit: ActivityReportAction.SUBMIT, approve: ActivityReportAction.APPROVE, return: ActivityReportAction.RETURN }[transition];
    if (!this.fields.canOn(ctx, action, ACTIVITY_REPORT, row)) throw new ActivityReportError(ActivityReportErrorCode.NOT_ALLOWED);
    const returnReason = transition === 'return' ? (reason ?? '').trim() : null;
    if (transition === 'return' && !returnReason) throw new ActivityReportError(ActivityReportErrorCode.REASON_REQUIRED, [{ field: 'reason', reason: 'REQUIRED' }]);
    if (transition === 'submit') this.assertNotFuture(row.activityDate);
    const stamp = transition === 'submit' ? 'submitted' : 'reviewed';
    // The latest return reason stays on the report (the supervisor sees what was asked for when it comes back).
    const keptReason = transition === 'return' ? returnReason : row.returnReason;
    const ok = await this.repository.transition(tx.em, id, version, to, stamp, ctx.actor?.userId ?? null, keptReason, this.clock.now());
    if (!ok) throw new ConflictError();
    tx.emit({
      type: `activityReport.${{ submit: 'submitted', approve: 'approved', return: 'returned' }[transition]}`,
      outcome: 'success', ctx, subjectType: ACTIVITY_REPORT, subjectId: id,
      fields: transition === 'return' ? ['state', 'returnReason'] : ['state'],
      prefectureId: row.prefectureId,
      details: { from: row.state, to, stationAgencyId: row.stationAgencyId, filedBy: row.filedBy, kind: row.kind, activityDate: row.activityDate },
    });
  }

  // ---- reads ----

  async get(ctx: RequestContext, id: string): Promise<Projected<ActivityReportRow>> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, ACTIVITY_REPORT, 'r'));
    if (!row) throw new NotFoundError('ActivityReport');
    return this.fields.project(ctx, ACTIVITY_REPORT, row);
  }

  /** A page of the readable reports, newest activity first unless asked otherwise. */
  async list(
    ctx: RequestContext,
    filter: ActivityReportFilter,
    first: number,
    after?: string | null,
    direction: ActivityReportSortDirection = ActivityReportSortDirection.DESC,
  ): Promise<ActivityReportPage> {
    const counter: ParamCounter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, ACTIVITY_REPORT, 'r', counter);
    const rows = readable.rows;
    const filters = this.filters(readable, filter, counter);
    const date = readable.column('activityDate');
    let cursor: { date: string; id: string } | null = null;
    if (after) {
      const [d, id] = decodeCursor(after, 2);
      assertDate(d, 'after');
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new BadInputError('Invalid cursor', [{ field: 'after', reason: 'INVALID_CURSOR' }]);
      cursor = { date: d, id };
    }
    const found = await this.repository.list({ rows, filters, date, direction, after: cursor, limit: first + 1 });
    const totalCount = await this.repository.count(rows, filters);
    const page = toPage(found, first, (r) => encodeCursor([r.activityDate, r.id]));
    return { ...page, totalCount, nodes: page.nodes.map((r) => this.fields.project(ctx, ACTIVITY_REPORT, r)) };
  }

  /** Totals by station, activity kind or month (JST), summed in SQL over the readable rows only. */
  async totals(ctx: RequestContext, q: ActivityReportTotalsQuery): Promise<ActivityReportTotals> {
    const state = q.state ?? ActivityReportState.APPROVED;
    const counter: ParamCounter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, ACTIVITY_REPORT, 'r', counter);
    const rows = readable.rows;
    const filters = this.filters(readable, { from: q.from, to: q.to, state, stationAgencyId: q.stationAgencyId, kind: q.kind }, counter);
    const guarded = (field: string) => readable.column(field);
    let key: SqlFragment;
    let labelExpr: string | null = null;
    if (q.groupBy === ActivityReportGroupBy.STATION) {
      key = guarded('stationAgencyId');
      labelExpr = 'st.name';
    } else if (q.groupBy === ActivityReportGroupBy.KIND) {
      key = guarded('kind');
    } else {
      const d = guarded('activityDate');
      // activity_date is already the JST calendar date: its month is the JST month.
      key = { sql: `to_char(${d.sql}, 'YYYY-MM')`, params: d.params };
    }
    // Each sum through its guarded column: a count hidden on a row adds nothing (NULL), one hidden everywhere is FORBIDDEN.
    const sums = Object.fromEntries(COUNT_FIELDS.map((f) => [f, guarded(f)]));
    const raw = await this.repository.totals({ rows, filters, key, labelExpr, sums });
    const out: ActivityReportTotalRow[] = raw.map((r) => {
      const k = String(r.key);
      const label = q.groupBy === ActivityReportGroupBy.KIND ? ACTIVITY_KIND_JA[k as ActivityKind] ?? k : q.groupBy === ActivityReportGroupBy.STATION ? String(r.label ?? '') : k;
      return {
        key: k, label, reports: Number(r.reports),
        ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, Number(r[f])])) as Record<(typeof COUNT_FIELDS)[number], number>),
      };
    });
    const overall: ActivityReportTotalRow = { key: 'ALL', label: '合計', reports: 0, participants: 0, foreignResidentsReached: 0, interpreters: 0, inspections: 0, arrests: 0 };
    for (const r of out) {
      overall.reports += r.reports;
      for (const f of COUNT_FIELDS) overall[f] += r[f];
    }
    return { groupBy: q.groupBy, from: q.from, to: q.to, state, rows: out, overall };
  }

  // ---- helpers ----

  /** Filters on guarded columns: a filter on a field the actor may not read is FORBIDDEN. */
  private filters(readable: ReadableQuery, f: ActivityReportFilter, counter: ParamCounter): SqlFragment[] {
    const out: SqlFragment[] = [];
    const add = (field: string, op: string, value: unknown, cast = '') => {
      const col = readable.column(field);
      const name = `flt_${counter.next++}`;
      out.push({ sql: `${col.sql} ${op} ${cast ? `CAST(:${name} AS ${cast})` : `:${name}`}`, params: { ...col.params, [name]: value } });
    };
    if (f.from) assertDate(f.from, 'from');
    if (f.to) assertDate(f.to, 'to');
    if (f.from && f.to && f.from > f.to) throw new ActivityReportError(ActivityReportErrorCode.INVALID_DATE, [{ field: 'to', reason: 'BEFORE_FROM' }]);
    if (f.stationAgencyId) add('stationAgencyId', '=', f.stationAgencyId, 'uuid');
    if (f.kind) add('kind', '=', f.kind);
    if (f.state) add('state', '=', f.state);
    if (f.from) add('activityDate', '>=', f.from, 'date');
    if (f.to) add('activityDate', '<=', f.to, 'date');
    return out;
  }

  /** Normalizes and checks what the filer wrote. */
  private content(d: ActivityReportDraft): ActivityReportContent {
    assertDate(d.activityDate, 'activityDate');
    this.assertNotFuture(d.activityDate);
    const notes = d.notes?.trim();
    const place = d.place.trim();
    if (!place) throw new BadInputError('Invalid input', [{ field: 'place', reason: 'REQUIRED' }]);
    return {
      kind: d.kind,
      activityDate: d.activityDate,
      place,
      participants: d.participants ?? 0,
      foreignResidentsReached: d.foreignResidentsReached ?? 0,
      interpreters: d.interpreters ?? 0,
      languages: cleanList(d.languages),
      inspections: d.inspections ?? 0,
      arrests: d.arrests ?? 0,
      partnerAgencies: cleanList(d.partnerAgencies),
      notes: notes ? notes : null,
    };
  }

  /** A report records what was done: an activity date after today (JST) is refused. */
  private assertNotFuture(date: string): void {
    const todayJst = new Date(this.clock.now().getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
    if (date > todayJst) throw new ActivityReportError(ActivityReportErrorCode.FUTURE_DATE, [{ field: 'activityDate', reason: 'FUTURE_DATE' }]);
  }

  // ---- demo seeder ----

  demoExists(tx: Tx, stationAgencyId: string, activityDate: string, place: string): Promise<boolean> {
    return this.repository.demoExists(tx.em, stationAgencyId, activityDate, place);
  }

  async versionIn(tx: Tx, ctx: RequestContext, id: string): Promise<number> {
    const row = await this.repository.find(id, this.fields.rowsSql(ctx, READ, ACTIVITY_REPORT, 'r'), tx.em);
    if (!row) throw new NotFoundError('ActivityReport');
    return row.version;
  }

  /** A report of a station without demo users, taken over as approved from the paper register. */
  async demoApprovedFromPaper(tx: Tx, stationCode: string, draft: ActivityReportDraft): Promise<boolean> {
    const station = await this.repository.demoStation(tx.em, stationCode);
    if (!station) return false;
    const content = this.content(draft);
    if (await this.repository.demoExists(tx.em, station.id, content.activityDate, content.place)) return false;
    const id = await this.repository.insertApprovedFromPaper(tx.em, { ...content, stationAgencyId: station.id, prefectureId: station.prefectureId, filedBy: null, at: this.clock.now() });
    tx.emit({
      type: 'activityReport.imported', outcome: 'success', ctx: RequestContext.system('cli'), subjectType: ACTIVITY_REPORT, subjectId: id,
      prefectureId: station.prefectureId, details: { stationAgencyId: station.id },
    });
    return true;
  }

}

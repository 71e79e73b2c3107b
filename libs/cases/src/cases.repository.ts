import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import { CASE_SUBJECT, COMMENT_SUBJECT, TASK_SUBJECT, CASE_EVENT_SUBJECT } from './cases.fields';
import type { AttachmentRow, Audience, CaseEventRow, CaseRow, CommentRow, TaskRow, TaskState } from './cases.types';

const col = (expr: string, alias: string) => expr.replaceAll('{alias}', alias);

/** Every column of a case row, the condition fields included (the field rules test them). */
const CASE_SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.reference AS "reference", ${a}.type AS "type", ${a}.state AS "state",
  ${a}.priority AS "priority", ${a}.title AS "title", ${a}.prefecture_id AS "prefectureId",
  ${a}.owning_agency_id AS "owningAgencyId", ${a}.owning_unit_id AS "owningUnitId", ${a}.filed_by AS "filedBy",
  ${a}.filed_at AS "filedAt", ${a}.closed_at AS "closedAt", ${a}.updated_at AS "updatedAt", ${a}.version AS "version",
  ${col(CASE_SUBJECT.columns.assigneeIds.expr, a)} AS "assigneeIds",
  ${col(CASE_SUBJECT.columns.taskAgencyIds.expr, a)} AS "taskAgencyIds"`;

const CASE_CONTEXT = (a: string, s: typeof TASK_SUBJECT) => `
  ${col(s.columns.caseType.expr, a)} AS "caseType",
  ${col(s.columns.casePrefectureId.expr, a)} AS "casePrefectureId",
  ${col(s.columns.caseOwningAgencyId.expr, a)} AS "caseOwningAgencyId",
  ${col(s.columns.caseAssigneeIds.expr, a)} AS "caseAssigneeIds"`;

const TASK_SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.case_id AS "caseId", ${a}.agency_id AS "agencyId", ${a}.kind AS "kind", ${a}.request AS "request",
  ${a}.legal_basis AS "legalBasis", ${a}.scope_refs AS "scopeRefs", ${a}.due_at AS "dueAt", ${a}.state AS "state",
  ${a}.answer AS "answer", ${a}.answered_by AS "answeredBy", ${a}.answered_at AS "answeredAt",
  ${a}.rejection_reason AS "rejectionReason", ${a}.created_by AS "createdBy", ${a}.created_at AS "createdAt",
  ${a}.updated_at AS "updatedAt", ${a}.version AS "version", ${CASE_CONTEXT(a, TASK_SUBJECT)}`;

const AUDIENCE_SELECT = (a: string, s: typeof COMMENT_SUBJECT) => `
  ${a}.case_id AS "caseId", ${a}.audience AS "audience", ${a}.audience_agency_id AS "audienceAgencyId",
  ${CASE_CONTEXT(a, s)}, ${col(s.columns.caseTaskAgencyIds.expr, a)} AS "caseTaskAgencyIds"`;

export interface CaseListQuery {
  rows: SqlFragment;
  filters: SqlFragment[];
  sort: { sql: string; params: Record<string, unknown>; direction: 'ASC' | 'DESC' };
  after: { key: string | null; id: string } | null;
  limit: number;
}

export interface NewCase {
  type: string;
  state: string;
  priority: string;
  title: string;
  prefectureId: string;
  owningAgencyId: string;
  owningUnitId: string | null;
  filedBy: string;
  at: Date;
}

export interface NewTask {
  caseId: string;
  agencyId: string;
  kind: string;
  request: string;
  legalBasis: string | null;
  scopeRefs: string[];
  dueAt: Date | null;
  createdBy: string;
  at: Date;
}

export interface NewCaseEvent {
  caseId: string;
  at: Date;
  actorUserId: string | null;
  type: string;
  audience: Audience;
  audienceAgencyId: string | null;
  taskId: string | null;
  data: Record<string, unknown>;
}

/** The only place in the cases lib that touches SQL. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  /** The next reference number of a prefecture and year, e.g. 甲-2026-000123 (gap-free per transaction). */
  async nextReference(em: EntityManager, prefectureId: string, year: number): Promise<string> {
    const rows: { last_value: number; short_name: string }[] = await em.query(
      `INSERT INTO case_sequences (prefecture_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (prefecture_id, year) DO UPDATE SET last_value = case_sequences.last_value + 1
       RETURNING last_value, (SELECT short_name FROM prefectures WHERE id = $1) AS short_name`,
      [prefectureId, year],
    );
    return `${rows[0].short_name}-${year}-${String(rows[0].last_value).padStart(6, '0')}`;
  }

  async insertCase(em: EntityManager, c: NewCase, reference: string): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO cases (reference, type, state, priority, title, prefecture_id, owning_agency_id, owning_unit_id, filed_by, filed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [reference, c.type, c.state, c.priority, c.title, c.prefectureId, c.owningAgencyId, c.owningUnitId, c.filedBy, c.at],
    );
    return rows[0].id;
  }

  /** The users among `userIds` that are active members of `agencyId` (assignees come from the owning unit). */
  async membersOf(em: EntityManager, agencyId: string, userIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM users WHERE agency_id = $1 AND active AND id = ANY($2::uuid[])`, [agencyId, userIds]);
    return rows.map((r) => r.id);
  }

  /** Replaces the assignees, on the version the user saw (false when it changed meanwhile). */
  async replaceAssignees(em: EntityManager, caseId: string, version: number, userIds: string[], at: Date): Promise<boolean> {
    const result = await em.query(`UPDATE cases SET version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2`, [caseId, version, at]);
    if (((result as [unknown, number])[1] ?? 0) !== 1) return false;
    await em.query(`DELETE FROM case_assignees WHERE case_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [caseId, userIds]);
    await this.assign(em, caseId, userIds, at);
    return true;
  }

  async assign(em: EntityManager, caseId: string, userIds: string[], at: Date): Promise<void> {
    if (userIds.length === 0) return;
    await em.query(
      `INSERT INTO case_assignees (case_id, user_id, assigned_at) SELECT $1, u, $3 FROM unnest($2::uuid[]) AS u
       ON CONFLICT DO NOTHING`,
      [caseId, userIds, at],
    );
  }

  async findCase(id: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<CaseRow | null> {
    const qb = this.qb(em).select(CASE_SELECT('c')).from('cases', 'c').where('c.id = :caseId', { caseId: id }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    return ((await qb.getRawOne()) as CaseRow | undefined) ?? null;
  }

  async findCases(ids: readonly string[], rows: SqlFragment): Promise<CaseRow[]> {
    return (await this.qb().select(CASE_SELECT('c')).from('cases', 'c').where('c.id = ANY(:caseIds)', { caseIds: ids }).andWhere(rows.sql, rows.params).getRawMany()) as CaseRow[];
  }

  async openTaskCounts(caseIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { case_id: string; n: number }[] = await this.dataSource.query(
      `SELECT case_id, count(*)::int AS n FROM tasks WHERE case_id = ANY($1) AND state IN ('OPEN','ACKNOWLEDGED','OVERDUE') GROUP BY case_id`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, r.n]));
  }

  async listCases(q: CaseListQuery): Promise<(CaseRow & { sortKey: unknown })[]> {
    const qb = this.qb()
      .select(CASE_SELECT('c'))
      .addSelect(`(${q.sort.sql})`, 'sortKey')
      .from('cases', 'c')
      .where(q.rows.sql, q.rows.params)
      .setParameters(q.sort.params);
    for (const f of q.filters) qb.andWhere(f.sql, f.params);
    const dir = q.sort.direction;
    if (q.after) {
      // Keyset paging on (sort key, id); NULL keys sort last in both directions.
      const op = dir === 'ASC' ? '>' : '<';
      if (q.after.key === null) {
        qb.andWhere(`((${q.sort.sql}) IS NULL AND c.id ${op} :afterId)`, { afterId: q.after.id });
      } else {
        qb.andWhere(
          `((${q.sort.sql}) ${op} :afterKey OR ((${q.sort.sql}) = :afterKey AND c.id ${op} :afterId) OR (${q.sort.sql}) IS NULL)`,
          { afterKey: q.after.key, afterId: q.after.id },
        );
      }
    }
    qb.orderBy(`(${q.sort.sql})`, dir, 'NULLS LAST').addOrderBy('c.id', dir).limit(q.limit);
    return (await qb.getRawMany()) as (CaseRow & { sortKey: unknown })[];
  }

  /**
   * Optimistic concurrency: applies only to the version the user saw. False when someone else
   * changed the case first (the caller answers CONFLICT and nothing changes).
   */
  async updateCaseState(em: EntityManager, id: string, version: number, state: string, closedAt: Date | null | undefined, at: Date): Promise<boolean> {
    const result = await em.query(
      `UPDATE cases SET state = $3, closed_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE closed_at END,
              updated_at = $6, version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, version, state, closedAt !== undefined, closedAt ?? null, at],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  async touchCase(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE cases SET updated_at = $2 WHERE id = $1`, [id, at]);
  }

  async insertTask(em: EntityManager, t: NewTask): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO tasks (case_id, agency_id, kind, request, legal_basis, scope_refs, due_at, state, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8, $9, $9) RETURNING id`,
      [t.caseId, t.agencyId, t.kind, t.request, t.legalBasis, t.scopeRefs, t.dueAt, t.createdBy, t.at],
    );
    return rows[0].id;
  }

  async findTask(id: string, rows: SqlFragment, em?: EntityManager): Promise<TaskRow | null> {
    const qb = this.qb(em).select(TASK_SELECT('t')).from('tasks', 't').where('t.id = :taskId', { taskId: id }).andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as TaskRow | undefined) ?? null;
  }

  /** Tasks of many cases in one statement (the DataLoader behind `Case.tasks`). */
  async tasksOfCases(caseIds: readonly string[], rows: SqlFragment): Promise<TaskRow[]> {
    return (await this.qb()
      .select(TASK_SELECT('t'))
      .from('tasks', 't')
      .where('t.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany()) as TaskRow[];
  }

  async listTasks(rows: SqlFragment, filters: SqlFragment[], after: { dueAt: string | null; id: string } | null, limit: number): Promise<TaskRow[]> {
    const qb = this.qb().select(TASK_SELECT('t')).from('tasks', 't').where(rows.sql, rows.params);
    for (const f of filters) qb.andWhere(f.sql, f.params);
    if (after) {
      // Inbox order: earliest due first, tasks without a due date last.
      if (after.dueAt === null) qb.andWhere('(t.due_at IS NULL AND t.id > :afterId)', { afterId: after.id });
      else qb.andWhere('(t.due_at > :afterDue OR (t.due_at = :afterDue AND t.id > :afterId) OR t.due_at IS NULL)', { afterDue: after.dueAt, afterId: after.id });
    }
    return (await qb.orderBy('t.due_at', 'ASC', 'NULLS LAST').addOrderBy('t.id', 'ASC').limit(limit).getRawMany()) as TaskRow[];
  }

  async updateTask(
    em: EntityManager,
    id: string,
    version: number,
    changes: { state: TaskState; answer?: string | null; answeredBy?: string | null; answeredAt?: Date | null; rejectionReason?: string | null },
    at: Date,
  ): Promise<boolean> {
    const result = await em.query(
      `UPDATE tasks SET state = $3,
              answer = CASE WHEN $4::boolean THEN $5 ELSE answer END,
              answered_by = CASE WHEN $11::boolean THEN $6::uuid ELSE answered_by END,
              answered_at = CASE WHEN $11::boolean THEN $7::timestamptz ELSE answered_at END,
              rejection_reason = CASE WHEN $8::boolean THEN $9 ELSE rejection_reason END,
              updated_at = $10, version = version + 1
        WHERE id = $1 AND version = $2`,
      [
        id, version, changes.state,
        changes.answer !== undefined, changes.answer ?? null, changes.answeredBy ?? null, changes.answeredAt ?? null,
        changes.rejectionReason !== undefined, changes.rejectionReason ?? null, at,
        // a rejection is an answer too: who and when are recorded for both
        changes.answeredAt !== undefined,
      ],
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }

  async openTaskCount(caseId: string, em: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM tasks WHERE case_id = $1 AND state IN ('OPEN','ACKNOWLEDGED','OVERDUE')`,
      [caseId],
    );
    return rows[0].n;
  }

  async insertComment(em: EntityManager, c: { caseId: string; audience: Audience; audienceAgencyId: string | null; body: string; authorId: string; authorAgencyId: string; at: Date }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO comments (case_id, audience, audience_agency_id, body, author_id, author_agency_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [c.caseId, c.audience, c.audienceAgencyId, c.body, c.authorId, c.authorAgencyId, c.at],
    );
    return rows[0].id;
  }

  async commentsOfCases(caseIds: readonly string[], rows: SqlFragment): Promise<CommentRow[]> {
    return (await this.qb()
      .select(`cm.id AS "id", cm.body AS "body", cm.author_id AS "authorId", cm.author_agency_id AS "authorAgencyId", cm.created_at AS "createdAt", ${AUDIENCE_SELECT('cm', COMMENT_SUBJECT)}`)
      .from('comments', 'cm')
      .where('cm.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('cm.seq', 'ASC')
      .getRawMany()) as CommentRow[];
  }

  async insertAttachment(em: EntityManager, a: Omit<AttachmentRow, 'id' | 'caseType' | 'casePrefectureId' | 'caseOwningAgencyId' | 'caseAssigneeIds' | 'caseTaskAgencyIds'>): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO attachments (case_id, comment_id, audience, audience_agency_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [a.caseId, a.commentId, a.audience, a.audienceAgencyId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.storageKey, a.uploadedBy, a.uploadedAgencyId, a.createdAt],
    );
    return rows[0].id;
  }

  async attachments(where: { caseIds?: readonly string[]; id?: string }, rows: SqlFragment): Promise<AttachmentRow[]> {
    const qb = this.qb()
      .select(`at.id AS "id", at.comment_id AS "commentId", at.file_name AS "fileName", at.content_type AS "contentType",
               at.size_bytes::int AS "sizeBytes", at.sha256 AS "sha256", at.storage_key AS "storageKey", at.uploaded_by AS "uploadedBy",
               at.uploaded_agency_id AS "uploadedAgencyId", at.created_at AS "createdAt", ${AUDIENCE_SELECT('at', COMMENT_SUBJECT)}`)
      .from('attachments', 'at')
      .where(rows.sql, rows.params);
    if (where.caseIds) qb.andWhere('at.case_id = ANY(:attCaseIds)', { attCaseIds: where.caseIds });
    if (where.id) qb.andWhere('at.id = :attId', { attId: where.id });
    return (await qb.orderBy('at.seq', 'ASC').getRawMany()) as AttachmentRow[];
  }

  async insertEvent(em: EntityManager, e: NewCaseEvent): Promise<void> {
    await em.query(
      `INSERT INTO case_events (case_id, occurred_at, actor_user_id, type, audience, audience_agency_id, task_id, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [e.caseId, e.at, e.actorUserId, e.type, e.audience, e.audienceAgencyId, e.taskId, JSON.stringify(e.data)],
    );
  }

  async eventsOfCases(caseIds: readonly string[], rows: SqlFragment): Promise<CaseEventRow[]> {
    return (await this.qb()
      .select(`ev.id::text AS "id", ev.occurred_at AS "occurredAt", ev.actor_user_id AS "actorUserId", ev.type AS "type",
               ev.task_id AS "taskId", ev.data::text AS "data", ${AUDIENCE_SELECT('ev', CASE_EVENT_SUBJECT)}`)
      .from('case_events', 'ev')
      .where('ev.case_id = ANY(:caseIds)', { caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('ev.id', 'ASC')
      .getRawMany()) as CaseEventRow[];
  }

  /** A draft row for a new comment, with the condition fields its case gives it. */
  async caseContext(em: EntityManager, caseId: string): Promise<Omit<CommentRow, 'id' | 'body' | 'authorId' | 'authorAgencyId' | 'createdAt' | 'audience' | 'audienceAgencyId'> | null> {
    const rows = await em.query(
      `SELECT c.id AS "caseId", c.type AS "caseType", c.prefecture_id AS "casePrefectureId", c.owning_agency_id AS "caseOwningAgencyId",
              ${col(CASE_SUBJECT.columns.assigneeIds.expr, 'c')} AS "caseAssigneeIds",
              ${col(CASE_SUBJECT.columns.taskAgencyIds.expr, 'c')} AS "caseTaskAgencyIds"
         FROM cases c WHERE c.id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  async insertEntities(em: EntityManager, caseId: string, entities: { kind: string; normalized: string }[], at: Date): Promise<number> {
    if (entities.length === 0) return 0;
    const result = await em.query(
      `INSERT INTO case_entities (case_id, kind, normalized, created_at)
       SELECT $1, k, n, $4 FROM unnest($2::text[], $3::text[]) AS e(k, n)
       ON CONFLICT (case_id, kind, normalized) DO NOTHING`,
      [caseId, entities.map((e) => e.kind), entities.map((e) => e.normalized), at],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  /**
   * Other cases naming an entity these cases name, among the rows the actor may read (`rows` on
   * alias c): a case the actor cannot read is never joined, so nothing about it leaks.
   */
  async linkedCases(caseIds: readonly string[], rows: SqlFragment): Promise<(CaseRow & { fromCaseId: string; kind: string })[]> {
    return (await this.qb()
      .select(`DISTINCT e1.case_id AS "fromCaseId", e1.kind AS "kind", ${CASE_SELECT('c')}`)
      .from('case_entities', 'e1')
      .innerJoin('case_entities', 'e2', 'e2.kind = e1.kind AND e2.normalized = e1.normalized AND e2.case_id <> e1.case_id')
      .innerJoin('cases', 'c', 'c.id = e2.case_id')
      .where('e1.case_id = ANY(:linkIds)', { linkIds: caseIds })
      .andWhere(rows.sql, rows.params)
      .orderBy('"reference"', 'ASC')
      .getRawMany()) as (CaseRow & { fromCaseId: string; kind: string })[];
  }

  /** Who a case's notifications go to: its reference, its station, its prefecture's HQ, the agencies tasked. */
  async notificationContext(em: EntityManager, caseId: string): Promise<{ reference: string; owningAgencyId: string; hqAgencyId: string | null; taskAgencyIds: string[] } | null> {
    const rows = await em.query(
      `SELECT c.reference, c.owning_agency_id AS "owningAgencyId",
              (SELECT a.id FROM agencies a WHERE a.kind = 'POLICE_HQ' AND a.prefecture_id = c.prefecture_id AND a.active LIMIT 1) AS "hqAgencyId",
              ${col(CASE_SUBJECT.columns.taskAgencyIds.expr, 'c')} AS "taskAgencyIds"
         FROM cases c WHERE c.id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  async agencyExists(em: EntityManager, agencyId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM agencies WHERE id = $1 AND active`, [agencyId]);
    return rows.length === 1;
  }
}

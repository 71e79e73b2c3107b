import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '@renkei/authz';
import type { ActivityReportContent, ActivityReportRow, ActivityReportState, NewActivityReport } from './reports.types';
import { returnedRows } from '@renkei/core';

const SELECT = (a: string) => `
  ${a}.id AS "id", ${a}.station_agency_id AS "stationAgencyId", st.name AS "stationName", ${a}.prefecture_id AS "prefectureId",
  ${a}.kind AS "kind", to_char(${a}.activity_date, 'YYYY-MM-DD') AS "activityDate", ${a}.place AS "place",
  ${a}.participants AS "participants", ${a}.foreign_residents_reached AS "foreignResidentsReached", ${a}.interpreters AS "interpreters",
  ${a}.languages AS "languages", ${a}.inspections AS "inspections", ${a}.arrests AS "arrests", ${a}.partner_agencies AS "partnerAgencies",
  ${a}.notes AS "notes", ${a}.state AS "state", ${a}.return_reason AS "returnReason", ${a}.filed_by AS "filedBy",
  ${a}.submitted_by AS "submittedBy", ${a}.submitted_at AS "submittedAt", ${a}.reviewed_by AS "reviewedBy", ${a}.reviewed_at AS "reviewedAt",
  ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt", ${a}.version AS "version"`;

export interface ReportListQuery {
  rows: SqlFragment;
  filters: SqlFragment[];
  /** the (guarded) date expression the page is ordered by */
  date: SqlFragment;
  direction: 'ASC' | 'DESC';
  after: { date: string; id: string } | null;
  limit: number;
}

export interface ReportTotalsQuery {
  rows: SqlFragment;
  filters: SqlFragment[];
  /** the grouping key expression (guarded; its params go along) and, for stations, the name to show */
  key: SqlFragment;
  labelExpr: string | null;
  /** guarded expressions of the summed counts, by output name */
  sums: Record<string, SqlFragment>;
}

/** Transitions write these columns only (never user input). */
const STAMP_COLUMNS = { submitted: ['submitted_by', 'submitted_at'], reviewed: ['reviewed_by', 'reviewed_at'] } as const;

/** The only place in the reports lib that touches SQL. Every read takes the caller's row condition. */
@Injectable()
export class ActivityReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return (em ?? this.dataSource.manager).createQueryBuilder() as SelectQueryBuilder<Record<string, unknown>>;
  }

  private base(em?: EntityManager): SelectQueryBuilder<Record<string, unknown>> {
    return this.qb(em).select(SELECT('r')).from('activity_reports', 'r').leftJoin('agencies', 'st', 'st.id = r.station_agency_id');
  }

  async insert(em: EntityManager, r: NewActivityReport): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO activity_reports (station_agency_id, prefecture_id, kind, activity_date, place, participants, foreign_residents_reached,
         interpreters, languages, inspections, arrests, partner_agencies, notes, filed_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9::text[], $10, $11, $12::text[], $13, $14, $15, $15) RETURNING id`,
      [r.stationAgencyId, r.prefectureId, r.kind, r.activityDate, r.place, r.participants, r.foreignResidentsReached, r.interpreters,
        r.languages, r.inspections, r.arrests, r.partnerAgencies, r.notes, r.filedBy, r.at],
    );
    return rows[0].id;
  }

  async find(id: string, rows: SqlFragment, em?: EntityManager, lock = false): Promise<ActivityReportRow | null> {
    const qb = this.base(em).where('r.id = :id', { id }).andWhere(rows.sql, rows.params);
    if (lock) qb.setLock('pessimistic_write', undefined, ['r']);
    return ((await qb.getRawOne()) as ActivityReportRow | undefined) ?? null;
  }

  /** Writes the content on the version the user saw; false when someone else changed it first. */
  async updateContent(em: EntityManager, id: string, version: number, c: ActivityReportContent, at: Date): Promise<boolean> {
    const rows = returnedRows(await em.query(
      `UPDATE activity_reports SET kind = $3, activity_date = $4::date, place = $5, participants = $6, foreign_residents_reached = $7,
         interpreters = $8, languages = $9::text[], inspections = $10, arrests = $11, partner_agencies = $12::text[], notes = $13,
         updated_at = $14, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, c.kind, c.activityDate, c.place, c.participants, c.foreignResidentsReached, c.interpreters, c.languages, c.inspections,
        c.arrests, c.partnerAgencies, c.notes, at],
    ));
    return rows.length > 0;
  }

  /** Moves the report to `to`, stamping who and when; false when the version moved on. */
  async transition(
    em: EntityManager,
    id: string,
    version: number,
    to: ActivityReportState,
    stamp: keyof typeof STAMP_COLUMNS,
    userId: string | null,
    returnReason: string | null,
    at: Date,
  ): Promise<boolean> {
    const [byCol, atCol] = STAMP_COLUMNS[stamp];
    const rows = returnedRows(await em.query(
      `UPDATE activity_reports SET state = $3, ${byCol} = $4, ${atCol} = $5, return_reason = $6, updated_at = $5, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, to, userId, at, returnReason],
    ));
    return rows.length > 0;
  }

  /** One page ordered by activity date, then id (keyset: the cursor is the last row's date and id). */
  async list(q: ReportListQuery): Promise<ActivityReportRow[]> {
    const qb = this.base().where(q.rows.sql, q.rows.params).setParameters(q.date.params);
    for (const f of q.filters) qb.andWhere(f.sql, f.params);
    const date = `(${q.date.sql})`;
    if (q.after) {
      const cmp = q.direction === 'DESC' ? '<' : '>';
      qb.andWhere(`(${date} ${cmp} CAST(:afterDate AS date) OR (${date} = CAST(:afterDate AS date) AND r.id ${cmp} :afterId))`, {
        afterDate: q.after.date, afterId: q.after.id,
      });
    }
    return (await qb.orderBy(date, q.direction).addOrderBy('r.id', q.direction).limit(q.limit).getRawMany()) as ActivityReportRow[];
  }

  async count(rows: SqlFragment, filters: SqlFragment[]): Promise<number> {
    const qb = this.qb().select('count(*)::int', 'n').from('activity_reports', 'r').where(rows.sql, rows.params);
    for (const f of filters) qb.andWhere(f.sql, f.params);
    const found = (await qb.getRawOne()) as { n: number } | undefined;
    return found?.n ?? 0;
  }

  /** Sums over the readable rows, grouped by one key, aggregated in SQL. */
  async totals(q: ReportTotalsQuery): Promise<Record<string, unknown>[]> {
    const sums = Object.entries(q.sums).map(([name, expr]) => `COALESCE(sum(${expr.sql}), 0)::int AS "${name}"`).join(', ');
    const label = q.labelExpr ? `min(${q.labelExpr})` : 'NULL';
    const key = `(${q.key.sql})`;
    const qb = this.qb()
      .select(`${key} AS "key", ${label} AS "label", count(*)::int AS "reports", ${sums}`)
      .from('activity_reports', 'r')
      .leftJoin('agencies', 'st', 'st.id = r.station_agency_id')
      .where(q.rows.sql, q.rows.params)
      .setParameters(q.key.params);
    for (const s of Object.values(q.sums)) qb.setParameters(s.params);
    for (const f of q.filters) qb.andWhere(f.sql, f.params);
    // By position: the key expression carries parameters, which GROUP BY would not match textually.
    return qb.groupBy('1').orderBy('1', 'ASC').getRawMany();
  }

  // ---- demo seeder ----

  async demoExists(em: EntityManager, stationAgencyId: string, activityDate: string, place: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM activity_reports WHERE station_agency_id = $1 AND activity_date = $2::date AND place = $3`,
      [stationAgencyId, activityDate, place],
    );
    return rows.length > 0;
  }

  /** Demo: a police station of a prefecture (by the prefecture's code) and the prefecture's id. */
  async demoStation(em: EntityManager, agencyCode: string): Promise<{ id: string; prefectureId: string } | null> {
    const rows: { id: string; prefectureId: string }[] = await em.query(
      `SELECT id, prefecture_id AS "prefectureId" FROM agencies WHERE code = $1 AND kind = 'POLICE_STATION' AND prefecture_id IS NOT NULL`,
      [agencyCode],
    );
    return rows[0] ?? null;
  }

  /** Demo: a report taken over from the paper register, already approved (no user of its station exists in the demo). */
  async insertApprovedFromPaper(em: EntityManager, r: NewActivityReport): Promise<string> {
    const id = await this.insert(em, r);
    await em.query(`UPDATE activity_reports SET state = 'APPROVED', submitted_at = $2, reviewed_at = $2 WHERE id = $1`, [id, r.at]);
    return id;
  }
}

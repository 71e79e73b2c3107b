import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@renkei/core';
import type { SqlFragment } from '@renkei/authz';
import { ExportState, type ExportFormat, type ExportJobRow } from './exports.types';

const JOB_SELECT = `
  j.id::text AS id, j.source, j.format, j.params, j.state, j.requested_by::text AS "requestedBy",
  j.requested_agency_id::text AS "requestedAgencyId", j.row_count AS "rowCount", j.progress, j.file_key AS "fileKey",
  j.sha256, j.size_bytes::float8 AS "sizeBytes", j.error_code AS "errorCode", j.created_at AS "createdAt",
  j.started_at AS "startedAt", j.finished_at AS "finishedAt", j.expires_at AS "expiresAt"`;

export interface JobUpdate {
  state?: ExportState;
  rowCount?: number;
  progress?: number;
  fileKey?: string | null;
  sha256?: string | null;
  sizeBytes?: number | null;
  errorCode?: string | null;
  startedAt?: Date | null;
  finishedAt?: Date | null;
  expiresAt?: Date | null;
}

const UPDATE_COLUMNS: Record<keyof JobUpdate, string> = {
  state: 'state', rowCount: 'row_count', progress: 'progress', fileKey: 'file_key', sha256: 'sha256', sizeBytes: 'size_bytes',
  errorCode: 'error_code', startedAt: 'started_at', finishedAt: 'finished_at', expiresAt: 'expires_at',
};

/** The only place of the exports lib that touches SQL. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertJob(em: EntityManager, job: { source: string; format: ExportFormat; params: Record<string, unknown>; requestedBy: string; requestedAgencyId: string; at: Date }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO export_jobs (source, format, params, state, requested_by, requested_agency_id, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, 'QUEUED', $4, $5, $6, $6) RETURNING id::text AS id`,
      [job.source, job.format, JSON.stringify(job.params), job.requestedBy, job.requestedAgencyId, job.at],
    );
    return rows[0].id;
  }

  /** One job, under the row condition given (the requester's own jobs), or unconditioned for the job processor. */
  async findJob(id: string, rows: SqlFragment | null, em?: EntityManager): Promise<ExportJobRow | null> {
    const qb = (em ?? this.dataSource.manager).createQueryBuilder().select(JOB_SELECT).from('export_jobs', 'j').where('j.id = :jobId', { jobId: id });
    if (rows) qb.andWhere(rows.sql, rows.params);
    return ((await qb.getRawOne()) as ExportJobRow | undefined) ?? null;
  }

  async listJobs(rows: SqlFragment, requestedBy: string, after: { createdAt: Date; id: string } | null, limit: number): Promise<ExportJobRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder()
      .select(JOB_SELECT)
      .from('export_jobs', 'j')
      .where(rows.sql, rows.params)
      .andWhere('j.requested_by = :mine', { mine: requestedBy });
    if (after) qb.andWhere('(j.created_at, j.id) < (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
    return (await qb.orderBy('j.created_at', 'DESC').addOrderBy('j.id', 'DESC').limit(limit).getRawMany()) as ExportJobRow[];
  }

  async activeJobCount(requestedBy: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM export_jobs WHERE requested_by = $1 AND state IN ('QUEUED','RUNNING')`,
      [requestedBy],
    );
    return rows[0].n;
  }

  async updateJob(id: string, changes: JobUpdate, at: Date, em?: EntityManager): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id, at];
    for (const [key, value] of Object.entries(changes) as [keyof JobUpdate, unknown][]) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${UPDATE_COLUMNS[key]} = $${params.length}`);
    }
    await (em ?? this.dataSource.manager).query(`UPDATE export_jobs SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
  }

  /** Done jobs whose file expired: marked EXPIRED, their file keys returned for deletion. */
  async expireDue(now: Date): Promise<{ id: string; fileKey: string | null }[]> {
    return this.dataSource.query(
      `UPDATE export_jobs SET state = 'EXPIRED', updated_at = $1 WHERE state = 'DONE' AND expires_at <= $1
       RETURNING id::text AS id, file_key AS "fileKey"`,
      [now],
    ).then((r: [{ id: string; fileKey: string | null }[], number] | { id: string; fileKey: string | null }[]) => (Array.isArray(r[0]) ? (r as [{ id: string; fileKey: string | null }[], number])[0] : (r as { id: string; fileKey: string | null }[])));
  }

  /** Exports left QUEUED/RUNNING since before `startedBefore` (their worker was lost): marked FAILED. */
  async failInterrupted(startedBefore: Date, now: Date): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE export_jobs SET state = 'FAILED', error_code = 'INTERRUPTED', finished_at = $2, updated_at = $2
        WHERE state IN ('QUEUED', 'RUNNING') AND created_at < $1`,
      [startedBefore, now],
    )) as [unknown, number];
    return count;
  }

  /**
   * The requester as an actor, as of now: null when the user or its agency is disabled, so a
   * job never runs for someone who may no longer sign in. Role and agency are read fresh.
   */
  async actorById(userId: string): Promise<Actor | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT u.id::text AS "userId", u.username, u.role, u.unit_id::text AS "unitId", u.authz_version AS "authzVersion",
              a.id::text AS "agencyId", a.kind AS "agencyKind", a.parent_agency_id::text AS "parentAgencyId", a.prefecture_id::text AS "prefectureId"
         FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1 AND u.active AND a.active`,
      [userId],
    );
    return rows[0] ? ({ ...rows[0], sessionId: null } as unknown as Actor) : null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DeadlineEntity } from '../entities/deadline.entity';
import type { Deadline, DeadlineState, ScheduleDeadlineInput } from './deadline.types';

const COLUMNS = `id, kind, subject_type AS "subjectType", subject_id AS "subjectId", prefecture_id AS "prefectureId",
  due_at AS "dueAt", warn_at AS "warnAt", state, warned_at AS "warnedAt", breached_at AS "breachedAt",
  escalated_at AS "escalatedAt", completed_at AS "completedAt", cancelled_at AS "cancelledAt",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;

const OPEN = `state IN ('pending','warned','breached')`;

/** The columns a service may change, with their SQL names. */
const WRITABLE = {
  prefectureId: 'prefecture_id',
  dueAt: 'due_at',
  warnAt: 'warn_at',
  state: 'state',
  warnedAt: 'warned_at',
  breachedAt: 'breached_at',
  escalatedAt: 'escalated_at',
  completedAt: 'completed_at',
  cancelledAt: 'cancelled_at',
} as const;

export type DeadlineChanges = Partial<{
  -readonly [K in keyof typeof WRITABLE]: K extends 'state' ? DeadlineState : K extends 'prefectureId' ? string | null : Date | null;
}>;

/** The only place in workflow that touches SQL. Writes take the caller's transaction. */
@Injectable()
export class DeadlineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open deadline of a subject for a kind, locked for the rest of the transaction. */
  async lockOpen(em: EntityManager, kind: string, subjectType: string, subjectId: string): Promise<Deadline | null> {
    const rows: Deadline[] = await em.query(
      `SELECT ${COLUMNS} FROM deadlines WHERE kind = $1 AND subject_type = $2 AND subject_id = $3 AND ${OPEN} FOR UPDATE`,
      [kind, subjectType, subjectId],
    );
    return rows[0] ?? null;
  }

  /** Inserts an open deadline, or returns null when another transaction opened one first. */
  async insertOpen(em: EntityManager, input: ScheduleDeadlineInput, at: Date): Promise<Deadline | null> {
    const rows: Deadline[] = await em.query(
      `INSERT INTO deadlines (kind, subject_type, subject_id, prefecture_id, due_at, warn_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (kind, subject_type, subject_id) WHERE ${OPEN} DO NOTHING
       RETURNING ${COLUMNS}`,
      [input.kind, input.subjectType, input.subjectId, input.prefectureId, input.dueAt, input.warnAt ?? null, at],
    );
    return rows[0] ?? null;
  }

  async lockById(em: EntityManager, id: string): Promise<Deadline | null> {
    const rows: Deadline[] = await em.query(`SELECT ${COLUMNS} FROM deadlines WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * The oldest deadline whose breach is due but has not happened, locked; rows another
   * transaction holds (a job firing it right now, another reconciler) are skipped, not awaited.
   */
  async claimDueBreach(em: EntityManager, now: Date, exclude: readonly string[]): Promise<Deadline | null> {
    const rows: Deadline[] = await em.query(
      `SELECT ${COLUMNS} FROM deadlines
        WHERE state IN ('pending','warned') AND due_at <= $1 AND NOT (id = ANY($2::uuid[]))
        ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now, exclude],
    );
    return rows[0] ?? null;
  }

  /** The same for warnings: due, not given, and the deadline not yet due itself. */
  async claimDueWarning(em: EntityManager, now: Date, exclude: readonly string[]): Promise<Deadline | null> {
    const rows: Deadline[] = await em.query(
      `SELECT ${COLUMNS} FROM deadlines
        WHERE state = 'pending' AND warn_at IS NOT NULL AND warn_at <= $1 AND due_at > $1 AND NOT (id = ANY($2::uuid[]))
        ORDER BY warn_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now, exclude],
    );
    return rows[0] ?? null;
  }

  /**
   * The conditional update every write uses: it applies only to the version read and returns
   * the new row, or null when the row changed meanwhile.
   */
  async update(em: EntityManager, id: string, expectedVersion: number, changes: DeadlineChanges, at: Date): Promise<Deadline | null> {
    const values: unknown[] = [id, expectedVersion, at];
    const sets: string[] = [];
    for (const [key, value] of Object.entries(changes)) {
      values.push(value);
      sets.push(`${WRITABLE[key as keyof typeof WRITABLE]} = $${values.length}`);
    }
    const result = await em.query(
      `UPDATE deadlines SET ${[...sets, 'version = version + 1', 'updated_at = $3'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
      values,
    );
    const rows = (result as [Deadline[], number])[0];
    return rows[0] ?? null;
  }

  async findOpen(em: EntityManager | null, kind: string, subjectType: string, subjectId: string): Promise<Deadline | null> {
    return this.manager(em)
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where('d.kind = :kind AND d.subjectType = :subjectType AND d.subjectId = :subjectId', { kind, subjectType, subjectId })
      .andWhere(`d.${OPEN}`)
      .getOne();
  }

  async findById(em: EntityManager | null, id: string): Promise<Deadline | null> {
    return this.manager(em).getRepository(DeadlineEntity).findOne({ where: { id } });
  }

  /** Every deadline (open and closed) of the given subjects, oldest first: one query for a page. */
  async listForSubjects(em: EntityManager | null, subjectType: string, subjectIds: readonly string[]): Promise<Deadline[]> {
    if (subjectIds.length === 0) return [];
    return this.manager(em)
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where('d.subjectType = :subjectType AND d.subjectId = ANY(:subjectIds)', { subjectType, subjectIds })
      .orderBy('d.createdAt', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  private manager(em: EntityManager | null): EntityManager {
    return em ?? this.dataSource.manager;
  }
}

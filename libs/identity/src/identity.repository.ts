import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AgencyKind, Role } from '@renkei/core';
import type { SqlFragment as SqlFragmentLike } from '@renkei/authz';
import { AgencyEntity } from './entities/agency.entity';
import { PrefectureEntity } from './entities/prefecture.entity';
import { UnitEntity } from './entities/unit.entity';
import { UserEntity } from './entities/user.entity';

export interface Credentials {
  id: string;
  username: string;
  passwordHash: string;
  active: boolean;
  agencyId: string;
  prefectureId: string | null;
}

export interface Throttle {
  failures: number;
  lockedUntil: Date | null;
}

export interface SessionActorRow {
  sessionId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userActive: boolean;
  actor: Actor;
}

export interface UserListQuery {
  rows: SqlFragmentLike;
  filters: SqlFragmentLike[];
  order: { sql: string; params: Record<string, unknown>; direction: 'ASC' | 'DESC' } | null;
  afterId: string | null;
  limit: number;
}

/** The only place in identity that touches SQL. */
@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCredentials(em: EntityManager, usernameKey: string): Promise<Credentials | null> {
    const rows: Credentials[] = await em.query(
      `SELECT u.id, u.username, u.password_hash AS "passwordHash", u.active, u.agency_id AS "agencyId",
              a.prefecture_id AS "prefectureId"
         FROM users u JOIN agencies a ON a.id = u.agency_id WHERE lower(u.username) = $1`,
      [usernameKey],
    );
    return rows[0] ?? null;
  }

  /** Locks the throttle row of this username for the rest of the transaction (created if absent). */
  async lockThrottle(em: EntityManager, usernameKey: string): Promise<Throttle> {
    await em.query(
      `INSERT INTO login_throttle (username_key) VALUES ($1) ON CONFLICT (username_key) DO NOTHING`,
      [usernameKey],
    );
    const rows: Throttle[] = await em.query(
      `SELECT failures, locked_until AS "lockedUntil" FROM login_throttle WHERE username_key = $1 FOR UPDATE`,
      [usernameKey],
    );
    return rows[0];
  }

  async saveThrottle(em: EntityManager, usernameKey: string, failures: number, lockedUntil: Date | null, at: Date): Promise<void> {
    await em.query(
      `UPDATE login_throttle SET failures = $2, locked_until = $3, updated_at = $4,
              first_failure_at = CASE WHEN $2 = 1 THEN $4 ELSE first_failure_at END
        WHERE username_key = $1`,
      [usernameKey, failures, lockedUntil, at],
    );
  }

  async clearThrottle(em: EntityManager, usernameKey: string): Promise<void> {
    await em.query(`DELETE FROM login_throttle WHERE username_key = $1`, [usernameKey]);
  }

  async createSession(em: EntityManager, userId: string, at: Date, expiresAt: Date): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO sessions (user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $2, $3) RETURNING id`,
      [userId, at, expiresAt],
    );
    await em.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [userId, at]);
    return rows[0].id;
  }

  /** One statement per authenticated request: the session with its user and agency. */
  async findSessionActor(sessionId: string): Promise<SessionActorRow | null> {
    const rows = await this.dataSource.query(
      `SELECT s.id AS session_id, s.expires_at, s.last_seen_at, s.revoked_at,
              u.id AS user_id, u.username, u.role, u.active, u.unit_id, u.authz_version,
              a.id AS agency_id, a.kind AS agency_kind, a.parent_agency_id, a.prefecture_id, a.active AS agency_active
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN agencies a ON a.id = u.agency_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      sessionId: r.session_id,
      expiresAt: r.expires_at,
      lastSeenAt: r.last_seen_at,
      revokedAt: r.revoked_at,
      userActive: r.active && r.agency_active,
      actor: {
        userId: r.user_id,
        username: r.username,
        sessionId: r.session_id,
        role: r.role as Role,
        agencyId: r.agency_id,
        agencyKind: r.agency_kind as AgencyKind,
        parentAgencyId: r.parent_agency_id,
        unitId: r.unit_id,
        prefectureId: r.prefecture_id,
        authzVersion: r.authz_version,
      },
    };
  }

  /** The actor of a user without a session: demo seeding and jobs acting for a named user. */
  async actorByUsername(em: EntityManager, username: string): Promise<Actor | null> {
    const rows = await em.query(
      `SELECT u.id AS user_id, u.username, u.role, u.unit_id, u.authz_version,
              a.id AS agency_id, a.kind AS agency_kind, a.parent_agency_id, a.prefecture_id
         FROM users u JOIN agencies a ON a.id = u.agency_id WHERE lower(u.username) = lower($1) AND u.active`,
      [username],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      userId: r.user_id, username: r.username, sessionId: null, role: r.role as Role, agencyId: r.agency_id, agencyKind: r.agency_kind as AgencyKind,
      parentAgencyId: r.parent_agency_id, unitId: r.unit_id, prefectureId: r.prefecture_id, authzVersion: r.authz_version,
    };
  }

  async touchSession(sessionId: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [sessionId, at]);
  }

  async revokeSession(em: EntityManager, sessionId: string, reason: string, at: Date): Promise<void> {
    await em.query(
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason, at],
    );
  }

  async revokeUserSessions(em: EntityManager, userId: string, reason: string, at: Date): Promise<number> {
    const result = await em.query(
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason, at],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  async deleteEndedSessions(before: Date): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1`,
      [before],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  async deleteStaleThrottles(before: Date): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM login_throttle WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $1)`,
      [before],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  async listUsers(q: UserListQuery): Promise<UserEntity[]> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where(q.rows.sql, q.rows.params);
    for (const f of q.filters) qb.andWhere(f.sql, f.params);
    if (q.order) {
      // Keyset order: the guarded sort key, then id for a stable total order.
      // Parenthesized: a bare `u.username` would be taken for the entity's own column and moved.
      qb.addSelect(`(${q.order.sql})`, 'sort_key').setParameters(q.order.params);
      qb.orderBy('sort_key', q.order.direction, q.order.direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST');
      qb.addOrderBy('u.id', 'ASC');
    } else {
      qb.orderBy('u.id', 'ASC');
    }
    if (q.afterId) qb.andWhere('u.id > :afterId', { afterId: q.afterId });
    return qb.limit(q.limit).getMany();
  }

  async findUser(id: string, rows: SqlFragmentLike): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .andWhere(rows.sql, rows.params)
      .getOne();
  }

  async findAgencies(ids: readonly string[] | null, rows: SqlFragmentLike): Promise<AgencyEntity[]> {
    const qb = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('ag').where(rows.sql, rows.params);
    if (ids) qb.andWhere('ag.id = ANY(:ids)', { ids });
    return qb.orderBy('ag.kind').addOrderBy('ag.code').getMany();
  }

  async findUnits(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).createQueryBuilder('un').where('un.id = ANY(:ids)', { ids }).getMany();
  }

  /** The units of many agencies in one statement (the DataLoader behind `Agency.units`). */
  async findUnitsOfAgencies(agencyIds: readonly string[]): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).createQueryBuilder('un').where('un.agency_id = ANY(:agencyIds)', { agencyIds }).orderBy('un.code').getMany();
  }

  async findPrefectures(ids: readonly string[]): Promise<PrefectureEntity[]> {
    return this.dataSource.getRepository(PrefectureEntity).createQueryBuilder('p').where('p.id = ANY(:ids)', { ids }).getMany();
  }

  async agencyKindOf(em: EntityManager, agencyId: string): Promise<AgencyKind | null> {
    const rows: { kind: AgencyKind }[] = await em.query(`SELECT kind FROM agencies WHERE id = $1`, [agencyId]);
    return rows[0]?.kind ?? null;
  }

  /**
   * The conditional update every write uses: it applies only to the version the user saw and
   * reports whether it did (TypeORM's @VersionColumn does not add the condition itself).
   */
  async updateUser(
    em: EntityManager,
    id: string,
    expectedVersion: number,
    changes: Partial<Pick<UserEntity, 'displayName' | 'role' | 'active' | 'unitId'>>,
    bumpAuthz: boolean,
    at: Date,
  ): Promise<boolean> {
    const columns: Record<string, string> = { displayName: 'display_name', role: 'role', active: 'active', unitId: 'unit_id' };
    const sets: string[] = [];
    const values: unknown[] = [id, expectedVersion, at];
    for (const [key, value] of Object.entries(changes)) {
      values.push(value);
      sets.push(`${columns[key]} = $${values.length}`);
    }
    if (bumpAuthz) sets.push('authz_version = authz_version + 1');
    const result = await em.query(
      `UPDATE users SET ${[...sets, 'version = version + 1', 'updated_at = $3'].join(', ')}
        WHERE id = $1 AND version = $2`,
      values,
    );
    return ((result as [unknown, number])[1] ?? 0) === 1;
  }
}

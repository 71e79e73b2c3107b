import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  ROLE_AGENCY_KINDS,
  ROLE_JA,
  toPage,
  TransactionRunner,
  type RequestContext,
  type Role,
} from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected, type SqlFragment } from '@renkei/authz';
import { IdentityRepository } from './identity.repository';
import { AGENCY, AGENCY_SUBJECT, REVOKE_SESSIONS, USER, USER_SUBJECT } from './identity.fields';
import { IdentityError, IdentityErrorCode } from './identity.errors';
import type { AgencyEntity } from './entities/agency.entity';
import type { PrefectureEntity } from './entities/prefecture.entity';
import type { UnitEntity } from './entities/unit.entity';
import type { UserEntity } from './entities/user.entity';

export type UserSortField = 'username' | 'displayName' | 'lastLoginAt' | 'createdAt';

export interface UserFilter {
  agencyId?: string | null;
  role?: Role | null;
  active?: boolean | null;
  lastLoginBefore?: Date | null;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  active?: boolean;
  unitId?: string | null;
}

const LOADERS = Symbol('identity.loaders');

interface Loaders {
  agency: DataLoader<string, Projected<AgencyEntity> | null>;
  unit: DataLoader<string, UnitEntity | null>;
  unitsOfAgency: DataLoader<string, UnitEntity[]>;
  prefecture: DataLoader<string, PrefectureEntity | null>;
}

/** The directory as each user may see it: users, agencies, units, prefectures. */
@Injectable()
export class DirectoryService implements OnModuleInit {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(USER_SUBJECT);
    this.registry.registerSubject(AGENCY_SUBJECT);
  }

  async listUsers(ctx: RequestContext, filter: UserFilter, sort: { field: UserSortField; direction: 'ASC' | 'DESC' } | null, first: number, after?: string | null) {
    const counter = { next: 0 };
    const readable = this.fields.readableQuery(ctx, USER, 'u', counter);
    const rows = readable.rows;
    const filters: SqlFragment[] = [];
    const eq = (field: string, value: unknown, op = '=') => {
      const col = readable.column(field);
      const name = `uf_${counter.next++}`;
      filters.push({ sql: `${col.sql} ${op} :${name}`, params: { ...col.params, [name]: value } });
    };
    if (filter.agencyId) eq('agencyId', filter.agencyId);
    if (filter.role) eq('role', filter.role);
    if (filter.active !== undefined && filter.active !== null) eq('active', filter.active);
    if (filter.lastLoginBefore) eq('lastLoginAt', filter.lastLoginBefore, '<');
    let order: { sql: string; params: Record<string, unknown>; direction: 'ASC' | 'DESC' } | null = null;
    if (sort) {
      const col = readable.column(sort.field);
      order = { ...col, direction: sort.direction };
    }
    // Sorted pages use offset-free keyset on id only when unsorted; sorted lists are capped at one page.
    const afterId = after && !sort ? decodeCursor(after, 1)[0] : null;
    if (after && sort) throw new BadInputError('Paging a sorted user list is not supported', [{ field: 'after', reason: 'UNSUPPORTED' }]);
    const found = await this.repository.listUsers({ rows, filters, order, afterId, limit: first + 1 });
    const page = toPage(found, first, (u) => encodeCursor([u.id]));
    return { ...page, nodes: page.nodes.map((u) => this.fields.project(ctx, USER, u)) };
  }

  async getUser(ctx: RequestContext, id: string): Promise<Projected<UserEntity>> {
    const user = await this.repository.findUser(id, this.fields.rowsSql(ctx, READ, USER, 'u'));
    if (!user) throw new NotFoundError('User');
    return this.fields.project(ctx, USER, user);
  }

  /** The signed-in user, read through the same rules as anyone else's record. */
  async me(ctx: RequestContext) {
    const actor = ctx.actor!;
    const user = await this.getUser(ctx, actor.userId);
    return {
      user,
      role: actor.role,
      roleName: ROLE_JA[actor.role],
      agencyId: actor.agencyId,
      unitId: actor.unitId,
      prefectureId: actor.prefectureId,
    };
  }

  async listAgencies(ctx: RequestContext): Promise<Projected<AgencyEntity>[]> {
    const rows = await this.repository.findAgencies(null, this.fields.rowsSql(ctx, READ, AGENCY, 'ag'));
    return rows.map((a) => this.fields.project(ctx, AGENCY, a));
  }

  /** Batched per request: a page of users names its agencies in one statement. */
  agency(ctx: RequestContext, id: string) {
    return this.loaders(ctx).agency.load(id);
  }

  unit(ctx: RequestContext, id: string) {
    return this.loaders(ctx).unit.load(id);
  }

  /**
   * The units of an agency the reader may already see (reached only through a readable agency
   * row): organisational names, no people, so any reader of the agency may list them.
   */
  unitsOfAgency(ctx: RequestContext, agencyId: string) {
    return this.loaders(ctx).unitsOfAgency.load(agencyId);
  }

  prefecture(ctx: RequestContext, id: string) {
    return this.loaders(ctx).prefecture.load(id);
  }

  async updateUser(ctx: RequestContext, id: string, expectedVersion: number, changes: UserChanges): Promise<Projected<UserEntity>> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UserChanges;
    const names = Object.keys(defined);
    if (names.length === 0) throw new BadInputError('Nothing to change');
    await this.transactions.run(async (tx) => {
      const user = await this.repository.findUser(id, this.fields.rowsSql(ctx, READ, USER, 'u'));
      if (!user) throw new NotFoundError('User');
      this.fields.assertCanWrite(ctx, USER, user, names);
      if (defined.role) {
        const kind = await this.repository.agencyKindOf(tx.em, user.agencyId);
        if (!kind || !ROLE_AGENCY_KINDS[defined.role].includes(kind)) {
          throw new IdentityError(IdentityErrorCode.ROLE_NOT_ALLOWED, [{ field: 'role', reason: 'ROLE_NOT_ALLOWED_FOR_AGENCY' }]);
        }
      }
      // Anything a policy placeholder may read (role, unit) or that ends access (active) bumps the version.
      const bumpAuthz = defined.role !== undefined || defined.active !== undefined || defined.unitId !== undefined;
      const ok = await this.repository.updateUser(tx.em, id, expectedVersion, defined, bumpAuthz, this.clock.now());
      if (!ok) throw new ConflictError();
      if (defined.active === false) await this.repository.revokeUserSessions(tx.em, id, 'deactivated', this.clock.now());
      // Filed under the user's prefecture: its 監察 sees who changed its people (an admin has none).
      tx.emit({ type: 'identity.user.updated', outcome: 'success', ctx, subjectType: USER, subjectId: id, fields: names, prefectureId: user.prefectureId ?? ctx.actor?.prefectureId ?? null });
    });
    return this.getUser(ctx, id);
  }

  /** Ends every session of a user: their next request is refused. */
  async revokeUserSessions(ctx: RequestContext, userId: string): Promise<number> {
    return this.transactions.run(async (tx) => {
      const user = await this.repository.findUser(userId, this.fields.rowsSql(ctx, READ, USER, 'u'));
      if (!user) throw new NotFoundError('User');
      if (!this.fields.canOn(ctx, REVOKE_SESSIONS, USER, user)) {
        throw new ForbiddenError('You may not end this user\'s sessions', [], 'IDENTITY.REVOKE_NOT_ALLOWED');
      }
      const count = await this.repository.revokeUserSessions(tx.em, userId, 'revoked by administrator', this.clock.now());
      tx.emit({ type: 'identity.sessions.revoked', outcome: 'success', ctx, subjectType: USER, subjectId: userId, details: { count }, prefectureId: user.prefectureId ?? ctx.actor?.prefectureId ?? null });
      return count;
    });
  }

  private loaders(ctx: RequestContext): Loaders {
    let loaders = ctx.get<Loaders>(LOADERS);
    if (!loaders) {
      loaders = {
        agency: new DataLoader(async (ids) => {
          const rows = await this.repository.findAgencies(ids, this.fields.rowsSql(ctx, READ, AGENCY, 'ag'));
          const byId = new Map(rows.map((a) => [a.id, this.fields.project(ctx, AGENCY, a)]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
        unit: new DataLoader(async (ids) => {
          const rows = await this.repository.findUnits(ids);
          const byId = new Map(rows.map((u) => [u.id, u]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
        unitsOfAgency: new DataLoader(async (agencyIds) => {
          const rows = await this.repository.findUnitsOfAgencies(agencyIds);
          return agencyIds.map((id) => rows.filter((u) => u.agencyId === id));
        }),
        prefecture: new DataLoader(async (ids) => {
          const rows = await this.repository.findPrefectures(ids);
          const byId = new Map(rows.map((p) => [p.id, p]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
      };
      ctx.set(LOADERS, loaders);
    }
    return loaders;
  }
}


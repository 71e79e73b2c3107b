import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/core';
import { AgencyKind, Role } from '@renkei/core';
import type { AgencyPolicy, Grant, SubjectDefinition } from './policy.types';
import { conditionToSql } from '../sql/rules-to-sql';
import { parseConditions } from '../ability/condition-matcher';

export class PolicyDefinitionError extends Error {}

const ACTOR_PLACEHOLDER = /^\$actor\.(agencyId|prefectureId|userId|unitId|parentAgencyId)$/;

/**
 * The policy registry: each lib registers its subjects, each agency module its policy, as data.
 * Every grant is checked when it is registered (known subject, known groups, conditions that
 * translate to SQL), so a typo fails at boot and never at a user's request.
 */
@Injectable()
export class PolicyRegistry {
  private readonly subjects = new Map<string, SubjectDefinition>();
  private readonly policies = new Map<AgencyKind, Grant[]>();
  private cachedVersion: string | null = null;
  private readonly allFieldsCache = new Map<string, readonly string[]>();

  registerSubject(definition: SubjectDefinition): void {
    if (this.subjects.has(definition.name)) {
      throw new PolicyDefinitionError(`subject ${definition.name} registered twice`);
    }
    this.subjects.set(definition.name, definition);
    this.cachedVersion = null;
  }

  registerAgencyPolicy(policy: AgencyPolicy): void {
    for (const grant of policy.grants) this.validateGrant(policy.agencyKind, grant);
    const list = this.policies.get(policy.agencyKind) ?? [];
    list.push(...policy.grants);
    this.policies.set(policy.agencyKind, list);
    this.cachedVersion = null;
  }

  subject(name: string): SubjectDefinition {
    const def = this.subjects.get(name);
    if (!def) throw new PolicyDefinitionError(`unknown subject ${name}`);
    return def;
  }

  hasSubject(name: string): boolean {
    return this.subjects.has(name);
  }

  /** Every field of a subject (the same array each time: projection asks for it per row). */
  allFields(name: string): readonly string[] {
    let fields = this.allFieldsCache.get(name);
    if (!fields) {
      const def = this.subject(name);
      fields = [...new Set([...def.alwaysVisible, ...Object.values(def.groups).flat()])];
      this.allFieldsCache.set(name, fields);
    }
    return fields;
  }

  groupFields(subject: string, groups: Grant['groups']): string[] {
    const def = this.subject(subject);
    const names = groups === 'all' || groups === undefined ? Object.keys(def.groups) : groups;
    return [...new Set(names.flatMap((g) => def.groups[g] ?? []))];
  }

  /** The grants for one actor, in policy order. */
  grantsFor(agencyKind: AgencyKind, role: Role): Grant[] {
    return (this.policies.get(agencyKind) ?? []).filter((g) => g.roles.includes(role));
  }

  /** Changes whenever any subject or policy changes: part of the ability cache key. */
  get version(): string {
    if (!this.cachedVersion) {
      const payload = JSON.stringify({
        subjects: [...this.subjects.values()].sort((a, b) => a.name.localeCompare(b.name)),
        policies: [...this.policies.entries()].sort(([a], [b]) => a.localeCompare(b)),
      });
      this.cachedVersion = createHash('sha256').update(payload).digest('hex').slice(0, 16);
    }
    return this.cachedVersion;
  }

  /** The agency kinds that have a policy (for the listing tests). */
  agencyKinds(): AgencyKind[] {
    return [...this.policies.keys()];
  }

  private validateGrant(kind: AgencyKind, grant: Grant): void {
    const where = `${kind} grant on ${grant.subject} (${grant.roles.join(',')})`;
    const def = this.subjects.get(grant.subject);
    if (!def) throw new PolicyDefinitionError(`${where}: unknown subject; register it before the policy`);
    for (const role of grant.roles) {
      if (!Object.values(Role).includes(role)) throw new PolicyDefinitionError(`${where}: unknown role ${role}`);
    }
    if (Array.isArray(grant.groups)) {
      for (const g of grant.groups) {
        if (!def.groups[g]) throw new PolicyDefinitionError(`${where}: unknown field group ${g}`);
      }
    }
    if (grant.access && !grant.groups) throw new PolicyDefinitionError(`${where}: access without groups`);
    if (!grant.access && !grant.actions?.length) throw new PolicyDefinitionError(`${where}: grants nothing`);
    if (grant.access === 'M') {
      for (const field of this.groupFields(grant.subject, grant.groups)) {
        if (!def.masks?.[field]) throw new PolicyDefinitionError(`${where}: ${field} has no mask`);
      }
    }
    if (grant.where) {
      const sample = interpolate(grant.where, SAMPLE_ACTOR);
      if (!sample) throw new PolicyDefinitionError(`${where}: unknown $actor placeholder`);
      // Throws on operators or fields the SQL translation does not support.
      try {
        conditionToSql(parseConditions(sample), def.columns, 'validate', { next: 0 });
      } catch (e) {
        throw new PolicyDefinitionError(`${where}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
}

const SAMPLE_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000001',
  username: 'sample',
  sessionId: null,
  role: Role.ADMIN,
  agencyId: '00000000-0000-0000-0000-000000000002',
  agencyKind: AgencyKind.SYSTEM,
  parentAgencyId: '00000000-0000-0000-0000-000000000003',
  unitId: '00000000-0000-0000-0000-000000000004',
  prefectureId: '00000000-0000-0000-0000-000000000005',
  authzVersion: 1,
};

/**
 * Replaces `$actor.x` placeholders with the actor's values. Returns null when a placeholder is
 * unknown or empty for this actor: the caller then drops the grant.
 */
export function interpolate(value: unknown, actor: Actor): Record<string, unknown> | null {
  let ok = true;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && v.startsWith('$actor.')) {
      const m = ACTOR_PLACEHOLDER.exec(v);
      const resolved = m ? actor[m[1] as keyof Actor] : undefined;
      if (resolved === null || resolved === undefined) ok = false;
      return resolved;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const out = walk(value) as Record<string, unknown>;
  return ok ? out : null;
}

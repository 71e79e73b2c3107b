import { Injectable } from '@nestjs/common';
import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Actor } from '@renkei/core';
import { PolicyRegistry, interpolate } from '../policy/policy-registry';
import { READ, READ_MASKED, UPDATE, type Grant } from '../policy/policy.types';
import { conditionsMatcher } from './condition-matcher';

export type AppAbility = MongoAbility;
type RawRule = RawRuleOf<AppAbility>;

const SUBJECT_TYPE = '__subjectType';
const CACHE_LIMIT = 5000;

/** Marks a row with its subject type for CASL without touching the row. */
export function asSubject<T extends object>(type: string, row: T): T {
  return Object.defineProperty({ ...row }, SUBJECT_TYPE, { value: type, enumerable: false });
}

/**
 * Builds an actor's ability from the registry: once per user and policy version, then cached
 * (a role or agency change bumps the user's authzVersion, a policy change the registry's version).
 */
@Injectable()
export class AbilityFactory {
  private readonly cache = new Map<string, AppAbility>();

  constructor(private readonly registry: PolicyRegistry) {}

  forActor(actor: Actor): AppAbility {
    // Every actor value a policy placeholder may use is in the key, so no stale ability is served.
    const key = [actor.userId, actor.authzVersion, actor.role, actor.agencyId, actor.agencyKind, actor.unitId, actor.prefectureId, actor.parentAgencyId, this.registry.version].join(':');
    const hit = this.cache.get(key);
    if (hit) {
      // Refresh recency so the oldest entries are dropped first.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const ability = this.build(this.rulesFor(actor));
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, ability);
    return ability;
  }

  /** An ability from raw rules: the tests' way in, with the same matcher as production. */
  build(rules: RawRule[]): AppAbility {
    return createMongoAbility(rules, {
      conditionsMatcher,
      detectSubjectType: (object) =>
        (object as Record<string, unknown>)[SUBJECT_TYPE] as string ?? (object as { constructor: { name: string } }).constructor.name,
    });
  }

  rulesFor(actor: Actor): RawRule[] {
    const rules: RawRule[] = [];
    for (const grant of this.registry.grantsFor(actor.agencyKind, actor.role)) {
      rules.push(...this.grantToRules(grant, actor));
    }
    return rules;
  }

  private grantToRules(grant: Grant, actor: Actor): RawRule[] {
    let conditions: Record<string, unknown> | undefined;
    if (grant.where) {
      const resolved = interpolate(grant.where, actor);
      // An empty placeholder never widens access: an allowing grant is dropped, a denying grant
      // denies without condition.
      if (!resolved && !grant.deny) return [];
      conditions = resolved ?? undefined;
    }
    const base = { subject: grant.subject, inverted: grant.deny ?? false, ...(conditions ? { conditions } : {}) };
    const rules: RawRule[] = [];
    if (grant.access) {
      const fields = this.registry.groupFields(grant.subject, grant.groups);
      if (grant.access !== 'M') {
        const alwaysVisible = this.registry.subject(grant.subject).alwaysVisible;
        const readFields = grant.deny ? fields : [...new Set([...alwaysVisible, ...fields])];
        if (grant.access === 'R' || grant.access === 'RW') rules.push({ ...base, action: READ, fields: readFields });
        if (grant.access === 'RW' || grant.access === 'W') rules.push({ ...base, action: UPDATE, fields });
      } else {
        // A masked grant still makes the row itself visible (its ids), never the raw values.
        if (!grant.deny) rules.push({ ...base, action: READ, fields: [...this.registry.subject(grant.subject).alwaysVisible] });
        rules.push({ ...base, action: READ_MASKED, fields });
      }
    }
    for (const action of grant.actions ?? []) rules.push({ ...base, action });
    return rules;
  }
}

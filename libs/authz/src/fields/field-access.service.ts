import { Injectable } from '@nestjs/common';
import { permittedFieldsOf } from '@casl/ability/extra';
import { ForbiddenError, type RequestContext } from '@renkei/core';
import { PolicyRegistry } from '../policy/policy-registry';
import { READ, READ_MASKED, UPDATE } from '../policy/policy.types';
import { AbilityFactory, asSubject, type AppAbility } from '../ability/ability.factory';
import { abilityToSql, toBrackets, type ParamCounter, type SqlFragment } from '../sql/rules-to-sql';
import { applyMask } from './masks';
import type { Brackets } from 'typeorm';

const ABILITY_KEY = Symbol('authz.ability');

/** A row as a client may see it: forbidden fields are null and named in `redactedFields`. */
/** A query restricted to the readable rows of one subject on one alias (see readableQuery). */
export interface ReadableQuery {
  rows: SqlFragment;
  column(field: string): SqlFragment;
}

export type Projected<T> = { [K in keyof T]: T[K] | null } & { redactedFields: string[] };

/**
 * The one mechanism for rows and fields, used by repositories, services, exports, jobs and
 * notifications alike:
 * - rows: an SQL condition equal to what the ability accepts;
 * - fields: projection to null / masked value with `redactedFields`, and (S) reads recorded;
 * - filters and sorts on a field the user may not read: FORBIDDEN, and guarded SQL otherwise;
 * - writes: only to fields the ability permits on that row.
 */
@Injectable()
export class FieldAccessService {
  constructor(
    private readonly registry: PolicyRegistry,
    private readonly abilities: AbilityFactory,
  ) {}

  ability(ctx: RequestContext): AppAbility {
    let ability = ctx.get<AppAbility>(ABILITY_KEY);
    if (!ability) {
      ability = ctx.actor ? this.abilities.forActor(ctx.actor) : this.abilities.build([]);
      ctx.set(ABILITY_KEY, ability);
    }
    return ability;
  }

  /** Type-level check: may the actor do `action` on some `subject` at all? */
  can(ctx: RequestContext, action: string, subject: string, field?: string): boolean {
    return this.ability(ctx).can(action, subject, field);
  }

  /** Row-level check on a loaded row. */
  canOn(ctx: RequestContext, action: string, subject: string, row: object, field?: string): boolean {
    this.assertConditionFieldsLoaded(subject, this.registry.subject(subject).columns, row as Record<string, unknown>);
    return this.ability(ctx).can(action, asSubject(subject, row), field);
  }

  /** SQL for "rows the actor may `action`", to AND into a query on `alias`. */
  rowsWhere(ctx: RequestContext, action: string, subject: string, alias: string, counter?: ParamCounter): Brackets {
    return toBrackets(this.rowsSql(ctx, action, subject, alias, counter));
  }

  rowsSql(ctx: RequestContext, action: string, subject: string, alias: string, counter: ParamCounter = { next: 0 }): SqlFragment {
    const def = this.registry.subject(subject);
    return abilityToSql(this.ability(ctx), action, subject, def.columns, alias, undefined, counter, `${alias}_rows`);
  }

  /**
   * An SQL expression for a field the actor filters or sorts on: the column where the field is
   * readable on that row, NULL where it is not, so hidden values neither match nor order.
   * Refuses with FORBIDDEN when the actor may not read the field anywhere (masked is not enough).
   */
  guardedColumn(ctx: RequestContext, subject: string, field: string, alias: string, counter: ParamCounter = { next: 0 }): SqlFragment {
    this.assertCanQuery(ctx, subject, [field]);
    const def = this.registry.subject(subject);
    const column = def.columns[field];
    const expr = column.expr.replaceAll('{alias}', alias);
    const readable = abilityToSql(this.ability(ctx), READ, subject, def.columns, alias, field, counter, `${alias}_f`);
    if (readable.sql === '1 = 1') return { sql: expr, params: {} };
    return { sql: `CASE WHEN ${readable.sql} THEN ${expr} END`, params: readable.params };
  }

  /**
   * The rows the actor may read on `alias`, and their guarded columns for filters, sorts and
   * groupings. Inside this query the row condition already holds, so where the rules that grant
   * a field are exactly those that grant the row (HQ reading its prefecture's cases, say), the
   * column is the bare column: an index can serve it, and no per-row CASE is evaluated.
   * Elsewhere it is guardedColumn's CASE, and FORBIDDEN where the field is never readable.
   */
  readableQuery(ctx: RequestContext, subject: string, alias: string, counter: ParamCounter = { next: 0 }): ReadableQuery {
    const rows = this.rowsSql(ctx, READ, subject, alias, counter);
    const def = this.registry.subject(subject);
    const ability = this.ability(ctx);
    const rowRules = ability.rulesFor(READ, subject);
    const conditionsOf = (rule: (typeof rowRules)[number]) => JSON.stringify(rule.conditions ?? null);
    return {
      rows,
      column: (field: string) => {
        // The field is readable on every readable row when each rule granting a row grants the
        // field under the same condition (or none), and no `cannot` rule is involved. Anything
        // less certain keeps the CASE.
        const fieldRules = ability.rulesFor(READ, subject, field);
        const fieldConditions = new Set(fieldRules.map(conditionsOf));
        const readableOnEveryRow = fieldRules.length > 0
          && ![...rowRules, ...fieldRules].some((rule) => rule.inverted)
          && rowRules.every((rule) => fieldConditions.has(conditionsOf(rule)) || fieldConditions.has('null'));
        if (!readableOnEveryRow) return this.guardedColumn(ctx, subject, field, alias, counter);
        this.assertCanQuery(ctx, subject, [field]);
        return { sql: def.columns[field].expr.replaceAll('{alias}', alias), params: {} };
      },
    };
  }

  /** FORBIDDEN for a filter, sort or grouping on a field the actor may not read. No value is echoed. */
  assertCanQuery(ctx: RequestContext, subject: string, fields: string[]): void {
    const def = this.registry.subject(subject);
    const ability = this.ability(ctx);
    const refused = fields.filter((f) => !def.columns[f] || !ability.can(READ, subject, f));
    if (refused.length > 0) {
      throw new ForbiddenError(
        'Filtering or sorting on a field you may not read is not allowed',
        refused.map((field) => ({ field, reason: 'FIELD_NOT_READABLE' })),
        'AUTHZ.FIELD_NOT_QUERYABLE',
      );
    }
  }

  /**
   * A row missing a field that policies may test would be judged on `undefined`: the
   * repository must load every condition field. A wiring bug, so it fails loudly.
   */
  private assertConditionFieldsLoaded(subject: string, columns: Readonly<Record<string, unknown>>, row: Record<string, unknown>): void {
    for (const field of Object.keys(columns)) {
      if (row[field] === undefined) throw new Error(`${subject} row lacks condition field "${field}": load it in the repository`);
    }
  }

  /** FORBIDDEN unless every written field is permitted for `update` on this row. */
  assertCanWrite(ctx: RequestContext, subject: string, row: object, fields: string[]): void {
    const ability = this.ability(ctx);
    this.assertConditionFieldsLoaded(subject, this.registry.subject(subject).columns, row as Record<string, unknown>);
    const target = asSubject(subject, row);
    const allowed = new Set(
      permittedFieldsOf(ability, UPDATE, target, { fieldsFrom: (rule) => rule.fields ?? [...this.registry.allFields(subject)] }),
    );
    const refused = fields.filter((f) => !allowed.has(f));
    if (refused.length > 0 || fields.length === 0 && !ability.can(UPDATE, target)) {
      throw new ForbiddenError(
        'You may not change these fields',
        refused.map((field) => ({ field, reason: 'FIELD_NOT_WRITABLE' })),
        'AUTHZ.FIELD_NOT_WRITABLE',
      );
    }
  }

  /**
   * Projects a row for the actor: readable fields as they are, maskable ones masked, the rest
   * null and listed in `redactedFields`. A readable (S) field is a getter that records its read
   * when something actually reads it (GraphQL selects it, an export writes it).
   */
  project<T extends object>(ctx: RequestContext, subject: string, row: T): Projected<T> {
    const def = this.registry.subject(subject);
    const ability = this.ability(ctx);
    const all = this.registry.allFields(subject);
    const source = row as Record<string, unknown>;
    this.assertConditionFieldsLoaded(def.name, def.columns, source);
    const { readable, masked } = this.fieldSets(ability, subject, source, all);
    const sensitive = new Set(def.sensitive ?? []);
    const out: Record<string, unknown> = {};
    const redacted: string[] = [];
    const idValue = String(source[def.alwaysVisible[0]] ?? '');

    for (const field of all) {
      if (readable.has(field)) {
        if (sensitive.has(field)) {
          Object.defineProperty(out, field, {
            enumerable: true,
            get: () => {
              ctx.sensitiveReads.push({ subjectType: subject, subjectId: idValue, field });
              return source[field] ?? null;
            },
          });
        } else {
          out[field] = source[field] ?? null;
        }
      } else if (masked.has(field) && def.masks?.[field]) {
        out[field] = applyMask(def.masks[field], source[field]);
      } else {
        out[field] = null;
        redacted.push(field);
      }
    }
    out.redactedFields = redacted;
    return out as Projected<T>;
  }

  /**
   * The readable and maskable fields of a row. They depend only on which of the actor's rules
   * the row meets, so they are computed once per such pattern and kept with the ability (itself
   * cached per user and policy version): a page of 300 rows costs 300 condition checks, not 600
   * permittedFieldsOf walks.
   */
  private fieldSets(ability: AppAbility, subject: string, row: Record<string, unknown>, all: readonly string[]): FieldSets {
    const rules = [...ability.possibleRulesFor(READ, subject), ...ability.possibleRulesFor(READ_MASKED, subject)];
    let key = subject;
    for (const rule of rules) key += rule.matchesConditions(row) ? '1' : '0';
    let cache = FIELD_SETS.get(ability);
    if (!cache) {
      cache = new Map();
      FIELD_SETS.set(ability, cache);
    }
    let sets = cache.get(key);
    if (!sets) {
      const target = asSubject(subject, row);
      const fieldsFrom = (rule: { fields?: string[] }) => rule.fields ?? [...all];
      sets = {
        readable: new Set(permittedFieldsOf(ability, READ, target, { fieldsFrom })),
        masked: new Set(permittedFieldsOf(ability, READ_MASKED, target, { fieldsFrom })),
      };
      cache.set(key, sets);
    }
    return sets;
  }
}

interface FieldSets {
  readable: ReadonlySet<string>;
  masked: ReadonlySet<string>;
}

/** Per ability: field sets by (subject, pattern of matched rules). Goes with the ability. */
const FIELD_SETS = new WeakMap<AppAbility, Map<string, FieldSets>>();

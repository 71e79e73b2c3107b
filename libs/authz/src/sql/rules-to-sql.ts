import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import type { AnyAbility } from '@casl/ability';
import { rulesToCondition } from '@casl/ability/extra';
import type { Condition } from '@ucast/mongo2js';
import type { ColumnSpec } from '../policy/policy.types';

export class UnsupportedConditionError extends Error {}

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

export interface ParamCounter {
  next: number;
}

const TRUE: SqlFragment = { sql: '1 = 1', params: {} };
const FALSE: SqlFragment = { sql: '1 = 0', params: {} };

/**
 * Translates CASL's rules for (action, subject[, field]) into one SQL condition on the given
 * alias: the union of the `can` rules, each bounded by the `cannot` rules above it. No rule
 * means no row. Parameter names are unique per call (`prefix` + counter) so several conditions
 * can join one query.
 */
export function abilityToSql(
  ability: AnyAbility,
  action: string,
  subjectType: string,
  columns: Readonly<Record<string, ColumnSpec>>,
  alias: string,
  field?: string,
  counter: ParamCounter = { next: 0 },
  prefix = 'authz',
): SqlFragment {
  const rules = ability.rulesFor(action, subjectType, field);
  const result = rulesToCondition<AnyAbility, SqlFragment, SqlFragment>(
    rules,
    (rule) => {
      if (!rule.conditions) return rule.inverted ? FALSE : TRUE;
      const ast = (rule as unknown as { ast: Condition }).ast;
      // An inverted rule is negated: its comparisons must stay two-valued (see conditionToSql).
      const fragment = conditionToSql(ast, columns, alias, counter, prefix, rule.inverted);
      return rule.inverted ? { sql: `NOT (${fragment.sql})`, params: fragment.params } : fragment;
    },
    {
      and: (parts) => join(parts, 'AND'),
      or: (parts) => join(parts, 'OR'),
      empty: () => TRUE,
    },
  );
  return result ?? FALSE;
}

/** The same condition as TypeORM `Brackets`, to `andWhere` into any query builder. */
export function toBrackets(fragment: SqlFragment): Brackets {
  return new Brackets((qb: WhereExpressionBuilder) => {
    qb.where(fragment.sql, fragment.params);
  });
}

function join(parts: SqlFragment[], op: 'AND' | 'OR'): SqlFragment {
  if (parts.length === 0) return op === 'AND' ? TRUE : FALSE;
  if (parts.length === 1) return parts[0];
  // Wrapped as a whole: callers AND it next to other conditions without thinking of precedence.
  return {
    sql: `(${parts.map((p) => `(${p.sql})`).join(` ${op} `)})`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

/**
 * Translates one parsed condition (ucast AST) into SQL. Unknown operators or fields throw.
 *
 * `negated`: whether an odd number of NOTs stands above this node. The fragments are only used
 * as WHERE conditions and CASE WHEN guards, where NULL counts as false; so a comparison with a
 * NULL column needs no `COALESCE(…, false)` except under a negation (NOT NULL is NULL, not true).
 * Leaving it out elsewhere keeps `col = :v` searchable by an index.
 */
export function conditionToSql(
  node: Condition,
  columns: Readonly<Record<string, ColumnSpec>>,
  alias: string,
  counter: ParamCounter,
  prefix = 'authz',
  negated = false,
): SqlFragment {
  const bool = (expr: string) => (negated ? `COALESCE(${expr}, false)` : expr);
  const param = (value: unknown) => {
    const name = `${prefix}_${counter.next++}`;
    return { name, params: { [name]: value } };
  };
  const anyNode = node as unknown as { operator: string; field?: string; value: unknown };

  if (anyNode.operator === 'and' || anyNode.operator === 'or') {
    const parts = (anyNode.value as Condition[]).map((c) => conditionToSql(c, columns, alias, counter, prefix, negated));
    return join(parts, anyNode.operator === 'and' ? 'AND' : 'OR');
  }
  if (anyNode.operator === 'not') {
    const inner = (anyNode.value as Condition[]).map((c) => conditionToSql(c, columns, alias, counter, prefix, !negated));
    const body = join(inner, 'AND');
    return { sql: `NOT (${body.sql})`, params: body.params };
  }
  if (anyNode.operator === 'nor') {
    const inner = (anyNode.value as Condition[]).map((c) => conditionToSql(c, columns, alias, counter, prefix, !negated));
    const body = join(inner, 'OR');
    return { sql: `NOT (${body.sql})`, params: body.params };
  }

  const field = anyNode.field as string;
  const spec = columns[field];
  if (!spec) throw new UnsupportedConditionError(`field "${field}" has no SQL column mapping`);
  const col = spec.expr.replaceAll('{alias}', alias);
  const value = anyNode.value;
  // A whole object or array as a value (`{ a: { $not: … } }`, `{ tags: ['x'] }`) means something
  // else to CASL than to SQL: refused, so such a policy fails at registration, not at a request.
  const isList = anyNode.operator === 'in' || anyNode.operator === 'nin';
  const values = isList ? (Array.isArray(value) ? value : [value]) : [value];
  if (values.some((v) => v !== null && typeof v === 'object')) {
    throw new UnsupportedConditionError(`operator "${anyNode.operator}" on "${field}" with an object or array value`);
  }

  if (spec.array) {
    // CASL matches an array field when any element matches: eq = contains, in = overlaps.
    const nonNull = (isList ? values : [value]).filter((v) => v !== null && v !== undefined);
    if (spec.anyOf && (anyNode.operator === 'eq' || anyNode.operator === 'in') && nonNull.length === values.length) {
      // The array is never NULL nor holds a NULL (the declaring subject's promise), so EXISTS is
      // two-valued like the overlap it replaces.
      const p = param(nonNull);
      return { sql: `EXISTS (${spec.anyOf.replaceAll('{alias}', alias).replaceAll('{values}', `:${p.name}`)})`, params: p.params };
    }
    switch (anyNode.operator) {
      case 'eq': {
        if (value === null) throw new UnsupportedConditionError(`null on array field "${field}"`);
        const p = param([value]);
        return { sql: bool(`${col} && :${p.name}`), params: p.params };
      }
      case 'in': {
        const values = value as unknown[];
        const nonNull = values.filter((v) => v !== null && v !== undefined);
        const p = param(nonNull);
        const overlaps = bool(`${col} && :${p.name}`);
        if (nonNull.length === values.length) return { sql: overlaps, params: p.params };
        // CASL: a null in the list matches a NULL array and an array holding a NULL element.
        return { sql: `(${overlaps} OR ${col} IS NULL OR array_position(${col}, NULL) IS NOT NULL)`, params: p.params };
      }
      default:
        throw new UnsupportedConditionError(`operator "${anyNode.operator}" on array field "${field}"`);
    }
  }

  switch (anyNode.operator) {
    case 'eq': {
      if (value === null) return { sql: `${col} IS NULL`, params: {} };
      const p = param(value);
      return { sql: bool(`${col} = :${p.name}`), params: p.params };
    }
    case 'ne': {
      if (value === null) return { sql: `${col} IS NOT NULL`, params: {} };
      const p = param(value);
      return { sql: `${col} IS DISTINCT FROM :${p.name}`, params: p.params };
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      if (value === null || value === undefined) return FALSE;
      const op = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[anyNode.operator];
      const p = param(value);
      // Byte order, as JavaScript compares the ASCII the policies use.
      const collate = typeof value === 'string' ? ' COLLATE "C"' : '';
      return { sql: bool(`${col}${collate} ${op} :${p.name}`), params: p.params };
    }
    case 'in':
    case 'nin': {
      const values = value as unknown[];
      const nonNull = values.filter((v) => v !== null && v !== undefined);
      const hasNull = nonNull.length !== values.length;
      const parts: string[] = [];
      let params = {};
      if (nonNull.length > 0) {
        const p = param(nonNull);
        parts.push(`${col} = ANY(:${p.name})`);
        params = p.params;
      }
      if (hasNull) parts.push(`${col} IS NULL`);
      const inSql = parts.length ? parts.map((s) => `(${s})`).join(' OR ') : '1 = 0';
      if (anyNode.operator === 'in') return { sql: bool(inSql), params };
      // $nin negates by itself: two-valued whatever stands above it.
      return { sql: `NOT COALESCE(${inSql}, false)`, params };
    }
    default:
      throw new UnsupportedConditionError(`operator "${anyNode.operator}" is not supported in policies`);
  }
}

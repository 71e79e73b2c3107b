import { buildMongoQueryMatcher } from '@casl/ability';
import { $and, $nor, $or, and, nor, or, type Condition } from '@ucast/mongo2js';

type Ctx = { get(object: unknown, field: string): unknown; compare(a: unknown, b: unknown): number };
type Node = { field: string; value: unknown };

/**
 * SQL never matches NULL in `<`, `<=`, `>`, `>=`; CASL's default matcher would (JS compares
 * `null < 5` as true). The ability must accept exactly the rows SQL returns, so comparisons on
 * an empty value are false here too.
 *
 * CASL 7 parses no top-level operator by default (`$or` would be read as a field named "$or"
 * that never matches); the SQL translation supports `$and`, `$or` and `$nor`, so does the ability.
 */
const nullSafe = (test: (c: number) => boolean) => (node: Node, object: unknown, ctx: Ctx) => {
  const value = ctx.get(object, node.field);
  if (value === null || value === undefined) return false;
  return test(ctx.compare(value, node.value));
};

export const conditionsMatcher = buildMongoQueryMatcher(
  { $and, $or, $nor },
  {
    and,
    or,
    nor,
    lt: nullSafe((c) => c === -1),
    lte: nullSafe((c) => c === -1 || c === 0),
    gt: nullSafe((c) => c === 1),
    gte: nullSafe((c) => c === 1 || c === 0),
  } as never,
);

/** The AST of a condition object, as CASL itself parses it. */
export function parseConditions(conditions: Record<string, unknown>): Condition {
  return (conditionsMatcher(conditions as never) as unknown as { ast: Condition }).ast;
}

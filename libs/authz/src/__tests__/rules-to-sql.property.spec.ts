/**
 * Property: for any rule set, the SQL from `abilityToSql` returns exactly the rows that
 * `ability.can('read', row)` accepts (ARCHITECTURE.md, "Authorization, in layers", 2).
 * Runs against a real PostgreSQL with a fixture table full of NULLs and edge values.
 */
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import type { RawRuleOf } from '@casl/ability';
import { createTestDatabase, type TestDatabase } from '../../../../test/setup/test-database';
import { AbilityFactory, asSubject, type AppAbility } from '../ability/ability.factory';
import { parseConditions } from '../ability/condition-matcher';
import { PolicyRegistry } from '../policy/policy-registry';
import type { ColumnSpec } from '../policy/policy.types';
import { abilityToSql, conditionToSql, UnsupportedConditionError, type SqlFragment } from '../sql/rules-to-sql';

type RawRule = RawRuleOf<AppAbility>;
type Query = Record<string, unknown>;

interface Row {
  id: number;
  a: number | null;
  b: number | null;
  s: string | null;
  flag: boolean | null;
  tags: (string | null)[] | null;
  /** the same array, read through `anyOf` (a semi-join form) */
  tagsx?: (string | null)[] | null;
}

const TABLE = 'authz_prop_rows';
const ALIAS = 't';
const SUBJECT = 'Row';

const COLUMNS: Readonly<Record<string, ColumnSpec>> = {
  id: { expr: '{alias}.id' },
  a: { expr: '{alias}.a' },
  b: { expr: '{alias}.b' },
  s: { expr: '{alias}.s' },
  flag: { expr: '{alias}.flag' },
  tags: { expr: '{alias}.tags', array: true },
  // The same array with `anyOf`: the EXISTS form must select exactly the rows the overlap does.
  tagsx: { expr: '{alias}.tags', array: true, anyOf: 'SELECT 1 FROM unnest({alias}.tags) AS u(v) WHERE u.v = ANY({values})' },
};

// ---------------------------------------------------------------------------------------------
// Value domains shared by the fixture rows and the generated conditions, so that conditions
// hit, miss and straddle the rows (edge values included).

const INT_EDGES = [-2147483648, -1, 0, 1, 2, 3, 5, 10, 2147483647] as const;
const STR_EDGES = ['', ' ', '0', 'A', 'B', 'Z', 'a', 'aa', 'ab', 'b', 'ba', 'z', '~'] as const;
const TAGS = ['x', 'y', 'z', 'w'] as const;

/** A small deterministic PRNG (mulberry32): the same fixture on every run. */
function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtureRows(): Row[] {
  const rand = prng(20240611);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const maybeNull = <T>(f: () => T): T | null => (rand() < 0.2 ? null : f());
  const int = () => (rand() < 0.4 ? pick(INT_EDGES) : Math.floor(rand() * 18) - 5);
  const str = () => pick(STR_EDGES);
  const tags = (): (string | null)[] => {
    const n = Math.floor(rand() * 4);
    const out: (string | null)[] = [];
    for (let i = 0; i < n; i++) out.push(rand() < 0.1 ? null : pick(TAGS));
    return out;
  };

  // Hand-picked edges first: all NULL, all extremes, empty and NULL-holding arrays.
  const rows: Omit<Row, 'id'>[] = [
    { a: null, b: null, s: null, flag: null, tags: null },
    { a: -2147483648, b: 2147483647, s: '', flag: false, tags: [] },
    { a: 2147483647, b: -2147483648, s: '~', flag: true, tags: [null] },
    { a: 0, b: 0, s: 'a', flag: null, tags: ['x', null] },
    { a: null, b: 0, s: 'A', flag: true, tags: ['x', 'y', 'z', 'w'] },
    { a: 0, b: null, s: null, flag: false, tags: ['y'] },
    { a: 1, b: 1, s: ' ', flag: null, tags: null },
    { a: -1, b: -1, s: 'ab', flag: true, tags: ['z', 'z'] },
  ];
  while (rows.length < 80) {
    rows.push({ a: maybeNull(int), b: maybeNull(int), s: maybeNull(str), flag: maybeNull(() => rand() < 0.5), tags: maybeNull(tags) });
  }
  return rows.map((r, i) => ({ id: i + 1, ...r }));
}

const ROWS = fixtureRows().map((r) => ({ ...r, tagsx: r.tags }));
const ALL_IDS = ROWS.map((r) => r.id);

// ---------------------------------------------------------------------------------------------
// Generators: mongo queries over the fixture's fields, restricted to what the translator supports.

const intArb = fc.oneof(fc.constantFrom(...INT_EDGES), fc.integer({ min: -5, max: 12 }));
const strArb = fc.oneof(
  fc.constantFrom(...STR_EDGES),
  fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'z', '0', ' ', '~'), maxLength: 3 }),
);
const tagArb = fc.constantFrom(...TAGS, 'v');

const withNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 5 });
const listOf = <T>(arb: fc.Arbitrary<T>) => fc.array(withNull(arb), { maxLength: 4 });

/** Field-level operators for a scalar field; `ordered` allows $lt/$lte/$gt/$gte. */
function scalarCondition<T>(arb: fc.Arbitrary<T>, ordered: boolean): fc.Arbitrary<unknown> {
  const op = fc.oneof(
    withNull(arb).map((v) => ['$eq', v] as const),
    withNull(arb).map((v) => ['$ne', v] as const),
    listOf(arb).map((v) => ['$in', v] as const),
    listOf(arb).map((v) => ['$nin', v] as const),
    ...(ordered ? [fc.tuple(fc.constantFrom('$lt', '$lte', '$gt', '$gte'), arb)] : []),
  );
  return fc.oneof(
    withNull(arb), // implicit equality, `{ a: null }` included
    fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) => Object.fromEntries(ops)),
  );
}

/** The array field: equality (= contains) and $in (= overlaps) only, as the translator says. */
const tagsCondition: fc.Arbitrary<unknown> = fc.oneof(
  tagArb,
  tagArb.map((v) => ({ $eq: v })),
  listOf(tagArb).map((v) => ({ $in: v })),
);

const FIELD_CONDITIONS: Record<string, fc.Arbitrary<unknown>> = {
  id: scalarCondition(fc.integer({ min: 0, max: 82 }), true),
  a: scalarCondition(intArb, true),
  b: scalarCondition(intArb, true),
  s: scalarCondition(strArb, true),
  flag: scalarCondition(fc.boolean(), false),
  tags: tagsCondition,
  tagsx: tagsCondition,
};

/** An implicit AND of one to three fields. */
const fieldsQuery: fc.Arbitrary<Query> = fc
  .uniqueArray(fc.constantFrom(...Object.keys(FIELD_CONDITIONS)), { minLength: 1, maxLength: 3 })
  .chain((fields) => fc.tuple(...fields.map((f) => FIELD_CONDITIONS[f].map((c) => [f, c] as const))))
  .map((entries) => Object.fromEntries(entries));

/** A query with top-level $and / $or / $nor nested up to `depth` levels, maybe beside fields. */
function query(depth: number): fc.Arbitrary<Query> {
  if (depth === 0) return fieldsQuery;
  const compound = fc
    .tuple(fc.constantFrom('$and', '$or', '$nor'), fc.array(query(depth - 1), { minLength: 1, maxLength: 3 }))
    .map(([op, parts]): Query => ({ [op]: parts }));
  const compoundWithFields = fc.tuple(compound, fieldsQuery).map(([c, f]): Query => ({ ...f, ...c }));
  return fc.oneof({ arbitrary: fieldsQuery, weight: 3 }, { arbitrary: compound, weight: 2 }, { arbitrary: compoundWithFields, weight: 1 });
}

const ruleArb: fc.Arbitrary<RawRule> = fc
  .record({
    // one rule in three a `cannot`: enough to cut, not so many that most sets see nothing
    inverted: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
    conditions: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 4 },
      { arbitrary: fc.constant({}), weight: 1 },
      { arbitrary: query(2), weight: 20 },
    ),
  })
  .map(({ inverted, conditions }): RawRule => ({
    action: 'read',
    subject: SUBJECT,
    ...(inverted ? { inverted } : {}),
    ...(conditions ? { conditions } : {}),
  }));

const rulesArb = fc.array(ruleArb, { minLength: 1, maxLength: 6 });

// ---------------------------------------------------------------------------------------------

const factory = new AbilityFactory(new PolicyRegistry());
let db: TestDatabase;
let ds: DataSource;
let sCollation = '';

beforeAll(async () => {
  db = await createTestDatabase();
  ds = new DataSource({ type: 'postgres', url: db.url });
  await ds.initialize();
  // The test server's default collation is C; production databases usually sort linguistically
  // ('a' < 'B' < 'b'). A linguistic collation on `s` proves string comparisons follow JavaScript.
  const [icu] = await ds.query(`SELECT collname FROM pg_collation WHERE collname = 'und-x-icu'`);
  sCollation = icu ? ' COLLATE "und-x-icu"' : '';
  await ds.query(
    `CREATE TABLE ${TABLE} (id int PRIMARY KEY, a int NULL, b int NULL, s text${sCollation} NULL, flag boolean NULL, tags text[] NULL)`,
  );
  for (const r of ROWS) {
    await ds.query(`INSERT INTO ${TABLE} (id, a, b, s, flag, tags) VALUES ($1, $2, $3, $4, $5, $6)`, [r.id, r.a, r.b, r.s, r.flag, r.tags]);
  }
});

afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
  await db?.drop();
});

async function sqlIds(fragment: SqlFragment): Promise<number[]> {
  const rows = await ds
    .createQueryBuilder()
    .select(`${ALIAS}.id`, 'id')
    .from(TABLE, ALIAS)
    .where(fragment.sql, fragment.params)
    .orderBy(`${ALIAS}.id`)
    .getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

function caslIds(ability: AppAbility): number[] {
  return ROWS.filter((r) => ability.can('read', asSubject(SUBJECT, r))).map((r) => r.id);
}

async function compare(rules: RawRule[]): Promise<{ sql: number[]; casl: number[]; fragment: SqlFragment }> {
  const ability = factory.build(rules);
  const fragment = abilityToSql(ability, 'read', SUBJECT, COLUMNS, ALIAS);
  return { sql: await sqlIds(fragment), casl: caslIds(ability), fragment };
}

describe('abilityToSql agrees with ability.can', () => {
  it('the fixture has NULLs in every column and both booleans', () => {
    for (const col of ['a', 'b', 's', 'flag', 'tags'] as const) {
      expect(ROWS.some((r) => r[col] === null)).toBe(true);
    }
    expect(ROWS.some((r) => r.flag === true) && ROWS.some((r) => r.flag === false)).toBe(true);
    expect(ROWS).toHaveLength(80);
  });

  it('the string column sorts linguistically, unlike JavaScript (so COLLATE "C" matters)', async () => {
    if (!sCollation) return; // no ICU on this server: the database sorts like JavaScript anyway
    const [r] = await ds.query(`SELECT 'a'::text${sCollation} < 'B'::text${sCollation} AS ling`);
    expect(r.ling).toBe(true);
    expect('a' < 'B').toBe(false);
  });

  it('returns exactly the rows CASL accepts, for random rule sets', async () => {
    await fc.assert(
      fc.asyncProperty(rulesArb, async (rules) => {
        const { sql, casl } = await compare(rules);
        expect(sql).toEqual(casl);
      }),
      { numRuns: 300 },
    );
  });

  describe('examples', () => {
    it('no rules: no rows, as 1 = 0', async () => {
      const r = await compare([]);
      expect(r.fragment.sql).toBe('1 = 0');
      expect(r.sql).toEqual([]);
      expect(r.casl).toEqual([]);
    });

    it('a cannot without conditions after a can: no rows', async () => {
      const r = await compare([
        { action: 'read', subject: SUBJECT },
        { action: 'read', subject: SUBJECT, inverted: true },
      ]);
      expect(r.sql).toEqual([]);
      expect(r.casl).toEqual([]);
    });

    it('a cannot with conditions after a can: every row but those', async () => {
      const r = await compare([
        { action: 'read', subject: SUBJECT },
        { action: 'read', subject: SUBJECT, inverted: true, conditions: { a: { $gt: 0 } } },
      ]);
      const expected = ROWS.filter((row) => !(row.a !== null && row.a > 0)).map((row) => row.id);
      expect(r.sql).toEqual(expected);
      expect(r.casl).toEqual(expected);
      expect(r.sql).toContain(1); // the all-NULL row: NOT over a NULL comparison is still true
    });

    it('a can without conditions: every row', async () => {
      const r = await compare([{ action: 'read', subject: SUBJECT }]);
      expect(r.fragment.sql).toBe('1 = 1');
      expect(r.sql).toEqual(ALL_IDS);
      expect(r.casl).toEqual(ALL_IDS);
    });

    it('$ne matches NULL, as CASL does', async () => {
      const r = await compare([{ action: 'read', subject: SUBJECT, conditions: { a: { $ne: 0 } } }]);
      const expected = ROWS.filter((row) => row.a !== 0).map((row) => row.id);
      expect(expected).toContain(1);
      expect(r.sql).toEqual(expected);
      expect(r.casl).toEqual(expected);
    });

    it('a comparison on NULL is false on both sides', async () => {
      const nullRows = ROWS.filter((row) => row.b === null).map((row) => row.id);
      for (const op of ['$lt', '$lte', '$gt', '$gte'] as const) {
        for (const value of [-2147483648, 0, 2147483647]) {
          const r = await compare([{ action: 'read', subject: SUBJECT, conditions: { b: { [op]: value } } }]);
          for (const id of nullRows) {
            expect(r.sql).not.toContain(id);
            expect(r.casl).not.toContain(id);
          }
          expect(r.sql).toEqual(r.casl);
        }
      }
    });

    it('$in with null on the array field matches NULL arrays and NULL elements, as CASL does', async () => {
      const r = await compare([{ action: 'read', subject: SUBJECT, conditions: { tags: { $in: [null, 'w'] } } }]);
      const expected = ROWS.filter((row) => row.tags === null || row.tags.includes(null) || row.tags.includes('w')).map((row) => row.id);
      expect(expected).toEqual(expect.arrayContaining([1, 3, 4, 5]));
      expect(r.sql).toEqual(expected);
      expect(r.casl).toEqual(expected);
    });

    it('$or and $nor are understood by the ability, not read as field names', async () => {
      const r = await compare([
        { action: 'read', subject: SUBJECT, conditions: { $or: [{ a: 0 }, { b: 0 }] } },
        { action: 'read', subject: SUBJECT, inverted: true, conditions: { $nor: [{ flag: true }] } },
      ]);
      const expected = ROWS.filter((row) => (row.a === 0 || row.b === 0) && row.flag === true).map((row) => row.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(r.sql).toEqual(expected);
      expect(r.casl).toEqual(expected);
    });
  });
});

describe('conditionToSql refuses what it cannot translate', () => {
  const translate = (conditions: Query) => () => conditionToSql(parseConditions(conditions), COLUMNS, ALIAS, { next: 0 });

  it.each<[string, Query]>([
    ['$regex', { s: { $regex: '^a' } }],
    ['$exists', { a: { $exists: true } }],
    ['$elemMatch on the array field', { tags: { $elemMatch: { $eq: 'x' } } }],
    ['$elemMatch on a scalar field', { s: { $elemMatch: { $eq: 'x' } } }],
    ['an unmapped field', { nope: 1 }],
    ['an unmapped field inside $or', { $or: [{ a: 1 }, { nope: 1 }] }],
    ['$ne on the array field', { tags: { $ne: 'x' } }],
    ['null equality on the array field', { tags: null }],
    ['$not read as equality with an object', { a: { $not: { $eq: 1 } } } as Query],
    ['a whole array as the value of the array field', { tags: ['x'] } as Query],
    ['an object inside $in', { a: { $in: [{ x: 1 }] } } as Query],
  ])('%s', (_label, conditions) => {
    expect(translate(conditions)).toThrow(UnsupportedConditionError);
  });
});

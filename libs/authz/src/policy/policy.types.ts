import type { AgencyKind, Role } from '@renkei/core';

/** How a masked field is shown: `last4` keeps the last four characters (`****5678`). */
export type MaskKind = 'last4';

/**
 * How a condition field maps to SQL. `expr` is an SQL expression in which `{alias}` stands for
 * the query's alias of the subject's table, e.g. `{alias}.agency_id`. `array` fields are
 * `text[]`/`uuid[]` expressions: an equality condition on them means "contains".
 */
export interface ColumnSpec {
  expr: string;
  array?: boolean;
  /**
   * For an array column read from another table: a condition, true when the array holds any of
   * `{values}` (an array parameter), written as a subquery PostgreSQL can plan as a semi-join
   * (`EXISTS (SELECT 1 FROM … WHERE … = ANY({values}))`). Without it, a rule on the array
   * builds the array for every row and tests it: a sequential scan of the table.
   */
  anyOf?: string;
}

/**
 * What a lib declares about one protected type: its fields, the named groups the agencies'
 * policies refer to (the rows of VISIBILITY.md), which fields are sensitive (S) or maskable,
 * and how condition fields map to SQL.
 */
export interface SubjectDefinition {
  name: string;
  /** readable whenever the row is readable (ids, `redactedFields` itself) */
  alwaysVisible: string[];
  groups: Record<string, readonly string[]>;
  sensitive?: readonly string[];
  masks?: Readonly<Record<string, MaskKind>>;
  columns: Readonly<Record<string, ColumnSpec>>;
}

/** RW read and write · R read · M masked read · W write only (rare). */
export type Access = 'R' | 'RW' | 'M' | 'W';

/**
 * One row of an agency's policy. Values in `where` may name the actor: `$actor.agencyId`,
 * `$actor.prefectureId`, `$actor.userId`, `$actor.unitId`, `$actor.parentAgencyId`. A grant
 * whose placeholder is empty for the actor is dropped (deny by default), never widened.
 */
export interface Grant {
  roles: readonly Role[];
  subject: string;
  access?: Access;
  /** field groups the access applies to; `all` = every group of the subject */
  groups?: readonly string[] | 'all';
  /** actions that are not about fields: `create`, `delete`, `revokeSessions`, … */
  actions?: readonly string[];
  where?: Readonly<Record<string, unknown>>;
  /** a `cannot` rule: takes precedence over the grants before it */
  deny?: boolean;
  /** the line of VISIBILITY.md this grant implements */
  note?: string;
}

/** Everything one agency kind may see and do: one file per agency kind. */
export interface AgencyPolicy {
  agencyKind: AgencyKind;
  grants: readonly Grant[];
}

export const READ = 'read';
export const READ_MASKED = 'read_masked';
export const UPDATE = 'update';

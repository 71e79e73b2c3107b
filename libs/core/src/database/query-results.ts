/**
 * TypeORM's postgres driver answers `UPDATE/DELETE … RETURNING` with `[rows, rowCount]` but
 * `SELECT` and `INSERT … RETURNING` with the rows themselves: one reader for both, so a
 * conditional update ("WHERE version = $2 RETURNING id") really tells whether a row changed.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

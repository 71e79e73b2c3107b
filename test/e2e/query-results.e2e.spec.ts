import { returnedRows } from '@renkei/core';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The driver answers UPDATE … RETURNING as [rows, rowCount] and SELECT / INSERT … RETURNING as
 * rows: conditional updates ("WHERE version = $2 RETURNING id") read their result through
 * returnedRows, on the real PostgreSQL driver.
 */
describe('returnedRows on the PostgreSQL driver', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`CREATE TABLE returned_rows_probe (id int PRIMARY KEY, version int NOT NULL)`);
  });
  afterAll(() => t?.close());

  it('reads INSERT, UPDATE and DELETE … RETURNING and SELECT alike, and an update that matched nothing is empty', async () => {
    const inserted = await t.dataSource.query(`INSERT INTO returned_rows_probe VALUES (1, 1), (2, 1) RETURNING id`);
    expect(returnedRows(inserted)).toEqual([{ id: 1 }, { id: 2 }]);

    const stale = await t.dataSource.query(`UPDATE returned_rows_probe SET version = version + 1 WHERE id = 1 AND version = 7 RETURNING id`);
    expect(Array.isArray(stale) && stale.length).toBe(2); // the raw shape that made `rows.length > 0` always true
    expect(returnedRows(stale)).toEqual([]);

    const fresh = await t.dataSource.query(`UPDATE returned_rows_probe SET version = version + 1 WHERE id = 1 AND version = 1 RETURNING id, version`);
    expect(returnedRows(fresh)).toEqual([{ id: 1, version: 2 }]);

    expect(returnedRows(await t.dataSource.query(`SELECT id FROM returned_rows_probe ORDER BY id`))).toEqual([{ id: 1 }, { id: 2 }]);
    expect(returnedRows(await t.dataSource.query(`DELETE FROM returned_rows_probe WHERE id = 2 RETURNING id`))).toEqual([{ id: 2 }]);
    expect(returnedRows(await t.dataSource.query(`SELECT id FROM returned_rows_probe WHERE id = 99`))).toEqual([]);
  });
});

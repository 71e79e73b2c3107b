import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/setup/test-database';
it('probe', async () => {
  const db = await createTestDatabase();
  const c = new Client({ connectionString: db.url }); await c.connect();
  console.log((await c.query(`select datcollate, datctype, datlocprovider from pg_database where datname = current_database()`)).rows);
  console.log((await c.query(`select collname, collprovider from pg_collation where collname ~* '^(en|und|ja|C|POSIX|ucs)' limit 30`)).rows.map(r=>r.collname+':'+r.collprovider).join(' '));
  await c.end(); await db.drop();
});

import { Client } from 'pg';

/** Drops the template and stops what the setup started. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.RENKEI_TEST_ADMIN_URL;
  const template = process.env.RENKEI_TEST_TEMPLATE;
  if (adminUrl && template && process.env.TEST_DATABASE_URL) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  for (const service of (globalThis.__RENKEI_TEST_SERVICES__ ?? []).reverse()) {
    if (service.owned) await service.stop().catch(() => undefined);
  }
}

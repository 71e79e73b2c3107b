import 'reflect-metadata';
import { ConfigError, RequestContext, TransactionRunner } from '@renkei/core';
import { DemoDirectorySeeder } from '@renkei/identity';
import { cliContext, resolveDatabase, runMigrations } from './cli-context';

/**
 * Loads the demo world of spec/DEMO.md, idempotently, in one transaction (audited as one
 * event). Refused in production: the demo password is public.
 */
export async function seedDemo(databaseUrl: string): Promise<{ users: number }> {
  const app = await cliContext(databaseUrl);
  try {
    const transactions = app.get(TransactionRunner);
    const seeder = app.get(DemoDirectorySeeder);
    return await transactions.run(async (tx) => {
      const result = await seeder.seed(tx.em);
      if (result.users > 0) {
        tx.emit({ type: 'demo.seeded', outcome: 'success', ctx: RequestContext.system('cli'), details: result });
      }
      return result;
    });
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigError(['NODE_ENV=production: refusing to load demo data (the demo password is public)']);
  }
  const db = await resolveDatabase();
  try {
    await runMigrations(db.url);
    const result = await seedDemo(db.url);
    process.stdout.write(`demo data loaded (${result.users} new users)\n`);
    return 0;
  } finally {
    await db.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

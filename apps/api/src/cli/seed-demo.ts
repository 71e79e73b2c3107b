import 'reflect-metadata';
import { ConfigError, RequestContext, TransactionRunner } from '@renkei/core';
import { DemoDirectorySeeder, IdentityRepository } from '@renkei/identity';
import { DemoSeedRegistry } from '@renkei/cases';
import { cliContext, resolveDatabase, runMigrations } from './cli-context';

/**
 * Loads the demo world of spec/DEMO.md, idempotently, in one transaction (audited as one
 * event). Refused in production: the demo password is public.
 */
export async function seedDemo(databaseUrl: string): Promise<{ users: number; parts: string[] }> {
  const app = await cliContext(databaseUrl);
  try {
    const transactions = app.get(TransactionRunner);
    const seeder = app.get(DemoDirectorySeeder);
    const identities = app.get(IdentityRepository);
    const result = await transactions.run(async (tx) => {
      const seeded = await seeder.seed(tx.em);
      if (seeded.users > 0) {
        tx.emit({ type: 'demo.seeded', outcome: 'success', ctx: RequestContext.system('cli'), details: seeded });
      }
      return seeded;
    });
    // Then each case type's demo cases, filed as the demo users through the real services.
    const parts: string[] = [];
    for (const part of app.get(DemoSeedRegistry).list()) {
      const loaded = await transactions.run((tx) =>
        part.seed(tx, async (username) => {
          const actor = await identities.actorByUsername(tx.em, username);
          if (!actor) throw new Error(`demo user ${username} is missing`);
          return new RequestContext(actor, `demo-${part.name}`, 'cli');
        }),
      );
      if (loaded) parts.push(part.name);
    }
    return { ...result, parts };
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
    process.stdout.write(`demo data loaded (${result.users} new users${result.parts.length ? `; ${result.parts.join(', ')}` : ''})\n`);
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

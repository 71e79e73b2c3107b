import 'reflect-metadata';
import { resolveDatabase, runMigrations } from './cli-context';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded dev database). */
async function main(): Promise<number> {
  const db = await resolveDatabase();
  try {
    const applied = await runMigrations(db.url);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
    return 0;
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

import 'reflect-metadata';
import { AuditService } from '@renkei/audit';
import { cliContext, resolveDatabase } from './cli-context';

/**
 * `npm run audit:verify`: walks the hash chain of the audit log and names the first row whose
 * content or link does not verify. Exit code 0 when intact, 1 when broken.
 */
async function main(): Promise<number> {
  const db = await resolveDatabase();
  try {
    const app = await cliContext(db.url);
    try {
      const result = await app.get(AuditService).verify();
      if (result.ok) {
        process.stdout.write(`audit chain intact: ${result.rows} rows verified, last hash ${result.lastHash}\n`);
        return 0;
      }
      const what = result.problem === 'content-changed'
        ? 'its content does not match its hash (changed after it was written)'
        : 'its prev_hash does not match the previous row (a row was removed, inserted or reordered)';
      process.stdout.write(`audit chain BROKEN at row id=${result.brokenAtId}: ${what}\n`);
      return 1;
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);

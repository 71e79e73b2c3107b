import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// RENKEI_DIST: a build in another folder (parallel work on one checkout builds into its own).
const DIST = process.env.RENKEI_DIST ?? resolve(__dirname, '../../dist/apps/api/src');

/**
 * Jest runs globalSetup in its own process, outside the module mapper and sandbox: it uses the
 * compiled app (`npm test` builds first) and seeds in a child process, so no Nest module is
 * loaded here to clash with the tests' own copies.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${DIST}/dev/local-services.js`)) {
    throw new Error('dist/ is missing: run the tests with `npm test` (it builds first)');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { setUpTestServices } = require('./test-services') as typeof import('./test-services');
  await setUpTestServices(DIST, (databaseUrl) => {
    const seeded = spawnSync(process.execPath, [`${DIST}/cli/seed-demo.js`], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
      encoding: 'utf8',
    });
    if (seeded.status !== 0) throw new Error(`seeding the test template failed:\n${seeded.stdout}\n${seeded.stderr}`);
  });
}

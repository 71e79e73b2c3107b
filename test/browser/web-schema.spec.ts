import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The web client's operations are typed from apps/web/schema.graphql (committed). The server's
 * schema is code-first, so this test prints the schema the real app builds and compares:
 * `npm run schema:web` (RENKEI_WRITE_WEB_SCHEMA=1) rewrites the file, then `npm run codegen:web`.
 */
const ROOT = join(__dirname, '../..');
const SCHEMA_FILE = join(ROOT, 'apps/web/schema.graphql');

describe('web client schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('apps/web/schema.graphql is the schema the API serves', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.RENKEI_WRITE_WEB_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // A plain equality check: the message says how to fix it instead of dumping a diff.
    if (committed !== printed) {
      throw new Error('apps/web/schema.graphql is stale: run `npm run schema:web && npm run codegen:web` and commit the result');
    }
    expect(committed).toBe(printed);
  });

  it('the committed codegen output (apps/web/src/gql) matches the schema and the operations', () => {
    // In a child process: codegen loads its presets dynamically, outside jest's module sandbox.
    const script = `const cli = require('@graphql-codegen/cli');
      cli.loadCodegenConfig({ configFilePath: 'apps/web/codegen.yml' })
        .then(({ config }) => cli.generate({ ...config, cwd: process.cwd(), silent: true }, false))
        .then((files) => process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content })))))
        .catch((e) => { process.stderr.write(String(e && e.message)); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`codegen failed: ${run.stderr}`);
    const files = JSON.parse(run.stdout) as { filename: string; content: string }[];
    expect(files.map((f) => f.filename).sort()).toEqual(['apps/web/src/gql/gql.ts', 'apps/web/src/gql/graphql.ts', 'apps/web/src/gql/index.ts']);
    const stale = files.filter((f) => readFileSync(join(ROOT, f.filename), 'utf8') !== f.content).map((f) => f.filename);
    if (stale.length) throw new Error(`stale codegen output: ${stale.join(', ')}: run \`npm run codegen:web\` and commit the result`);
    expect(stale).toEqual([]);
  });
});

/**
 * `npm run bench:scale`: two API processes and two workers against one PostgreSQL and one Redis
 * (docs/SCALING.md). A token from one API works on the other; exports requested alternately on
 * both are each run by exactly one of the two workers (one completion in the audit log, one
 * notification, none twice). Exits non-zero when any of that fails.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../apps/api/src/dev/local-services';
import { demoLogin } from './lib/http';
import { roleEnv, spawnRole, startServices, stopChild, waitHealthy } from './lib/world';

const log = (m: string) => process.stdout.write(`[scale] ${m}\n`);
const USERS = ['chuo.manager', 'chuo.supervisor', 'chuo.investigator', 'minato.manager', 'hq.director', 'hq.coordinator', 'otsu.coordinator', 'sakura.liaison'];
/** At most 5 per user (EXPORT_MAX_ACTIVE_PER_USER). */
const EXPORTS = Math.min(Number(process.argv[2] ?? 40), USERS.length * 5);

async function gql(base: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

async function main(): Promise<void> {
  const services = await startServices(log);
  const files = mkdtempSync(join(tmpdir(), 'renkei-scale-files-'));
  const children: ReturnType<typeof spawnRole>[] = [];
  try {
    const apis: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      const api = spawnRole('main.js', roleEnv(services, port, files), (m) => log(`api${i + 1}: ${m}`));
      children.push(api);
      apis.push(`http://127.0.0.1:${port}`);
      await waitHealthy(apis[i], api);
    }
    // A worker listens on nothing; PORT is only validated.
    const workers = [];
    for (const i of [1, 2]) workers.push(spawnRole('worker.js', roleEnv(services, await freePort(), files), (m) => log(`worker${i}: ${m}`)));
    children.push(...workers);
    log(`2 APIs (${apis.join(', ')}) and 2 workers (pids ${workers.map((w) => w.pid).join(', ')}) on one PostgreSQL and one Redis`);

    // A token signed by one API is accepted by the other (stateless tokens, sessions in PostgreSQL).
    const tokens: string[] = [];
    for (const u of USERS) {
      const token = await demoLogin(apis[tokens.length % 2], u);
      const me = await gql(apis[(tokens.length + 1) % 2], '{ me { user { username } } }', {}, token);
      if (me.data?.me?.user?.username !== u) throw new Error(`the other API refused ${u}'s token: ${JSON.stringify(me)}`);
      tokens.push(token);
    }
    log(`${USERS.length} tokens, each signed by one API, accepted by the other`);

    // Each user may have 5 exports queued or running: requests go round the users and the APIs.
    const ids: string[] = [];
    for (let i = 0; i < EXPORTS; i += 1) {
      const res = await gql(apis[i % 2], 'mutation($f: ExportFormat!) { requestCaseExport(format: $f) { id } }', { f: i % 2 ? 'XLSX' : 'CSV' }, tokens[i % tokens.length]);
      const id = res.data?.requestCaseExport?.id as string | undefined;
      if (!id) throw new Error(`export request failed: ${JSON.stringify(res)}`);
      ids.push(id);
    }
    log(`${EXPORTS} exports requested, alternately on both APIs`);

    const db = new Client({ connectionString: services.databaseUrl });
    await db.connect();
    try {
      const until = Date.now() + 120_000;
      let done = 0;
      while (Date.now() < until) {
        done = Number((await db.query(`SELECT count(*) AS n FROM export_jobs WHERE id = ANY($1) AND state = 'DONE'`, [ids])).rows[0].n);
        if (done === ids.length) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      if (done !== ids.length) throw new Error(`only ${done} of ${ids.length} exports finished`);
      // Exactly once: one completion in the audit log and one notification per export; none twice.
      const completions = (await db.query(
        `SELECT subject_id, count(*)::int AS n FROM audit_log WHERE action = 'exports.job.completed' AND subject_id = ANY($1) GROUP BY subject_id`, [ids],
      )).rows as { subject_id: string; n: number }[];
      const twice = completions.filter((c) => c.n !== 1);
      if (completions.length !== ids.length || twice.length) throw new Error(`completions: ${completions.length} exports, ${twice.length} more than once`);
      // Each event relayed once (the outbox marks it) while the notifications wait for the relay.
      await new Promise((r) => setTimeout(r, 3000));
      const notes = (await db.query(
        `SELECT subject_id, count(*)::int AS n FROM notifications WHERE subject_id = ANY($1) GROUP BY subject_id`, [ids],
      )).rows as { subject_id: string; n: number }[];
      if (notes.length !== ids.length || notes.some((n) => n.n !== 1)) {
        throw new Error(`notifications: ${notes.length} of ${ids.length} exports, ${notes.filter((n) => n.n !== 1).length} not exactly once`);
      }
      log(`every export ran once (${ids.length} completions, ${notes.length} notifications, none twice)`);
    } finally {
      await db.end();
    }
  } finally {
    await Promise.all(children.map((c) => stopChild(c)));
    await services.stop();
    rmSync(files, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[scale] failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

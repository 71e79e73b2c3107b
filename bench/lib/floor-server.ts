import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { stopChild } from './processes';

/**
 * The floor (issue 8): what PostgreSQL and Node do with no framework. A plain `node:http` server
 * with a `pg` Pool (as many connections as the API's pool), one hand-written SQL statement per
 * request and `JSON.stringify`, answering the same data, in the same JSON shape, as the API gives
 * to scenarios 2 and 3 (bench/lib/scenarios.ts):
 *
 * - `GET /cases?first=50`: `CASE_LIST` as hq.director: the cases of its prefecture, newest filed
 *   first (the API's default order: filed_at DESC NULLS LAST, id DESC), each with its tasks in
 *   creation order; every field readable, so every `redactedFields` is empty.
 * - `GET /departure/<caseId>`: `departureDetail` as sakura.liaison: the case only when its bank
 *   holds a (not withdrawn) task in it; the case summary (title and internal fields redacted);
 *   the resident's name, date of birth and dates, the residence card masked to its last 4, the
 *   nationality, status of residence and address null; only the bank's own accounts, in full; no
 *   phone contracts (VISIBILITY.md §3, financial-institution.departure.grants.ts).
 *
 * The users' agency and prefecture are looked up once at start; there is no authorization
 * engine, no ability, no projection: the rules above are written into the SQL.
 */

const CASE_DIRECTOR = 'hq.director';
const BANK_LIAISON = 'sakura.liaison';
/** the API's pool size (libs/core/src/database/data-source-options.ts) */
const POOL_SIZE = 10;
const MAX_FIRST = 100;

/** ISO 8601 in UTC with milliseconds, as GraphQL's DateTime scalar prints a JS Date. */
const iso = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;

const CASE_LIST_SQL = `
  SELECT c.id, c.reference, c.type, c.state, c.title, c.priority, ${iso('c.filed_at')} AS "filedAt", ${iso('c.updated_at')} AS "updatedAt",
         COALESCE((SELECT json_agg(json_build_object('id', t.id, 'agencyId', t.agency_id, 'kind', t.kind, 'state', t.state,
                                                     'dueAt', ${iso('t.due_at')}, 'redactedFields', '[]'::json) ORDER BY t.created_at, t.id)
                     FROM tasks t WHERE t.case_id = c.id), '[]'::json) AS tasks
    FROM cases c
   WHERE c.prefecture_id = $1
   ORDER BY c.filed_at DESC NULLS LAST, c.id DESC
   LIMIT $2`;

const DEPARTURE_SQL = `
  SELECT c.id, c.reference, c.type, c.state,
         (SELECT json_build_object('id', r.id, 'romajiName', r.romaji_name, 'kanaName', r.kana_name, 'dateOfBirth', ${day('r.date_of_birth')},
                                   'residenceCardNumber', r.residence_card_number, 'residenceExpiry', ${day('r.residence_expiry')},
                                   'gracePeriodEnd', CASE WHEN r.application_pending THEN ${day(`(r.residence_expiry + interval '2 months')::date`)} END,
                                   'plannedDeparture', ${day('r.planned_departure')})
            FROM departing_residents r WHERE r.case_id = c.id) AS resident,
         COALESCE((SELECT json_agg(json_build_object('id', a.id, 'bankAgencyId', a.bank_agency_id, 'branchName', a.branch_name, 'accountType', a.account_type,
                                                     'accountNumber', a.account_number, 'holderKana', a.holder_kana, 'status', a.status,
                                                     'statusOn', ${day('a.status_on')}, 'legalBasis', a.legal_basis, 'redactedFields', '[]'::json) ORDER BY a.seq)
                     FROM departure_accounts a WHERE a.case_id = c.id AND a.bank_agency_id = $2), '[]'::json) AS accounts
    FROM cases c
   WHERE c.id = $1
     AND EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.agency_id = $2 AND t.state <> 'WITHDRAWN')`;

/** What a bank liaison may not read of a case and of a departing resident, in the API's order. */
const CASE_REDACTED_FOR_LIAISON = ['title', 'filedBy', 'owningUnitId', 'assigneeIds'];
const RESIDENT_REDACTED_FOR_BANK = ['nationality', 'statusOfResidence', 'address', 'applicationNumber', 'applicationDate', 'updatedAt', 'version'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The masked form of VISIBILITY.md (`last4`), as libs/authz/src/fields/masks.ts prints it. */
function last4(value: string | null): string | null {
  if (value === null) return null;
  return value.length <= 4 ? '*'.repeat(value.length) : '*'.repeat(value.length - 4) + value.slice(-4);
}

function cursor(filedAt: string | null, id: string): string {
  return Buffer.from(JSON.stringify([filedAt ?? '', id])).toString('base64url');
}

interface CaseListRow {
  id: string;
  reference: string;
  type: string;
  state: string;
  title: string;
  priority: string;
  filedAt: string | null;
  updatedAt: string | null;
  tasks: unknown[];
}

interface DepartureRow {
  id: string;
  reference: string;
  type: string;
  state: string;
  resident: {
    id: string;
    romajiName: string;
    kanaName: string | null;
    dateOfBirth: string;
    residenceCardNumber: string;
    residenceExpiry: string;
    gracePeriodEnd: string | null;
    plannedDeparture: string | null;
  } | null;
  accounts: unknown[];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  // the trailing newline: byte for byte the size of the API's answer
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function userScope(pool: Pool, username: string): Promise<{ agencyId: string; prefectureId: string | null }> {
  const { rows } = await pool.query<{ agencyId: string; prefectureId: string | null }>(
    `SELECT u.agency_id AS "agencyId", a.prefecture_id AS "prefectureId" FROM users u JOIN agencies a ON a.id = u.agency_id WHERE lower(u.username) = lower($1)`,
    [username],
  );
  if (!rows[0]) throw new Error(`floor server: demo user ${username} is missing`);
  return rows[0];
}

export async function startFloorServer(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: POOL_SIZE, application_name: 'renkei-floor' });
  let director: { prefectureId: string | null };
  let bank: { agencyId: string };
  try {
    director = await userScope(pool, CASE_DIRECTOR);
    bank = await userScope(pool, BANK_LIAISON);
  } catch (e) {
    await pool.end();
    throw e;
  }

  const caseList = async (first: number) => {
    const { rows } = await pool.query<CaseListRow>(CASE_LIST_SQL, [director.prefectureId, first + 1]);
    const page = rows.slice(0, first);
    const nodes = page.map((r) => ({
      id: r.id,
      reference: r.reference,
      type: r.type,
      state: r.state,
      title: r.title,
      priority: r.priority,
      filedAt: r.filedAt,
      updatedAt: r.updatedAt,
      redactedFields: [] as string[],
      tasks: r.tasks,
    }));
    const last = page[page.length - 1];
    return { data: { cases: { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursor(last.filedAt, last.id) : null } } } };
  };

  const departure = async (caseId: string) => {
    const { rows } = await pool.query<DepartureRow>(DEPARTURE_SQL, [caseId, bank.agencyId]);
    const c = rows[0];
    if (!c) return null;
    const r = c.resident;
    return {
      data: {
        case: {
          id: c.id,
          reference: c.reference,
          type: c.type,
          state: c.state,
          redactedFields: CASE_REDACTED_FOR_LIAISON,
          departingResident: r && {
            id: r.id,
            romajiName: r.romajiName,
            kanaName: r.kanaName,
            dateOfBirth: r.dateOfBirth,
            nationality: null,
            statusOfResidence: null,
            residenceCardNumber: last4(r.residenceCardNumber),
            residenceExpiry: r.residenceExpiry,
            gracePeriodEnd: r.gracePeriodEnd,
            plannedDeparture: r.plannedDeparture,
            address: null,
            redactedFields: RESIDENT_REDACTED_FOR_BANK,
            accounts: c.accounts,
            contracts: [] as unknown[],
          },
        },
      },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    if (req.method !== 'GET') return send(res, 405, { errors: [{ message: 'GET only' }] });
    if (url.pathname === '/cases') {
      const first = Number(url.searchParams.get('first') ?? 50);
      if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) return send(res, 400, { errors: [{ message: 'first: 1 to 100' }] });
      return send(res, 200, await caseList(first));
    }
    if (url.pathname.startsWith('/departure/')) {
      const id = url.pathname.slice('/departure/'.length);
      if (!UUID.test(id)) return send(res, 400, { errors: [{ message: 'not a case id' }] });
      const body = await departure(id);
      return body ? send(res, 200, body) : send(res, 404, { data: { case: null }, errors: [{ message: 'Not found' }] });
    }
    if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
    return send(res, 404, { errors: [{ message: 'Not found' }] });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

/** The line a baseline started as its own process prints on stdout once it listens. */
export const BASELINE_URL_PREFIX = 'renkei-bench-url ';

/** Says where this process listens (a line on stdout; other stdout lines, e.g. pino's, are ignored). */
export function announce(url: string): void {
  process.stdout.write(`${BASELINE_URL_PREFIX}${url}\n`);
}

/**
 * Starts a baseline in its own process, so that it does not share an event loop (and a core's
 * worth of time slices) with the load generator: `script` is the compiled floor-server.js or
 * allow-all.js (`join(__dirname, 'allow-all.js')` from dist/bench/lib), `env` gives DATABASE_URL
 * (and REDIS_URL for the allow-all app). Resolves once it listens; `close` stops it (SIGTERM).
 */
export function startBaselineProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  log: (m: string) => void = () => undefined,
): Promise<{ url: string; pid: number; close(): Promise<void> }> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const close = () => stopChild(child);
  child.stderr.on('data', (b: Buffer) => log(`${script}: ${b.toString().trim().slice(0, 500)}`));
  return new Promise((resolve, reject) => {
    let buffered = '';
    let found = false;
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`${script} did not start within 60 s`));
    }, 60_000);
    child.stdout.on('data', (b: Buffer) => {
      if (found) return;
      buffered += b.toString();
      const line = buffered.split('\n').find((l) => l.startsWith(BASELINE_URL_PREFIX));
      if (!line) return;
      found = true;
      clearTimeout(timer);
      resolve({ url: line.slice(BASELINE_URL_PREFIX.length).trim(), pid: child.pid!, close });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!found) reject(new Error(`${script} exited (${code}) before listening`));
    });
  });
}

/** `node dist/bench/lib/floor-server.js` (DATABASE_URL): the floor in its own process (see startBaselineProcess). */
if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  void startFloorServer(databaseUrl).then((floor) => {
    announce(floor.url);
    const stop = () => void floor.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

/**
 * Scenario 6 (issue 8): a CSV of forwarding numbers imported for demo case 3 through the real
 * path: `POST /forwarding-imports` as chuo.manager (multer writes the file to disk), the worker's
 * BullMQ job imports it (all-or-nothing, batches of 1,000), `forwardingImport(id)` polled until
 * it has finished. Measures the elapsed time and the peak RSS of the worker process, read from
 * /proc/<pid>/status every 50 ms.
 */
import { createWriteStream, mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { BenchWorld, ScenarioResult } from './types';

/** The provider of demo case 3 (spec/DEMO.md). */
export const IMPORT_PROVIDER = '合同会社ブルーライン転送';
const IMPORTER = 'chuo.manager';
const MB = 1024 * 1024;
const IMPORT_QUERY = `query Import($id: ID!) { forwardingImport(id: $id) { id state totalRows processedRows importedRows errorCount errors { line reason } failure } }`;

interface ImportState {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  totalRows: number | null;
  processedRows: number;
  importedRows: number;
  errorCount: number;
  errors: { line: number; reason: string }[];
  failure: string | null;
}

/**
 * `rows` valid and distinct numbers: fixed 03-5xxx-xxxx, 050-1xxx-xxxx and mobile 090-1xxx-xxxx
 * in turn (distinct for i < 10,000,000; none in the demo data), both demo carriers, a quarter
 * stock numbers, a contract holder on every 1,000th row. Rows `first` … `first + rows - 1`.
 */
export async function writeForwardingCsv(path: string, rows: number, first = 0): Promise<void> {
  if (first + rows > 10_000_000) throw new Error('the generator has 10,000,000 distinct numbers');
  const out = createWriteStream(path);
  out.write('number,type,carrier,usage,contract_holder\n');
  for (let i = first; i < first + rows; i += 1) {
    const n = String(i).padStart(7, '0');
    const line =
      i % 3 === 0 ? `03-5${n.slice(0, 3)}-${n.slice(3)},fixed` : i % 3 === 1 ? `050-1${n.slice(0, 3)}-${n.slice(3)},050` : `090-1${n.slice(0, 3)}-${n.slice(3)},mobile`;
    const holder = i % 1000 === 0 ? `株式会社ベンチ${i % 7}` : '';
    if (!out.write(`${line},${i % 2 === 0 ? 'kotel' : 'otsu-mobile'},${i % 4 === 0 ? 'stock' : 'fraud'},${holder}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Resident set size of a process in bytes (VmRSS), or null when it is gone. */
export function rssOf(pid: number): number | null {
  return procStatusKb(pid, 'VmRSS');
}

function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs`; `stop()` answers the peak seen (and the kernel's high-water mark when it could be reset). */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  // Resetting the kernel's peak (VmHWM) catches spikes between two samples; harmless when refused.
  let hwmReset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    hwmReset = true;
  } catch {
    // not our process or no permission: the samples alone
  }
  let peak = rssOf(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid) ?? 0);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, rssOf(pid) ?? 0);
      if (hwmReset) peak = Math.max(peak, procStatusKb(pid, 'VmHWM') ?? 0);
      return peak;
    },
  };
}

async function gql<T>(world: BenchWorld, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${world.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors || !body.data) throw new Error(`GraphQL HTTP ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

/** Demo case 3, and how many numbers it holds (a second run starts its numbers there: no duplicates). */
async function caseOfProvider(databaseUrl: string): Promise<{ caseId: string; numbers: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ case_id: string; n: number }>(
      `SELECT p.case_id, (SELECT count(*)::int FROM forwarding_numbers f WHERE f.case_id = p.case_id) AS n FROM forwarding_providers p WHERE p.name = $1`,
      [IMPORT_PROVIDER],
    );
    if (!rows[0]) throw new Error(`no forwarding provider ${IMPORT_PROVIDER} (demo case 3) in the database`);
    return { caseId: rows[0].case_id, numbers: rows[0].n };
  } finally {
    await db.end();
  }
}

/**
 * Scenario 6: imports `rows` generated numbers into demo case 3 and waits for the import to
 * finish. `workerPid` is the worker process whose RSS is sampled (the runner's child; in-process
 * tests pass their own pid). Throws when the import does not succeed with every row.
 */
export async function runImportScenario(world: BenchWorld, rows: number, workerPid?: number, opts: { timeoutS?: number } = {}): Promise<ScenarioResult> {
  if (!workerPid) throw new Error('6-import needs the worker process id (RunningWorld.workerPid)');
  const timeoutMs = (opts.timeoutS ?? 600) * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'renkei-bench-import-'));
  try {
    const { caseId, numbers } = await caseOfProvider(world.databaseUrl);
    const csv = join(dir, 'numbers.csv');
    const t0 = Date.now();
    await writeForwardingCsv(csv, rows, numbers);
    world.log(`6-import: ${rows} rows generated in ${Date.now() - t0} ms`);
    const token = await world.token(IMPORTER);

    await new Promise((r) => setTimeout(r, 200)); // let the worker settle before the baseline
    const baseline = rssOf(workerPid);
    if (baseline === null) throw new Error(`no process ${workerPid} to sample (/proc/${workerPid}/status)`);
    const sampler = sampleRss(workerPid);
    const started = process.hrtime.bigint();
    let peak = baseline;
    let last: ImportState;
    let uploadMs: number;
    try {
      const form = new FormData();
      form.set('caseId', caseId);
      form.set('file', await openAsBlob(csv, { type: 'text/csv' }), 'numbers.csv');
      const res = await fetch(`${world.apiUrl}/forwarding-imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`POST /forwarding-imports: HTTP ${res.status}: ${text.slice(0, 300)}`);
      uploadMs = Number(process.hrtime.bigint() - started) / 1e6;
      const { id } = JSON.parse(text) as { id: string };
      const until = Date.now() + timeoutMs;
      for (;;) {
        last = (await gql<{ forwardingImport: ImportState | null }>(world, token, IMPORT_QUERY, { id })).forwardingImport!;
        if (!last) throw new Error(`forwardingImport(${id}) answered null`);
        if (last.state === 'SUCCEEDED' || last.state === 'FAILED') break;
        if (Date.now() > until) throw new Error(`import ${id} still ${last.state} after ${timeoutMs / 1000} s (${last.processedRows}/${last.totalRows ?? '?'} rows)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      peak = Math.max(peak, sampler.stop());
    }
    const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
    if (last.state !== 'SUCCEEDED' || last.importedRows !== rows) {
      throw new Error(
        `6-import: ${last.state}, imported ${last.importedRows} of ${rows} (errors ${last.errorCount}: ${JSON.stringify(last.errors.slice(0, 5))}, failure ${last.failure ?? '-'})`,
      );
    }
    const r1 = (n: number) => Math.round(n * 10) / 10;
    return {
      id: '6-import',
      title: `forwarding-number CSV import, ${rows.toLocaleString('en-US')} rows (upload → SUCCEEDED; worker RSS)`,
      extra: {
        elapsedS: Math.round(elapsedS * 100) / 100,
        uploadS: Math.round(uploadMs / 10) / 100,
        rowsPerS: Math.round(rows / elapsedS),
        peakRssMb: r1(peak / MB),
        baselineRssMb: r1(baseline / MB),
        imported: last.importedRows,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

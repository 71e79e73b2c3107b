import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchMode, ScenarioResult } from './types';

export interface Machine {
  cpus: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
  redis: string;
}

export interface BenchRun {
  startedAt: string;
  mode: BenchMode;
  machine: Machine;
  data: { cases: number; tasks: number; generateS: number };
  results: ScenarioResult[];
  budget: BudgetLine[];
}

export interface BudgetLine {
  budget: string;
  figure: string;
  ok: boolean | null; // null: not measured in this mode
}

const byId = (results: ScenarioResult[], id: string) => results.find((r) => r.id === id);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Each budget of issue 8 against this run's figures (ratios within the same run). */
export function evaluateBudget(mode: BenchMode, results: ScenarioResult[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const [id, name] of [['1-inbox', '1 inbox'], ['2-case-list', '2 case list'], ['3-departure', '3 departure detail']] as const) {
    const real = byId(results, id);
    const open = byId(results, `${id}-allow-all`);
    if (real?.throughput && open?.throughput) {
      const cost = 1 - real.throughput / open.throughput;
      lines.push({ budget: `authorization ≤ 10% of throughput (${name})`, figure: `${pct(cost)} (${real.throughput} vs ${open.throughput} req/s)`, ok: cost <= 0.1 });
    }
    if (real?.p99Ms !== undefined) {
      lines.push({ budget: `p99 ≤ 100 ms at 32 connections (${name}, quick data)`, figure: `${real.p99Ms} ms`, ok: mode === 'smoke' ? null : real.p99Ms <= 100 });
    }
  }
  const list = byId(results, '2-case-list');
  const floor = byId(results, '2-case-list-floor');
  if (list?.throughput && floor?.throughput) {
    const share = list.throughput / floor.throughput;
    lines.push({ budget: 'case list ≥ 35% of the floor', figure: `${pct(share)} (${list.throughput} vs ${floor.throughput} req/s)`, ok: share >= 0.35 });
  }
  for (const id of ['4-dashboard-hq', '4-dashboard-liaison']) {
    const d = byId(results, id);
    if (d?.p50Ms !== undefined) lines.push({ budget: `dashboard p50 < 300 ms on the full data (${id})`, figure: `${d.p50Ms} ms (${mode} data)`, ok: mode === 'full' ? d.p50Ms < 300 : null });
  }
  const small = byId(results, 'statements-2-case-list-5');
  const big = byId(results, 'statements-2-case-list-50');
  if (small?.statements !== undefined && big?.statements !== undefined) {
    lines.push({ budget: 'SQL statements do not grow with page size (case list, 5 vs 50)', figure: `${small.statements} vs ${big.statements}`, ok: small.statements === big.statements });
  }
  const imp = byId(results, '6-import');
  if (imp?.extra) {
    const s = Number(imp.extra.elapsedS);
    const mb = Number(imp.extra.peakRssMb);
    lines.push({ budget: 'import of 100,000 rows < 30 s', figure: `${s} s (${imp.extra.rows ?? '?'} rows)`, ok: mode === 'smoke' ? null : s < 30 });
    lines.push({ budget: 'import peak memory < 300 MB (worker process)', figure: `${mb} MB`, ok: mb < 300 });
  }
  const n = byId(results, '7-notifications');
  if (n?.throughput !== undefined) {
    lines.push({ budget: '≥ 500 notifications per second through the outbox', figure: `${n.throughput} events/s`, ok: mode === 'smoke' ? null : n.throughput >= 500 });
    lines.push({ budget: 'notification delay p99 < 2 s', figure: `${n.p99Ms} ms`, ok: (n.p99Ms ?? Infinity) < 2000 });
  }
  return lines;
}

const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The run as Markdown: machine, data, every scenario, the budget. */
export function toMarkdown(run: BenchRun, resultsFile: string): string {
  const m = run.machine;
  const out: string[] = [];
  out.push(`Run \`${resultsFile}\` (${run.mode}), ${run.startedAt}: ${m.cores} × ${m.cpus}, ${m.memoryGb} GB, node ${m.node}, ${m.postgres}, redis ${m.redis}.`);
  out.push(`Data: ${run.data.cases.toLocaleString('en')} generated cases, ${run.data.tasks.toLocaleString('en')} tasks (generated in ${run.data.generateS} s), plus the demo world.`);
  out.push('');
  out.push('| scenario | connections | req/s | p50 ms | p99 ms | errors | statements | other |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of run.results) {
    const extra = r.extra ? Object.entries(r.extra).map(([k, v]) => `${k} ${v}`).join(', ') : '';
    out.push(`| ${r.id}: ${r.title} | ${cell(r.connections)} | ${cell(r.throughput)} | ${cell(r.p50Ms)} | ${cell(r.p99Ms)} | ${cell(r.errors)} | ${cell(r.statements)} | ${extra} |`);
  }
  out.push('');
  out.push('| budget | this run | within |');
  out.push('|---|---|---|');
  for (const b of run.budget) out.push(`| ${b.budget} | ${b.figure} | ${b.ok === null ? 'not measured at this size' : b.ok ? 'yes' : '**no**'} |`);
  return out.join('\n');
}

const BEGIN = '<!-- bench:latest:begin -->';
const END = '<!-- bench:latest:end -->';

/** Replaces the generated section of docs/PERFORMANCE.md (the rest of the file is written by hand). */
export function writePerformanceDoc(path: string, markdown: string): void {
  const doc = readFileSync(path, 'utf8');
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path} lacks the ${BEGIN} … ${END} markers`);
  writeFileSync(path, `${doc.slice(0, a + BEGIN.length)}\n${markdown}\n${doc.slice(b)}`);
}

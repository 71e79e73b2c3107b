/**
 * The contracts between the bench runner (bench/run.ts) and its parts. Everything in bench/ is
 * compiled with the app (tsconfig.build.json) into dist/bench and run with plain node.
 */

export type BenchMode = 'smoke' | 'quick' | 'full';

/** Data sizes per mode (the issue: quick 100k cases / 500k tasks, full 1M / 5M; smoke for CI). */
export const SIZES: Record<BenchMode, { cases: number; tasks: number; importRows: number; events: number; durationS: number }> = {
  smoke: { cases: 2_000, tasks: 10_000, importRows: 5_000, events: 500, durationS: 3 },
  quick: { cases: 100_000, tasks: 500_000, importRows: 100_000, events: 5_000, durationS: 10 },
  full: { cases: 1_000_000, tasks: 5_000_000, importRows: 100_000, events: 20_000, durationS: 20 },
};

/** What every part gets: the running world. */
export interface BenchWorld {
  mode: BenchMode;
  /** PostgreSQL (embedded, private to the run) and Redis (a private redis-server) */
  databaseUrl: string;
  redisUrl: string;
  /** The API under test (a child process running dist/apps/api/src/main.js), e.g. http://127.0.0.1:4xxxx */
  apiUrl: string;
  /** An access token of a demo user, through the API's own login (cached) */
  token(username: string): Promise<string>;
  log(message: string): void;
}

/** One measured scenario, as it lands in bench/results/<timestamp>.json and docs/PERFORMANCE.md. */
export interface ScenarioResult {
  /** stable id, e.g. '1-inbox', '2-case-list', '2-case-list-floor', '2-case-list-allow-all' */
  id: string;
  title: string;
  /** HTTP scenarios (autocannon) */
  connections?: number;
  durationS?: number;
  requests?: number;
  throughput?: number; // requests per second (mean)
  p50Ms?: number;
  p99Ms?: number;
  errors?: number; // non-2xx, GraphQL errors and socket errors
  /** SQL statements one request of this scenario sends (counted in-process) */
  statements?: number;
  /** anything else the scenario measures (elapsed seconds, peak RSS MB, events per second, delay p99 ms) */
  extra?: Record<string, number | string>;
}

/** A GraphQL request a scenario sends (as `username`). */
export interface GqlRequest {
  username: string;
  query: string;
  variables?: Record<string, unknown>;
}

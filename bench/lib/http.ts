import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@renkei/identity';
import { LOGIN_QUERY } from './scenarios';
import type { GqlRequest, ScenarioResult } from './types';

/** A demo user's access token from the API at `base` (the bench's apps, the baselines, scale-out). */
export async function demoLogin(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN_QUERY, variables: { u: username, p: DEMO_PASSWORD } }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken: string } } };
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${username} at ${base} failed: ${JSON.stringify(body).slice(0, 300)}`);
  return token;
}

export interface HttpTarget {
  id: string;
  title: string;
  /** full URL of the endpoint */
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  durationS: number;
}

/** A GraphQL POST as `token`'s user. */
export function gqlTarget(base: string, req: GqlRequest, token: string | null, opts: { id: string; title: string; connections: number; durationS: number }): HttpTarget {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { ...opts, url: `${base}/graphql`, method: 'POST', headers, body: JSON.stringify({ query: req.query, variables: req.variables ?? {} }) };
}

/**
 * Sends the request once and fails on anything but a 2xx answer without GraphQL errors: a
 * benchmark of error answers would measure the wrong thing. Returns the body's size.
 */
export async function checkOnce(t: HttpTarget): Promise<number> {
  const res = await fetch(t.url, { method: t.method ?? 'GET', headers: t.headers, body: t.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${t.id}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  if (text.startsWith('{') && (JSON.parse(text) as { errors?: unknown }).errors) throw new Error(`${t.id}: GraphQL errors: ${text.slice(0, 300)}`);
  return text.length;
}

/** autocannon for `durationS` at `connections`, after a check and a short warm-up. */
export async function runHttp(t: HttpTarget): Promise<ScenarioResult> {
  const bytes = await checkOnce(t);
  // A request slower than 10 s counts as an error (timeout), so a pathological scenario ends.
  const opts = { url: t.url, method: t.method ?? 'GET', headers: t.headers, body: t.body, connections: t.connections, timeout: 10 };
  await autocannon({ ...opts, duration: 1 });
  const r = await autocannon({ ...opts, duration: t.durationS });
  // The answer after the run must still be a good one (no errors under load went unseen).
  await checkOnce(t);
  return {
    id: t.id,
    title: t.title,
    connections: t.connections,
    durationS: t.durationS,
    requests: r.requests.total,
    throughput: round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    extra: { responseBytes: bytes },
  };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
